/** Embeds carry no site chrome: they live inside someone else's page, at any width down to 320 px. */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="px-3 py-3">
      {children}
    </main>
  );
}
