import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { displayQuote, displayText } from "./display-text";

describe("displayQuote: what a reader sees of a quote", () => {
  it("leaves a plain-text quote exactly as it is", () => {
    const plain = "Prime Minister Anthony Albanese met President Prabowo Subianto in Jakarta on Tuesday.";
    expect(displayQuote(plain)).toBe(plain);
    // Ampersands, angle brackets and accents that are no markup stay too.
    const prose = "Trade, R&D and AT&T's bid (growth <5% & falling) were raised by Pedro Sánchez.";
    expect(displayQuote(prose)).toBe(prose);
  });

  it("removes a page's tags, a closing tag cut off at the start included", () => {
    expect(displayQuote('Recap of the talks.</strong> Prime Minister <a href="/pm">Keir Starmer</a> received <em>Giorgia Meloni</em> in London.')).toBe(
      "Recap of the talks. Prime Minister Keir Starmer received Giorgia Meloni in London.",
    );
  });

  it("keeps words apart across paragraphs and together across inline tags", () => {
    expect(displayQuote("They met in Ottawa.</p><p>The talks ran late.")).toBe("They met in Ottawa. The talks ran late.");
    expect(displayQuote("Modi spoke with Kish<b>ida</b> by phone.")).toBe("Modi spoke with Kishida by phone.");
  });

  it("decodes character references, named, decimal and hexadecimal", () => {
    expect(displayQuote("Canada&#8217;s leader &amp; Mexico&rsquo;s president met in Bras&iacute;lia&nbsp;on Monday &#x2014; briefly&hellip;")).toBe(
      "Canada’s leader & Mexico’s president met in Brasília on Monday — briefly…",
    );
  });

  it("shows a name that only looks like a reference as written", () => {
    expect(displayQuote("The &notaword; clause stayed.")).toBe("The &notaword; clause stayed.");
  });

  it("unwraps a feed's CDATA and reads the markup inside it", () => {
    expect(displayQuote("<![CDATA[<p>Javier Milei called <i>Lula</i> on Friday.</p>]]>")).toBe("Javier Milei called Lula on Friday.");
  });

  it("reads a feed's escaped HTML: escaped tags removed, doubly escaped references decoded", () => {
    const escaped =
      "&lt;p&gt;Prime Minister &lt;a href=&quot;https://news.example/x&quot;&gt;Fumio Kishida&lt;/a&gt; called Seoul&amp;#8217;s leader about trade &amp;amp; security.&lt;/p&gt;";
    expect(displayQuote(escaped)).toBe("Prime Minister Fumio Kishida called Seoul’s leader about trade & security.");
  });

  it("collapses whitespace as a browser does, and trims it", () => {
    expect(displayQuote("  Cyril Ramaphosa\n   received\tBola Tinubu\r\n in Pretoria. ")).toBe("Cyril Ramaphosa received Bola Tinubu in Pretoria.");
  });

  it("drops scripts, styles, comments and handlers whole: nothing of them shows", () => {
    const hostile = 'Olaf Scholz met Emmanuel Macron<script>window.stolen = document.cookie</script><!-- note --><style>p{}</style><img src=x onerror="alert(1)"> in Paris.';
    const shown = displayQuote(hostile);
    expect(shown).toBe("Olaf Scholz met Emmanuel Macron in Paris.");
    expect(shown).not.toMatch(/[<>]|cookie|alert/);
  });

  it("drops a tag cut off by the end of the quote", () => {
    expect(displayQuote('Viktor Orbán met Aleksandar Vučić in Belgrade.<a href="https://news.exam')).toBe("Viktor Orbán met Aleksandar Vučić in Belgrade.");
  });

  it("keeps a plain-text \"<\" that is less-than, not a cut-off tag", () => {
    expect(displayQuote("Oil stayed (Brent <US$80) after Ruto met Boric in Nairobi.")).toBe("Oil stayed (Brent <US$80) after Ruto met Boric in Nairobi.");
    expect(displayQuote("Turnout was 40<t in the north, then Ruto called Boric.")).toBe("Turnout was 40<t in the north, then Ruto called Boric.");
    // Words after a "<" look like a tag's attributes, but have no value: prose, shown whole.
    expect(displayQuote("Turnout <half as Ruto hosts Boric in Nairobi")).toBe("Turnout <half as Ruto hosts Boric in Nairobi");
    // A tag's shape at the very end is still a cut-off tag, with or without attributes.
    expect(displayQuote("Ruto met Boric in Nairobi.<span")).toBe("Ruto met Boric in Nairobi.");
    expect(displayQuote("Ruto met Boric in Nairobi.<img class=\"lead\" src='/p")).toBe("Ruto met Boric in Nairobi.");
  });

  it("renders markup that decoding brings back as inert text, never as elements", () => {
    // A doubly escaped script decodes to the characters of a tag: shown as those characters.
    const shown = displayQuote("Leaders met &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; today.");
    const html = renderToStaticMarkup(createElement("blockquote", null, shown));
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;");
  });
});

