import Link from "next/link";

/** The site's chrome (header, navigation, footer): every page but the embeds. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
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
    </>
  );
}
