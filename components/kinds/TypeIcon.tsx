/** A kind of contact's mark (shape and colour) as a small inline icon, for the legend, list and pages. */
import { CONTACT_KIND, type ContactType } from "@/extract/kinds";

export function TypeIcon({ type, size = 14 }: { type: ContactType; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="-8 -8 16 16" aria-hidden="true" className="inline-block shrink-0 align-[-2px]">
      <path d={CONTACT_KIND[type].shape} fill={`var(--c-${type})`} stroke="var(--bg)" strokeWidth={1} />
    </svg>
  );
}
