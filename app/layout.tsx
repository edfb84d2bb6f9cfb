import type { Metadata, Viewport } from "next";
import Link from "next/link";
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

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* The kinds' colours as CSS variables, from the one list of kinds of contact. */}
        <style>{contactKindCss()}</style>
      </head>
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-[var(--bg)] focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-[var(--line)]">
          <div className="mx-auto flex max-w-6xl items-baseline justify-between gap-4 px-4 py-3">
            <Link href="/" className="text-xl font-bold tracking-tight">
              Summitry
            </Link>
            <p className="hidden flex-1 text-sm text-[var(--muted)] md:block">When did these leaders meet or talk, and who says so?</p>
            <nav aria-label="Site" className="text-sm">
              <Link href="/leaders" className="underline">Leaders</Link>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 py-8 text-xs text-[var(--muted)]">
          Every event is extracted from the source articles by Summitry&apos;s pipeline; each links to the sentences that report it.
        </footer>
      </body>
    </html>
  );
}
