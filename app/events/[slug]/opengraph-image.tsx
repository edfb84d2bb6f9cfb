import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { findEvent } from "@/lib/events";
import { CONTACT_KIND } from "@/extract/kinds";
import { formatDate, joinNames, PRECISION_LABEL } from "@/lib/format";

export const alt = "A contact between leaders, with its sources";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The share card: who, when (and how precisely), what kind, and how many sources say so. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const first = await findEvent((await params).slug);
  // A retired slug still shares the card of the event it became; an unknown one is a 404, not a picture of one.
  const found = first.kind === "redirect" ? await findEvent(first.to) : first;
  if (found.kind !== "event") notFound();
  const e = found.event;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#ffffff", color: "#1a1a1a" }}>
        <div style={{ display: "flex", fontSize: 32, color: "#5c5c5c" }}>Summitry</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: 64, fontWeight: 700 }}>{joinNames(e.participants)}</div>
          <div style={{ display: "flex", fontSize: 40, marginTop: 24, color: CONTACT_KIND[e.type].colour.light }}>
            {CONTACT_KIND[e.type].label}
            {e.place ? ` in ${e.place}` : ""}
          </div>
          <div style={{ display: "flex", fontSize: 40, marginTop: 12 }}>
            {formatDate(e.date, e.precision)} ({PRECISION_LABEL[e.precision]})
          </div>
          </div>
        <div style={{ display: "flex", fontSize: 30, color: "#5c5c5c" }}>
          {`${e.sources.length} source ${e.sources.length === 1 ? "sentence" : "sentences"} from ${new Set(e.sources.map((s) => s.articleSlug)).size} articles`}
        </div>
      </div>
    ),
    size,
  );
}
