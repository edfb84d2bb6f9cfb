/**
 * The kinds of contact: the one list the pipeline extracts and every view shows. Their order is
 * the chart's rows, the filter's checkboxes and the legend's; their label, shape and colours are
 * how people tell them apart everywhere (page, chart, share card). Adding a kind here makes the
 * type checker point at every place that must handle it.
 */
export const CONTACT_TYPES = ["in-person", "phone", "video"] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

export interface ContactKind {
  /** "In person": a label on its own (a checkbox, a chart row). */
  label: string;
  /** "phone call" / "phone calls": the kind counted in a sentence ("3 phone calls"). */
  noun: { one: string; many: string };
  /** "circle": named in the legend so the shape is never told by colour alone. */
  shapeName: string;
  /** The mark, an SVG path centred on 0,0 within ±8 (the chart, the icons). */
  shape: string;
  /**
   * Okabe–Ito colours, which stay apart for colour-blind readers; dark mode takes lighter ones
   * that keep their contrast on a dark background.
   */
  colour: { light: string; dark: string };
}

export const CONTACT_KIND: Record<ContactType, ContactKind> = {
  "in-person": { label: "In person", noun: { one: "in-person meeting", many: "in-person meetings" }, shapeName: "circle", shape: "M0,-6A6,6 0 1,1 0,6A6,6 0 1,1 0,-6Z", colour: { light: "#0072b2", dark: "#56b4e9" } },
  phone: { label: "Phone call", noun: { one: "phone call", many: "phone calls" }, shapeName: "diamond", shape: "M0,-7L7,0L0,7L-7,0Z", colour: { light: "#d55e00", dark: "#e69f00" } },
  video: { label: "Video call", noun: { one: "video call", many: "video calls" }, shapeName: "square", shape: "M-5.5,-5.5H5.5V5.5H-5.5Z", colour: { light: "#009e73", dark: "#3fd0a6" } },
};

/** The CSS custom properties (--c-in-person …) the stylesheet and the canvas read, light then dark. */
export function contactKindCss(): string {
  const vars = (mode: "light" | "dark") => CONTACT_TYPES.map((t) => `--c-${t}:${CONTACT_KIND[t].colour[mode]};`).join("");
  return `:root{${vars("light")}}@media (prefers-color-scheme: dark){:root{${vars("dark")}}}`;
}
