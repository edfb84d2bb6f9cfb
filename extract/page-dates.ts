/**
 * Full calendar dates on a page's furniture, in English or in the site's own language. A page
 * from an outlet abroad often keeps its timestamp line in its language while the story is in
 * English ("Sabato, 21 Ottobre 2023", "Ciudad de México, 29 de abril de 2023", "12 березня 2024,
 * 14:05", "2024年3月12日"): that line is the page's date as much as "21 October 2023" would be.
 */
import * as chrono from "chrono-node";
import { findFullDates } from "./dates";

type FullDate = { value: string; start: number; end: number };

/**
 * chrono-node's locales, each with the month names (and abbreviations) that wake it: a line is
 * given to a locale's parsers only when it names one of its months, so English furniture and
 * prose cost nothing more. Lower case; matched without regard to case.
 */
const LOCALES: { parser: chrono.Chrono; months: RegExp }[] = [
  { parser: chrono.es.casual, months: /\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)\b/iu },
  { parser: chrono.it.casual, months: /\b(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b/iu },
  { parser: chrono.pt.casual, months: /\b(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b/iu },
  { parser: chrono.fr.casual, months: /\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\p{L}])/iu },
  { parser: chrono.de.casual, months: /\b(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)(?![\p{L}])/iu },
  { parser: chrono.ru.casual, months: /(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек)/iu },
  { parser: chrono.uk.casual, months: /(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)/iu },
  { parser: chrono.ja.casual, months: /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u },
];

/**
 * Any locale's months, in one pattern: most lines name none, and one pass over them costs less than
 * eight (the eight were ~1 % of the throughput bench). The Japanese pattern has no letter, so the
 * "i" flag changes nothing in it.
 */
const ANY_MONTH = new RegExp(LOCALES.map((l) => `(?:${l.months.source})`).join("|"), "iu");

/** A fixed reference: only dates that state their year, month and day are kept, so it never shows. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const pad = (n: number) => String(n).padStart(2, "0");

/** Dates of one locale that state a year, a month and a day; others ("sabato", "12 marzo") date no page. */
function localeFullDates(parser: chrono.Chrono, text: string, offset: number): FullDate[] {
  return parser
    .parse(text, REFERENCE)
    .filter((r) => r.start.isCertain("year") && r.start.isCertain("month") && r.start.isCertain("day"))
    .map((r) => ({
      value: `${r.start.get("year")}-${pad(r.start.get("month")!)}-${pad(r.start.get("day")!)}`,
      start: offset + r.index,
      end: offset + r.index + r.text.replace(/[\s,.;:]+$/, "").length,
    }));
}

/**
 * The full dates of a line of page furniture (a timestamp, a byline, a header line): English ones
 * as the dates stage reads them, else those of the first locale whose months the line names.
 */
export function pageFullDates(text: string, offset = 0): FullDate[] {
  const english = findFullDates(text, offset);
  if (english.length || !ANY_MONTH.test(text)) return english;
  for (const { parser, months } of LOCALES) {
    if (!months.test(text)) continue;
    const found = localeFullDates(parser, text, offset);
    if (found.length) return found;
  }
  return [];
}
