import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { Conflicts } from "@/components/event/Conflicts";
import { EventFacts } from "@/components/event/EventFacts";
import { HowDated } from "@/components/event/HowDated";
import { Neighbours } from "@/components/event/Neighbours";
import { SameKind } from "@/components/event/SameKind";
import { Sources } from "@/components/event/Sources";
import { EmbedCode } from "@/components/embed/EmbedCode";
import { CopyLink } from "@/components/share/CopyLink";
import { loadEventPage } from "@/lib/event-page";
import { findEvent } from "@/lib/events";
import { headline } from "@/lib/format";
import { oembedLink } from "@/lib/oembed";
import { EMBED_HEIGHT, iframeCode, siteOrigin } from "@/lib/origin";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await findEvent((await params).slug);
  if (found.kind !== "event") return { title: "Event not found" };
  const e = found.event;
  const description = `${e.sources.length} source ${e.sources.length === 1 ? "sentence" : "sentences"}: “${e.sources[0]?.text.slice(0, 160) ?? ""}”`;
  return {
    title: headline(e),
    description,
    // The card lives outside the (site) group so its address has no build hash: name it here.
    openGraph: { title: headline(e), description, type: "article", url: `/events/${e.slug}`, images: [{ url: `/events/${e.slug}/opengraph-image`, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title: headline(e), description, images: [`/events/${e.slug}/opengraph-image`] },
    alternates: { types: oembedLink(await siteOrigin(), `/events/${e.slug}`) },
  };
}

export default async function EventPage({ params }: { params: Params }) {
  const found = await loadEventPage((await params).slug);
  if (found.kind === "redirect") permanentRedirect(`/events/${found.to}`);
  if (found.kind === "missing") notFound();
  const { event: e, previous, next, sources, sameKind } = found.page;

  return (
    <article className="max-w-3xl">
      <p className="text-sm">
        <Link href="/" className="underline">← All events</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold" data-testid="event-title">{headline(e)}</h1>
      <EventFacts event={e} />
      <SameKind type={e.type} date={e.date} precision={e.precision} {...sameKind} />
      <div className="mt-4 flex flex-wrap items-start gap-3">
        <CopyLink />
        <EmbedCode code={iframeCode(await siteOrigin(), `/embed/events/${e.slug}`, headline(e), EMBED_HEIGHT.event)} />
      </div>
      <HowDated sources={e.sources} />
      <Conflicts conflicts={e.conflicts} />
      <Sources sources={sources} />
      <Neighbours previous={previous} next={next} />
    </article>
  );
}
