import { describe, expect, it } from "vitest";
import { parseArticle } from "./article";
import { pageFullDates } from "./page-dates";

const lead = "The two presidents met in the capital on Tuesday for talks on trade and energy, their offices said in a statement.";
const page = (...top: string[]) => parseArticle("p.txt", ["Presidents meet for trade talks", ...top, lead, "They agreed to meet again next year."].join("\n\n"));

describe("page furniture dated in the site's own language", () => {
  it("dates a page from a timestamp line in Italian, Spanish, Portuguese, Ukrainian or Japanese", () => {
    expect(page("Martedì, 12 Marzo 2024").published).toBe("2024-03-12");
    expect(page("Sábado 5 de julio de 2025  |  Dólar: $1.225  |  Buenos Aires 9°C").published).toBe("2025-07-05");
    expect(page("Publicado em 12 de março de 2024").published).toBe("2024-03-12");
    expect(page("12 березня 2024, 14:05").published).toBe("2024-03-12");
    expect(page("2024年3月12日 14:05").published).toBe("2024-03-12");
  });

  it("dates a press release from the place and date line over its headline", () => {
    const release = "Presidency of the Republic\n\nPress release 231\nMexico City, 29 de abril de 2023\n\nPresidents hold a telephone conversation\n\nThis Saturday the two presidents held a telephone conversation on migration, the presidency said.\n";
    expect(parseArticle("r.txt", release).published).toBe("2023-04-29");
  });

  it("reads no page date from a foreign day and month without a year, nor from the story's prose", () => {
    expect(page("Martedì 12 marzo").published).toBeNull();
    const prose = "Il presidente ha incontrato il primo ministro a Roma il 12 marzo 2024, secondo una nota diffusa dopo l'incontro dal governo.";
    expect(page(prose).published).toBeNull();
  });

  it("reads English dates as the dates stage does, and a line naming no month as none", () => {
    expect(pageFullDates("Tuesday, March 12, 2024").map((d) => d.value)).toEqual(["2024-03-12"]);
    expect(pageFullDates("Marzo Capital Partners")).toEqual([]);
  });

  it("reads a year run into the clock time after it, as some pages copy", () => {
    expect(page("March 19, 20259:37 PM GMT+1Updated 4 hours ago").published).toBe("2025-03-19");
  });
});
