/**
 * A generator of realistic, varied synthetic news articles for the ingest benchmark: many leader
 * pairs from data/leaders.json (each in office on the day), meetings in a host's capital, phone and
 * video calls, dates told as weekdays, absolute dates or "yesterday", background paragraphs that
 * recall an earlier contact, planned meetings that are no contact, and filler prose in several
 * registers, so that no two articles share their text. Deterministic for a seed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCatalogue } from "../extract/catalogue";
import type { Leader } from "../extract/leaders";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const PUBLISHERS = ["Global Wire", "The Daily Ledger", "Capital Times", "World Desk", "Eastern Herald", "Continental Post", "Reporter Agency", "Atlas News"];

const TOPICS = [
  "trade and investment",
  "energy cooperation",
  "regional security",
  "the situation in the Middle East",
  "grain exports",
  "climate finance",
  "a new transport corridor",
  "nuclear energy",
  "migration",
  "defence procurement",
  "the settlement of a border dispute",
  "debt relief",
];

const FILLER = [
  "Officials on both sides described the atmosphere as constructive and businesslike.",
  "Analysts said the contact reflected a broader effort to diversify partnerships amid shifting alliances.",
  "Bilateral trade has grown steadily over the past decade, according to customs figures, though it remains modest compared with each country's largest partners.",
  "A joint statement is expected to be published later, a spokesperson told reporters.",
  "The agenda also touched on cultural exchanges, tourism and education, the statement said.",
  "Opposition lawmakers questioned the timing, arguing that domestic issues deserved more attention.",
  "Diplomats cautioned that concrete agreements would take months to negotiate.",
  "Markets reacted calmly, with the national currency little changed by the afternoon.",
  "Both governments have signed more than a dozen memoranda of understanding in recent years, covering agriculture, health and digital infrastructure.",
  "Observers noted that the two sides had avoided public disagreement on the most sensitive questions.",
  "The foreign ministers of both countries are due to follow up with a working group on implementation.",
  "Several business delegations accompanied the officials, hoping to close contracts in construction and logistics.",
  "Human rights groups urged the leaders to raise the cases of detained journalists.",
  "The ministry of economy said it would publish a roadmap for joint projects before the end of the year.",
  "Commentators in the local press were divided over what the talks would achieve.",
];

interface Pick {
  a: Leader;
  b: Leader;
  date: Date;
}

/** A small deterministic random source (mulberry32). */
export function random(seed: number) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const longDate = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

export class ArticleGenerator {
  private readonly leaders: Leader[];
  private readonly countries: Map<string, { name: string; adjective: string; capital: string }>;
  private readonly rand: () => number;

