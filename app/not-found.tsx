import { NothingHere } from "@/components/site/NothingHere";

/** An address no route knows, outside the site's chrome. */
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-6">
      <NothingHere />
    </main>
  );
}
