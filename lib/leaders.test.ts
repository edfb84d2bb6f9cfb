import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchDatabase } from "./testdb";

// The queries read the app's client, so point it at a scratch database before importing them.
const scratch = await scratchDatabase();
process.env.DATABASE_URL = scratch.url;
const { leaderWithCounterparts, listLeaderTotals, listLeaders, sortLeaders } = await import("./leaders");

async function event(id: number, date: string, type: string, leaders: string[]) {
  await scratch.db.event.create({
    data: {
      id, slug: `e${id}`, date, precision: "day", year: Number(date.slice(0, 4)), type, pair: leaders.map((l) => l.split("-").pop()).join("-"), fingerprint: `f${id}`, key: `k${id}`,
      participants: { create: leaders.map((leaderId, position) => ({ leaderId, position })) },
    },
  });
}

beforeAll(async () => {
  for (const [id, name] of [["vladimir-putin", "Vladimir Putin"], ["bashar-al-assad", "Bashar al-Assad"], ["xi-jinping", "Xi Jinping"], ["olaf-scholz", "Olaf Scholz"], ["emmanuel-macron", "Emmanuel Macron"]])
    await scratch.db.leader.create({ data: { id, name, countries: "XX" } });
  await event(1, "2020-01-05", "in-person", ["vladimir-putin", "bashar-al-assad"]);
  await event(2, "2021-02-06", "phone", ["vladimir-putin", "bashar-al-assad"]);
  await event(3, "2022-03-07", "video", ["vladimir-putin", "xi-jinping"]);
  await event(4, "2022-05-28", "phone", ["vladimir-putin", "emmanuel-macron", "olaf-scholz"]);
});
afterAll(() => scratch.dispose());

describe("leaders", () => {
  it("lists only leaders with contacts, with counts per kind, counterparts and the latest contact", async () => {
    const putin = (await listLeaders()).find((l) => l.id === "vladimir-putin");
    expect(putin).toEqual({ id: "vladimir-putin", name: "Vladimir Putin", total: 4, byKind: { "in-person": 1, phone: 2, video: 1 }, counterparts: 4, last: "2022-05-28" });
    expect((await listLeaders()).map((l) => l.id)).not.toContain("nobody");
  });

  it("gives the filters' list the same leaders and totals as the full summary, without the nobodies", async () => {
    const full = (await listLeaders()).map((l) => ({ id: l.id, name: l.name, total: l.total }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...(await listLeaderTotals())].sort(byId)).toEqual(full.sort(byId));
    expect((await listLeaderTotals()).find((l) => l.id === "vladimir-putin")?.total).toBe(4);
  });

  it("sorts by contacts, then by name; or by name alone", async () => {
    const all = await listLeaders();
    expect(sortLeaders(all, "contacts").map((l) => l.name).slice(0, 2)).toEqual(["Vladimir Putin", "Bashar al-Assad"]);
    expect(sortLeaders(all, "name").map((l) => l.name)).toEqual(["Bashar al-Assad", "Emmanuel Macron", "Olaf Scholz", "Vladimir Putin", "Xi Jinping"]);
  });

  it("ranks one leader's counterparts, with the pair filter for two-way contacts only", async () => {
    const page = await leaderWithCounterparts("vladimir-putin");
    expect(page?.counterparts.map((c) => [c.name, c.total, c.pair])).toEqual([
      ["Bashar al-Assad", 2, "putin-assad"],
      ["Emmanuel Macron", 1, null],
      ["Olaf Scholz", 1, null],
      ["Xi Jinping", 1, "putin-jinping"],
    ]);
    expect(await leaderWithCounterparts("olaf-scholz")).toMatchObject({ leader: { total: 1 } });
    expect(await leaderWithCounterparts("nobody")).toBeNull();
    expect(await leaderWithCounterparts("<script>")).toBeNull();
  });
});
