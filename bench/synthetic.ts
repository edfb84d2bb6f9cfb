/** A scratch database with N synthetic events (for the timeline and API benchmarks only). */
import { scratchDatabase } from "../lib/testdb";
import { loadCatalogue } from "../extract/catalogue";

export async function syntheticDatabase(n: number) {
  const scratch = await scratchDatabase();
  const { db } = scratch;
  const leaders = loadCatalogue().leaders.slice(0, 12);
  await db.leader.createMany({ data: leaders.map((l) => ({ id: l.id, name: l.name, countries: l.roles[0].country })) });
  const article = await db.article.create({ data: { slug: "synthetic", contentHash: "synthetic", file: "synthetic.txt", title: "Synthetic article", text: "A synthetic sentence about a meeting." } });
  const types = ["in-person", "phone", "video"];
  const start = Date.UTC(2000, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < n; i += 500) {
    await db.$transaction(async (tx) => {
      for (let j = i; j < Math.min(n, i + 500); j++) {
        const d = new Date(start + rand() * span).toISOString().slice(0, 10);
        const a = leaders[j % leaders.length];
        const b = leaders[(j * 7 + 3) % leaders.length === j % leaders.length ? (j + 1) % leaders.length : (j * 7 + 3) % leaders.length];
        await tx.event.create({
          data: {
            slug: `${d}-synthetic-${j}`, date: d, precision: "day", year: Number(d.slice(0, 4)), type: types[j % 3], place: null, pair: `${a.id.split("-").pop()}-${b.id.split("-").pop()}`,
            fingerprint: String(j), participants: { create: [{ leaderId: a.id, position: 0 }, { leaderId: b.id, position: 1 }] },
            evidence: { create: [{ articleId: article.id, quote: "A synthetic sentence about a meeting.", start: 0, end: 37 }] },
          },
        });
      }
    });
  }
  return scratch;
}
