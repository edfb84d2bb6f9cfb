/** The leaders catalogue and gazetteer from data/, validated once at the boundary. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import type { Catalogue } from "./leaders";

const Day = z.iso.date();
const LeadersFile = z.object({
  leaders: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      short: z.string().regex(/^[a-z0-9-]+$/).optional(),
      aliases: z.array(z.string().min(1)),
      pronoun: z.enum(["he", "she"]).optional(),
      roles: z.array(z.object({ title: z.string(), country: z.string().length(2), from: Day, to: Day.nullable() })).min(1),
    }),
  ),
});
const CountriesFile = z.object({
  /** "the Islamic Republic of Pakistan": words of a state's form that may stand between "of the" and its name. */
  stateForms: z.array(z.string().min(1)).default([]),
  countries: z.array(
    z.object({
      code: z.string().length(2),
      name: z.string(),
      aliases: z.array(z.string()),
      adjectives: z.array(z.string()),
      capital: z.string(),
      epithets: z.array(z.string()),
    }),
  ),
  places: z.array(z.object({ name: z.string(), city: z.string().optional(), country: z.string().length(2) })),
});

/** Government press offices: whose site a page is, and so whom its bare office means (data/press-offices.json). */
const PressOfficesFile = z.object({
  offices: z.array(z.object({ title: z.string(), country: z.string().length(2), sites: z.array(z.string().min(1)), publishers: z.array(z.string().min(1)) })),
});

export const DATA_DIR = join(import.meta.dirname, "..", "data");

export function loadCatalogue(dir = DATA_DIR): Catalogue {
  const leaders = LeadersFile.parse(JSON.parse(readFileSync(join(dir, "leaders.json"), "utf8")));
  const places = CountriesFile.parse(JSON.parse(readFileSync(join(dir, "countries.json"), "utf8")));
  const offices = existsSync(join(dir, "press-offices.json")) ? PressOfficesFile.parse(JSON.parse(readFileSync(join(dir, "press-offices.json"), "utf8"))).offices : [];
  return { leaders: leaders.leaders, countries: places.countries, places: places.places, stateForms: places.stateForms, pressOffices: offices };
}
