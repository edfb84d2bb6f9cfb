/** Where the sources disagree (a date, a place), with who says what: kept visible, never hidden. */
import Link from "next/link";
import type { EventView } from "@/lib/events";
import { formatDate } from "@/lib/format";

export function Conflicts({ conflicts }: { conflicts: EventView["conflicts"] }) {
  if (!conflicts.length) return null;
  return (
    <section className="mt-6 rounded border border-[var(--c-phone)] p-3" aria-labelledby="conflicts">
      <h2 id="conflicts" className="text-lg font-semibold">The sources disagree</h2>
      {conflicts.map((c) => (
        <div key={c.field} className="mt-1 text-sm">
          On the {c.field}:
          <ul className="list-disc pl-5">
            {c.values.map((v) => (
              <li key={v.value}>
                {c.field === "date" ? formatDate(v.value, v.value.length === 10 ? "day" : "month") : v.value}, according to{" "}
                {v.files.map((f, i) => (
                  <span key={f}>{i ? ", " : ""}<Link className="underline" href={`/articles/${f}`}>{f}</Link></span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
