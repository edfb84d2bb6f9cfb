import Link from "next/link";

/** What a missing address says, with a way back. */
export function NothingHere() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Nothing here</h1>
      <p className="mt-2">Nothing on record has this address: no event, no article, no leader with contacts. It may have been mistyped, or the link may be older than the data.</p>
      <Link href="/" className="mt-4 inline-block underline">Browse every event</Link>
    </div>
  );
}