describe("displayText: a whole article and where its offsets show", () => {
  const page = [
    "<!DOCTYPE html><html><head><title>Leaders talk</title><style>body{}</style></head><body>",
    "<nav><a href='/'>Home</a></nav>",
    "<p>Prime Minister <strong>Shehbaz Sharif</strong> spoke by phone with President Tokayev&nbsp;on Monday.</p>",
    "<p>They agreed to meet &amp; talk again.<br>More soon.</p>",
    "<script>track()</script></body></html>",
  ].join("\n");

  it("shows a page's paragraphs as paragraphs, its markup gone", () => {
    expect(displayText(page, "page").text).toBe(
      "Leaders talk\n\nHome\n\nPrime Minister Shehbaz Sharif spoke by phone with President Tokayev on Monday.\n\nThey agreed to meet & talk again.\nMore soon.",
    );
  });

  it("maps a quote's offsets into the file onto what is shown, in both layouts", () => {
    const start = page.indexOf("Prime Minister");
    const end = page.indexOf("Monday.") + "Monday.".length;
    for (const layout of ["page", "inline"] as const) {
      const shown = displayText(page, layout);
      expect(shown.text.slice(shown.at(start), shown.at(end))).toBe(displayQuote(page.slice(start, end)));
    }
  });

  it("leaves a plain-text article's own line breaks and offsets as they are", () => {
    const text = "Headline\n\nNarendra Modi met Anthony Albanese in Sydney.\n  An indented line.";
    const shown = displayText(text, "page");
    expect(shown.text).toBe(text);
    expect(shown.at(text.indexOf("Sydney"))).toBe(text.indexOf("Sydney"));
  });

  it("shows all of a plain-text article whose prose holds a \"<\" and a letter, and maps its later offsets", () => {
    const text = "Ruto met Boric on Monday.\n\nThe bill passed 61<t in the house, a narrow win.\n\nOn Tuesday, Ruto spoke with Lula by phone.";
    const shown = displayText(text, "page");
    expect(shown.text).toBe(text);
    const at = text.indexOf("On Tuesday");
    expect(text.slice(shown.at(at), shown.at(at + 10))).toBe("On Tuesday");
  });

  it("still drops a cut-off tag at the end of a page's markup", () => {
    expect(displayText("<p>Ruto met Boric in Nairobi.</p><p class=\"x\">More <a href=\"/next", "page").text).toBe("Ruto met Boric in Nairobi.\n\nMore");
  });

  it("keeps the paragraphs of prose that holds a stray tag", () => {
    const text = "Recep Tayyip Erdoğan met Ilham Aliyev in Baku.\n\nThey spoke of <span>energy</span> and\ntransit.";
    expect(displayText(text, "page").text).toBe("Recep Tayyip Erdoğan met Ilham Aliyev in Baku.\n\nThey spoke of energy and transit.");
  });

  it("leaves front matter out: it is the article's metadata, not its text", () => {
    const text = "---\ntitle: Leaders talk\npublisher: Wire\n---\nJavier Milei met Gustavo Petro in Bogotá.\n";
    for (const layout of ["page", "inline"] as const) {
      const shown = displayText(text, layout);
      expect(shown.text.trim()).toBe("Javier Milei met Gustavo Petro in Bogotá.");
      expect(shown.text.slice(shown.at(text.indexOf("Gustavo")), shown.at(text.indexOf(" in Bogotá")))).toBe("Gustavo Petro");
    }
  });

  it("maps offsets after a decoded reference to the same words", () => {
    const text = "<p>Meloni &amp; Sánchez met.</p><p>Then Sánchez flew home.</p>";
    const shown = displayText(text, "page");
    const at = text.indexOf("Then");
    expect(shown.text.slice(shown.at(at), shown.at(at + "Then Sánchez".length))).toBe("Then Sánchez");
  });
});
