import type { Metadata } from "next";
import { LeaderTable } from "@/components/leaders/LeaderTable";
import { LEADER_SORTS, type LeaderSort } from "@/lib/leaders";
import { leadersView } from "@/lib/leaders-view";

export const metadata: Metadata = {
  title: "Leaders",
  description: "Every leader with contacts in Summitry: how many meetings, phone and video calls, with how many counterparts, and the latest.",
  openGraph: { title: "Leaders · Summitry", description: "Every leader with contacts, and their counterparts." },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LeadersPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).sort;
  const asked = Array.isArray(raw) ? raw[0] : raw;
  // An unknown order falls back to the default rather than failing: sorting loses nothing.
  const sort: LeaderSort = (LEADER_SORTS as readonly string[]).includes(asked ?? "") ? (asked as LeaderSort) : "contacts";
  const leaders = await leadersView(sort);
  return (
    <>
      <h1 className="text-2xl font-bold">Leaders</h1>
      <p className="mb-4 text-[var(--muted)]" data-testid="leader-count">
        {leaders.length
          ? `${leaders.length} ${leaders.length === 1 ? "leader has" : "leaders have"} contacts on record. Pick one to see their counterparts and timeline.`
          : "No leader has contacts on record yet: they appear here once news articles have been ingested."}
      </p>
      {leaders.length ? <LeaderTable leaders={leaders} sort={sort} /> : null}
    </>
  );
}
