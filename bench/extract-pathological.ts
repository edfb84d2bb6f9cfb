/**
 * Extraction time on hostile or merely huge articles: time must grow linearly with an article's
 * size, and a 1 MB article must be read in under 2 s. Not a test: it prints numbers.
 *
 *   npx tsx bench/extract-pathological.ts [maxKB] [WORD]      (part of `npm run bench`)
 *
 * With WORD only the cases whose name holds it run ("dense", "PDF", "RSS"), to profile one case.
 *
 * Each case runs at growing sizes up to 1 MB; a size that takes over CAP_SECONDS stops the case
 * (a superlinear stage would otherwise hold the machine for hours) and the 1 MB time is
 * extrapolated from the growth between the last two sizes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { DATA_DIR, loadCatalogue } from "../extract/catalogue";
import { extract } from "../extract/pipeline";

const MAX = Number(process.argv[2] ?? 1024) * 1024;
const ONLY = process.argv[3]?.toLowerCase();
const CAP_SECONDS = 20;
const BUDGET_SECONDS = 2;
const catalogue = loadCatalogue();

/** `unit` repeated (with a separator) to `size` characters. */
function fill(unit: (i: number) => string, size: number, head = ""): string {
  const parts = [head];
  let n = head.length;
  for (let i = 0; n < size; i++) {
    const u = unit(i);
    parts.push(u);
    n += u.length;
  }
  return parts.join("").slice(0, size);
}

