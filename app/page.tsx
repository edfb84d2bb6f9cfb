import Link from "next/link";
import { EventList } from "@/components/EventList";
import { listEvents } from "@/lib/events";
import { parseFilters } from "@/lib/filters";

export const dynamic = "force-dynamic";

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseFilters(await searchParams);
  if (!parsed.ok) {
    return (
      <div role="alert" data-testid="filter-error" className="rounded border border-[var(--c-phone)] p-4">
        <h1 className="text-lg font-semibold">That filter does not work</h1>
        <p className="mt-1">The address asks for <code>{parsed.param}</code>, but {parsed.message}.</p>
        <Link href="/" className="mt-2 inline-block underline">Show every event</Link>
      </div>
    );
  }
  const events = await listEvents(parsed.filters);
  return (
    <>
      <h1 className="text-2xl font-bold">Contacts between leaders</h1>
      <p className="mb-4 text-[var(--muted)]">{events.length} events</p>
      <EventList events={events} />
    </>
  );
}
