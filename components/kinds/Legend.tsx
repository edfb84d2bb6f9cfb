import { CONTACT_KIND, CONTACT_TYPES } from "@/extract/kinds";
import { TypeIcon } from "./TypeIcon";

/** What each mark means: shape and colour per kind, and how vague dates are drawn. */
export function Legend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
      {CONTACT_TYPES.map((t) => (
        <li key={t} className="inline-flex items-center gap-1">
          <TypeIcon type={t} /> {CONTACT_KIND[t].label} ({CONTACT_KIND[t].shapeName})
        </li>
      ))}
      <li className="inline-flex items-center gap-1 text-[var(--muted)]">
        <span aria-hidden="true" className="inline-block h-1 w-6 rounded bg-[var(--c-in-person)] opacity-30" /> band: known only to the month or year
      </li>
    </ul>
  );
}
