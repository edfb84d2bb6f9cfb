import type { Metadata, Viewport } from "next";
import { contactKindCss } from "@/extract/kinds";
import "./globals.css";

// Every page is rendered per request: the data changes with each ingest, and the CSP nonce
// (proxy.ts) must be fresh on every response.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  metadataBase: new URL(process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`),
  title: { default: "Summitry: when leaders met or talked, and who says so", template: "%s · Summitry" },
  description: "A timeline of meetings, visits, phone and video calls between leaders, each linked to the sentences in its sources that prove it.",
  applicationName: "Summitry",
  manifest: "/manifest.webmanifest",
  icons: { icon: [{ url: "/favicon.ico", sizes: "32x32" }, { url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-touch-icon.png" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The document shell: the site's pages add their chrome in app/(site)/layout.tsx; embeds add none. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* The kinds' colours as CSS variables, from the one list of kinds of contact. */}
        <style>{contactKindCss()}</style>
      </head>
      <body className="min-h-screen">
        {children}
      </body>
    </html>
  );
}
