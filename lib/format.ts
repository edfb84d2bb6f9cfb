/** Dates and labels as people read them; shared by pages, the API and the timeline. */
import { CONTACT_KIND, type ContactType } from "../extract/kinds";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function formatDate(date: string, precision: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (precision === "year" || !m) return String(y);
  if (precision === "month" || !d) return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export const PRECISION_LABEL: Record<string, string> = {
  day: "exact day",
  month: "month only",
  year: "year only",
};

/** The middle of the period a date stands for, so a month-precise event sits mid-month on the axis. */
export function dateMidpoint(date: string, precision: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  if (precision === "year" || !m) return new Date(Date.UTC(y, 6, 1));
  if (precision === "month" || !d) return new Date(Date.UTC(y, m - 1, 15));
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** The start and end (ms) of the period a date stands for. */
export function datePeriod(date: string, precision: string): [number, number] {
  const [y, m, d] = date.split("-").map(Number);
  if (precision === "year" || !m) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (precision === "month" || !d) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
}

/** "A and B", "A, B and C": who took part, for a sentence (a three-way call has three). */
export function joinNames(people: (string | { name: string })[]): string {
  const names = people.map((p) => (typeof p === "string" ? p : p.name));
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** "Vladimir Putin and Bashar al-Assad: in person in Moscow, Russia, 25 July 2024". */
export function headline(e: { participants: { name: string }[]; type: ContactType; place: string | null; date: string; precision: string }): string {
  const who = joinNames(e.participants);
  return `${who}: ${CONTACT_KIND[e.type].label.toLowerCase()}${e.place ? ` in ${e.place}` : ""}, ${formatDate(e.date, e.precision)}`;
}
