/** The leaders pages' view models, cached per data version like the home page's. */
import { cachedJson } from "./cache";
import { dataVersion } from "./data-version";
import { leaderWithCounterparts, listLeaders, sortLeaders, type LeaderSort } from "./leaders";

export async function leadersView(sort: LeaderSort) {
  const version = await dataVersion();
  return sortLeaders(await cachedJson(version, "leaders", () => listLeaders()), sort);
}

export async function leaderView(id: string) {
  const version = await dataVersion();
  return cachedJson(version, `leader-page:${id}`, () => leaderWithCounterparts(id));
}
