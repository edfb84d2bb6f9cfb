/** The shape of each kind of contact (circle, diamond, square), shared by the legend, list and chart. */
import type { ContactType } from "@/lib/filters";

export const TYPE_SHAPE: Record<ContactType, string> = {
  "in-person": "M0,-6A6,6 0 1,1 0,6A6,6 0 1,1 0,-6Z",
  phone: "M0,-7L7,0L0,7L-7,0Z",
  video: "M-5.5,-5.5H5.5V5.5H-5.5Z",
};

export function TypeIcon({ type, size = 14 }: { type: ContactType; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="-8 -8 16 16" aria-hidden="true" className="inline-block shrink-0 align-[-2px]">
      <path d={TYPE_SHAPE[type]} fill={`var(--c-${type})`} stroke="var(--bg)" strokeWidth={1} />
    </svg>
  );
}
