import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AtAGlance } from "@/components/glance/AtAGlance";
import { Counterparts } from "@/components/leaders/Counterparts";
import { TimelineSection } from "@/components/timeline/TimelineSection";
import { homeView } from "@/lib/home";
import { leaderView } from "@/lib/leaders-view";
import { oembedLink } from "@/lib/oembed";
import { siteOrigin } from "@/lib/origin";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await leaderView((await params).id);
  if (!found) return { title: "Leader not found" };
  const { leader, counterparts } = found;
  const title = `${leader.name}: contacts with other leaders`;
  const description = `${leader.total} contacts with ${counterparts.length} leaders${counterparts[0] ? `, most often ${counterparts[0].name} (${counterparts[0].total})` : ""}: meetings, phone and video calls, each with its sources.`;
  const images = [{ url: `/api/share-card?leader=${leader.id}`, width: 1200, height: 630, alt: title }];
  return { title, description, openGraph: { title, description, url: `/leaders/${leader.id}`, images }, twitter: { card: "summary_large_image", title, description, images }, alternates: { types: oembedLink(await siteOrigin(), `/leaders/${leader.id}`) } };
}

export default async function LeaderPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const id = (await params).id;
  const found = await leaderView(id);
  if (!found) notFound();
  const { leader, counterparts } = found;
  const page = (await searchParams).page;
  const view = await homeView({ leader: leader.id }, Array.isArray(page) ? page[0] : page);
  return (
    <>
      <p className="text-sm">
        <Link href="/leaders" className="underline">← All leaders</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold" data-testid="leader-name">{leader.name}</h1>
      <p className="mb-2 text-[var(--muted)]">
        {leader.total} {leader.total === 1 ? "contact" : "contacts"} with {leader.counterparts} {leader.counterparts === 1 ? "leader" : "leaders"}.{" "}
        <Link href={`/?leader=${leader.id}`} className="underline">Filter the full timeline</Link>
      </p>
      {view.glance ? <AtAGlance subject={leader.name} glance={view.glance} now={new Date()} /> : null}
      <Counterparts leader={leader.id} counterparts={counterparts} />
      <TimelineSection view={view} clearHref={`/leaders/${leader.id}`} listTitle={`${leader.name}'s contacts, in order`} />
    </>
  );
}