/** A made-up lower-case word for each number, no two alike: "bab", "cab", … */
function uniqueWord(i: number): string {
  let w = "";
  for (let n = i; ; n = Math.floor(n / 20)) {
    w += "bcdfghjklmnpqrstvwxz"[n % 20] + "aeiou"[n % 5];
    if (n < 20) return w;
  }
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
/** The prose paragraphs of our own test articles (no furniture that would end the body early). */
const prose = readdirSync(join(DATA_DIR, "eval", "articles"))
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(join(DATA_DIR, "eval", "articles", f), "utf8").split(/\r?\n/))
  .filter((line) => line.split(/\s+/).length >= 12 && /[.”"]$/.test(line.trim()));

/**
 * Our prose as a PDF's copy hands it over: lines broken at 70 characters, a word broken by a
 * hyphen now and then, and a running footer with a page number every 50 lines.
 */
function pdfCopy(size: number): string {
  const out: string[] = [];
  let n = 0;
  let line = "";
  for (let i = 0; n < size; i++) {
    for (const word of prose[i % prose.length].split(/\s+/)) {
      if (line.length + word.length > 70) {
        const broken = word.length > 8 && out.length % 3 === 0 ? `${line} ${word.slice(0, 4)}-` : line;
        out.push(broken.trim());
        n += broken.length + 1;
        line = broken === line ? word : word.slice(4);
        if (out.length % 50 === 0) out.push("", `Embassy Bulletin    Page ${out.length / 50} of 400    March 2024`, "");
      } else line += ` ${word}`;
    }
    if (i % 4 === 3) {
      out.push(line.trim(), "");
      line = "";
    }
  }
  return out.join("\n").slice(0, size);
}

const CASES: { name: string; make: (size: number) => string; bare?: boolean }[] = [
  { name: "1 MB of '<' in an HTML page", make: (size) => fill(() => "<", size, "<html><body><p>Leaders met.</p>") },
  {
    name: "1 MB of '<!--' and '<script' openers",
    make: (size) => fill((i) => (i % 2 ? "<!-- " : "<script "), size, "<html><body><p>Leaders met.</p>"),
  },
  {
    name: "1 MB of dense date phrases, one line",
    make: (size) =>
      fill((i) => `on ${MONTHS[i % 12]} ${1 + (i % 28)}, ${2000 + (i % 25)}, ${WEEKDAYS[i % 5]} ${1 + (i % 28)}.${1 + (i % 12)}.20${10 + (i % 15)}, mid-${MONTHS[(i + 3) % 12]} last year and `, size, "Dates\n\n"),
  },
  {
    name: "1 MB of dense date phrases, bare page (no metadata)",
    bare: true,
    make: (size) =>
      fill((i) => `On ${WEEKDAYS[i % 5]}, ${MONTHS[i % 12]} ${1 + (i % 28)}, ${2000 + (i % 25)}, mid-${MONTHS[(i + 3) % 12]} last year, on ${1 + (i % 28)}.${1 + (i % 12)}.20${10 + (i % 15)}.\n`, size, "NAIROBI, March 3 (Agency) - Talks on Monday.\n\n"),
  },
  {
    name: "1 MB of dense date phrases with leaders, in sentences",
    make: (size) =>
      fill(
        (i) => `Lukashenko met Aliyev on ${MONTHS[i % 12]} ${1 + (i % 28)}, ${2000 + (i % 25)} and spoke by phone with Xi on ${WEEKDAYS[i % 5]}, in early ${MONTHS[(i + 5) % 12]} ${2001 + (i % 20)}. `,
        size,
        "Talks\n\n",
      ),
  },
  { name: "1 MB of a PDF's copy: wrapped, hyphenated, page footers", make: (size) => pdfCopy(size) },
  // Each line's broken word spelled nowhere else: every join asks the document how it spells a new word.
  {
    name: "1 MB of hard-wrapped lines, each ending in a hyphen-broken word of its own",
    make: (size) => fill((i) => `the leaders spoke about trade and energy in the long ${uniqueWord(i)}-\n`, size),
  },
  {
    name: "1 MB of an RSS feed: items with CDATA and escaped HTML",
    bare: true,
    make: (size) =>
      fill(
        (i) =>
          `<item><title>Item ${i}</title><link>https://example.org/${i}</link><description>${i % 2 ? `<![CDATA[<p>${prose[i % prose.length]}</p>]]>` : `&lt;p&gt;${prose[i % prose.length]}&lt;/p&gt;`}</description><pubDate>Tue, ${1 + (i % 28)} Mar 2024 09:00:00 GMT</pubDate></item>\n`,
        size,
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Desk</title>\n',
      ),
  },
  { name: "1 MB of ordinary prose with many leader names", make: (size) => fill((i) => prose[i % prose.length] + "\n\n", size) },
  { name: "1 MB of ordinary prose with many leader names, one line", make: (size) => fill((i) => prose[i % prose.length] + " ", size) },
];

/**
 * Wall-clock and CPU seconds of one extraction. The budget is judged on CPU time: on this shared
 * machine other jobs stretch the wall clock (the load average is printed for that reason).
 */
function timeOnce(text: string, bare = false): { seconds: number; wall: number; events: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = extract([{ file: "big.txt", text, meta: bare ? {} : { published: "2024-05-17" } }], catalogue);
  const cpu = process.cpuUsage(c0);
  return { seconds: (cpu.user + cpu.system) / 1e6, wall: (performance.now() - t0) / 1000, events: r.events.length };
}

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${cpus().length} cores`);
extract([{ file: "warm.txt", text: prose.slice(0, 40).join("\n\n") }], catalogue);
let failed = false;
for (const c of CASES) {
  if (ONLY && !c.name.toLowerCase().includes(ONLY)) continue;
  const rows: string[] = [];
  let last: { size: number; seconds: number } | null = null;
  let atMax: number | null = null;
  for (let size = Math.min(64 * 1024, MAX); size <= MAX; size *= 4) {
    const { seconds, wall, events } = timeOnce(c.make(size), c.bare);
    rows.push(`${size / 1024} KB ${seconds.toFixed(2)} s CPU/${wall.toFixed(2)} s wall (${events} events)`);
    if (size === MAX) atMax = seconds;
    if (seconds > CAP_SECONDS && size < MAX) {
      // Extrapolate with the growth exponent seen between the last two sizes.
      const k = last ? Math.log(seconds / Math.max(last.seconds, 1e-3)) / Math.log(size / last.size) : 2;
      atMax = seconds * (MAX / size) ** k;
      rows.push(`stopped; 1 MB ≈ ${atMax.toFixed(0)} s (growth exponent ${k.toFixed(1)})`);
      break;
    }
    last = { size, seconds };
    if (size === MAX) break;
    if (size * 4 > MAX) size = MAX / 4;
  }
  const ok = atMax !== null && atMax < BUDGET_SECONDS;
  if (!ok) failed = true;
  console.log(`${c.name.padEnd(60)} ${rows.join(", ")}  ${ok ? "met" : "NOT met"}`);
}
console.log(`budget ${BUDGET_SECONDS} s per ${MAX / 1024} KB article: ${failed ? "NOT met" : "met"}`);
