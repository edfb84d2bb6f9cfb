/**
 * Every leader with contacts, as a table sorted by the column the URL names (?sort=): the column
 * headers are links, so sorting works without scripts and every order is a link.
 */
import Link from "next/link";
import { TypeIcon } from "@/components/kinds/TypeIcon";
import { CONTACT_KIND, CONTACT_TYPES } from "@/extract/kinds";
import { formatDate } from "@/lib/format";
import type { LeaderSort, LeaderSummary } from "@/lib/leaders";

const COLUMNS: { sort: LeaderSort; label: string; numeric: boolean }[] = [
  { sort: "name", label: "Leader", numeric: false },
  { sort: "contacts", label: "Contacts", numeric: true },
  { sort: "counterparts", label: "Counterparts", numeric: true },
  { sort: "last", label: "Latest contact", numeric: false },
];

function precisionOf(date: string) {
  return date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
}

export function LeaderTable({ leaders, sort }: { leaders: LeaderSummary[]; sort: LeaderSort }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] border-collapse text-sm" data-testid="leaders-table">
        <caption className="sr-only">Leaders with contacts, sorted by {COLUMNS.find((c) => c.sort === sort)!.label.toLowerCase()}</caption>
        <thead>
          <tr className="border-b border-[var(--line)] text-left">
            {COLUMNS.map((c) => (
              <th key={c.sort} scope="col" aria-sort={c.sort === sort ? (c.sort === "name" ? "ascending" : "descending") : undefined} className={`py-2 pr-3 ${c.numeric ? "text-right" : ""}`}>
                <Link href={c.sort === "contacts" ? "/leaders" : `/leaders?sort=${c.sort}`} className={c.sort === sort ? "font-bold" : "font-semibold text-[var(--muted)] underline"}>
                  {c.label}
                  {c.sort === sort ? <span aria-hidden="true">{c.sort === "name" ? " ↑" : " ↓"}</span> : null}
                </Link>
              </th>
            ))}
            <th scope="col" className="hidden py-2 text-left font-semibold sm:table-cell">By kind</th>
          </tr>
        </thead>
        <tbody>
          {leaders.map((l) => (
            <tr key={l.id} className="border-b border-[var(--line)]" data-testid="leader-row">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                <Link href={`/leaders/${l.id}`} className="font-semibold underline decoration-[var(--line)] underline-offset-4 hover:decoration-current">
                  {l.name}
                </Link>
              </th>
              <td className="py-2 pr-3 text-right tabular-nums">{l.total.toLocaleString("en-GB")}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{l.counterparts.toLocaleString("en-GB")}</td>
              <td className="py-2 pr-3 whitespace-nowrap">
                <time dateTime={l.last}>{formatDate(l.last, precisionOf(l.last))}</time>
              </td>
              <td className="hidden py-2 sm:table-cell">
                {CONTACT_TYPES.filter((t) => l.byKind[t]).map((t) => (
                  <span key={t} className="mr-3 inline-flex items-center gap-1 whitespace-nowrap" title={CONTACT_KIND[t].label}>
                    <TypeIcon type={t} /> {l.byKind[t]} <span className="sr-only">{CONTACT_KIND[t].label.toLowerCase()}</span>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