  constructor(seed = 1) {
    const catalogue = loadCatalogue();
    this.leaders = catalogue.leaders;
    this.countries = new Map(catalogue.countries.map((c) => [c.code, { name: c.name, adjective: c.adjectives[0] ?? c.name, capital: c.capital }]));
    this.rand = random(seed);
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)];
  }

  private roleOn(l: Leader, day: string) {
    return l.roles.find((r) => r.from <= day && (!r.to || day <= r.to));
  }

  /** Two leaders of different countries both in office on a random day of 2000–2025. */
  private pair(): Pick {
    for (;;) {
      const date = new Date(Date.UTC(2000, 0, 1) + Math.floor(this.rand() * 9131) * 86_400_000);
      const day = iso(date);
      const a = this.pick(this.leaders);
      const b = this.pick(this.leaders);
      const ra = this.roleOn(a, day);
      const rb = this.roleOn(b, day);
      if (a.id !== b.id && ra && rb && ra.country !== rb.country && this.countries.has(ra.country) && this.countries.has(rb.country)) return { a, b, date };
    }
  }

  private describe(l: Leader, day: string): string {
    const role = this.roleOn(l, day)!;
    return `${this.countries.get(role.country)!.adjective} ${role.title} ${l.name}`;
  }

  private surname(l: Leader): string {
    return l.name.split(" ").slice(-1)[0];
  }

  /** One article: its text with front matter, the file name, and the contact it reports. */
  article(n: number): { name: string; text: string } {
    const { a, b, date } = this.pair();
    const day = iso(date);
    const kind = this.pick(["in-person", "in-person", "phone", "phone", "video"] as const);
    const lag = Math.floor(this.rand() * 3);
    const published = addDays(date, lag);
    const host = this.rand() < 0.5 ? a : b;
    const guest = host === a ? b : a;
    const capital = this.countries.get(this.roleOn(host, day)!.country)!.capital;
    const topic = this.pick(TOPICS);
    const when =
      lag === 1 && this.rand() < 0.4 ? "yesterday" : lag > 0 && this.rand() < 0.6 ? `on ${WEEKDAYS[date.getUTCDay()]}` : lag === 0 && this.rand() < 0.5 ? "today" : `on ${longDate(date)}`;
    const A = this.describe(host, day);
    const B = this.describe(guest, day);
    const lede =
      kind === "in-person"
        ? this.pick([
            `${A} met ${B} in ${capital} ${when} for talks on ${topic}.`,
            `${A} hosted ${B} in ${capital} ${when}, with ${topic} high on the agenda.`,
            `${B} held talks with ${A} in ${capital} ${when}, focusing on ${topic}.`,
          ])
        : kind === "phone"
          ? this.pick([
              `${A} spoke by phone with ${B} ${when}, discussing ${topic}.`,
              `${A} and ${B} held a telephone conversation ${when} about ${topic}.`,
              `${B} had a phone call with ${A} ${when} on ${topic}, officials said.`,
            ])
          : this.pick([`${A} held a video call with ${B} ${when} on ${topic}.`, `${A} and ${B} met by video link ${when} to discuss ${topic}.`]);
    const headline =
      kind === "in-person"
        ? `${this.surname(host)} and ${this.surname(guest)} meet in ${capital}`
        : kind === "phone"
          ? `${this.surname(host)}, ${this.surname(guest)} discuss ${topic} by phone`
          : `${this.surname(host)} and ${this.surname(guest)} hold video talks`;
    const paragraphs = [lede];
    paragraphs.push(
      `${this.surname(host)} said the two sides had agreed to deepen cooperation on ${this.pick(TOPICS)}, while ${this.surname(guest)} stressed the importance of ${this.pick(TOPICS)}.`,
    );
    if (this.rand() < 0.35) {
      const earlier = addDays(date, -30 - Math.floor(this.rand() * 700));
      paragraphs.push(`The two leaders last met in ${MONTHS[earlier.getUTCMonth()]} ${earlier.getUTCFullYear()}, when they discussed ${this.pick(TOPICS)}.`);
    }
    if (this.rand() < 0.25) paragraphs.push(`${this.surname(guest)} is expected to visit ${capital} again next year, officials said, though no date has been set.`);
    // Filler in a shuffled order until the article is about 3 KB, as wire copy runs.
    const filler = [...FILLER].sort(() => this.rand() - 0.5);
    for (let i = 0; paragraphs.join("\n\n").length < 2600 + this.rand() * 800; i++) {
      paragraphs.push(`${filler[i % filler.length]} ${filler[(i + 3) % filler.length]}`);
    }
    const publisher = this.pick(PUBLISHERS);
    const text = `---\ntitle: ${headline}\npublisher: ${publisher}\nurl: https://news.example.org/${n}\npublished: ${iso(published)}\n---\n${headline}\n\n${paragraphs.join("\n\n")}\n`;
    return { name: `synthetic-${String(n).padStart(6, "0")}.txt`, text };
  }

  /** Write articles `from`…`to - 1` into `dir` (created when missing). */
  write(dir: string, from: number, to: number) {
    mkdirSync(dir, { recursive: true });
    for (let n = from; n < to; n++) {
      const { name, text } = this.article(n);
      writeFileSync(join(dir, name), text);
    }
  }
}
