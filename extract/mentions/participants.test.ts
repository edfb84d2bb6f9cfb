/**
 * Participant rules alone, each with a sentence it must read and one it must refuse: with three or
 * more leaders in a sentence a wrong pair shown with a quote is worse than no event at all.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { loadCatalogue } from "../catalogue";
import { LeaderIndex } from "../leaders";
import { articleContext, findMentions } from ".";
import { entryOwner, headingPrincipal, principalOffice } from "./participants";
import { extract } from "../pipeline";
import { explainArticle } from "./explain";

const index = new LeaderIndex(loadCatalogue());
function who(body: string, published = "2023-06-15", title = "A headline for the test"): string[] {
  const a = parseArticle("p.txt", `---\npublished: ${published}\n---\n${title}\n\n${body}\n`);
  return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.date?.value} ${m.type} ${[...m.participants].sort().join("+")}`);
}

/** Every contact found, dated or not (an undated one may still take the article's day later). */
function whoAll(body: string, published = "2023-06-15", title = "A headline for the test"): string[] {
  const a = parseArticle("p.txt", `---\npublished: ${published}\n---\n${title}\n\n${body}\n`);
  const { dated, floating } = findMentions(a, index, articleContext(a, index, a.published));
  return [...dated, ...floating].map((m) => `${m.date?.value ?? "undated"} ${m.type} ${[...m.participants].sort().join("+")}`);
}

describe("a leader named only in what the contact leads up to", () => {
  it("leaves out a leader named only after 'ahead of', 'in the run-up to' or 'looked forward to'", () => {
    // The title alone is the other side: with the leader after "ahead of" dropped, no pair is left to guess.
    expect(who("The Chancellor met Prime Minister Modi in Goa on Monday, ahead of their three-way meeting with President Lula.", "2023-03-14")).toEqual([]);
    expect(who("Scholz and Modi joined Kishida for a video summit on Monday ahead of a virtual gathering convened by President Lula.", "2023-03-14")).toEqual(["2023-03-13 video fumio-kishida+narendra-modi+olaf-scholz"]);
    expect(who("Scholz spoke with Modi by phone on Monday in the run-up to the summit hosted by Lula.", "2023-03-14")).toEqual(["2023-03-13 phone narendra-modi+olaf-scholz"]);
    expect(who("Lula said Brazil is ready to work with India to ensure the success of the G20 Goa summit in November, adding that he looked forward to welcoming Prime Minister Modi in person.", "2023-12-14")).toEqual([]);
    // A leader named before "ahead of" too, or a contact told after it, keeps its people.
    expect(who("Lula met Modi in Goa on Monday ahead of the summit Lula hosts.", "2023-03-14")).toEqual(["2023-03-13 in-person luiz-inacio-lula-da-silva+narendra-modi"]);
    expect(who("Ahead of the summit, Lula met Modi in Goa on Monday.", "2023-03-14")).toEqual(["2023-03-13 in-person luiz-inacio-lula-da-silva+narendra-modi"]);
  });
});

describe("subject-object", () => {
  it("pairs the clause's subject with the leader right after the contact word, not a third named later", () => {
    expect(who("Narendra Modi held talks with Fumio Kishida in Tokyo on Tuesday, before a four-way summit with Joe Biden and Anthony Albanese.", "2023-05-24")).toEqual([
      "2023-05-23 in-person fumio-kishida+narendra-modi",
    ]);
  });

  it("does not pair the subject with the head of a list of objects", () => {
    expect(who("On Tuesday Volodymyr Zelensky met in Kyiv with Emmanuel Macron of France, Chancellor Olaf Scholz of Germany and Prime Minister Rishi Sunak of Britain.")).not.toContainEqual(
      "2023-06-13 in-person emmanuel-macron+volodymyr-zelensky",
    );
  });
});

describe("subject-object: the object of an earlier verb of contact", () => {
  it("does not take the object of an earlier verb as the subject of the next contact", () => {
    // The object of the first call is no caller of the second: nothing is read rather than a wrong pair.
    const got = who("Lula, for his part, kept busy: he briefed Prime Minister Narendra Modi by telephone on Tuesday and spoke to Cyril Ramaphosa the same day.");
    expect(got).toEqual([]);
    // The one met separately is met by the subject, whatever the date or medium read.
    const pairs = (events: string[]) => events.map((e) => e.split(" ").at(-1));
    const separate = who("Lula flew to Washington on Monday. On Tuesday he met Joe Biden in the Oval Office and, in a separate meeting earlier that day, Justin Trudeau.");
    expect(pairs(separate)).toContain("justin-trudeau+luiz-inacio-lula-da-silva");
    expect(pairs(separate)).toContain("joe-biden+luiz-inacio-lula-da-silva");
    expect(pairs(separate)).not.toContain("joe-biden+justin-trudeau");
  });

  it("still pairs a subject that no verb of contact governs", () => {
    expect(who("Narendra Modi held talks with Fumio Kishida in Tokyo on Tuesday.", "2023-05-24")).toEqual(["2023-05-23 in-person fumio-kishida+narendra-modi"]);
    expect(who("After the summit opened, Narendra Modi met Fumio Kishida in Tokyo on Tuesday.", "2023-05-24")).toEqual(["2023-05-23 in-person fumio-kishida+narendra-modi"]);
  });
});

describe("subject-object: a leader in the contact's topic", () => {
  it("does not pair the subject with a leader named in the topic of the call ('of his meeting with')", () => {
    const got = who("On Tuesday Lula informed Prime Minister Narendra Modi by phone of his meeting with Cyril Ramaphosa in Pretoria.");
    expect(got.join(" ")).not.toMatch(/cyril-ramaphosa/);
  });

  it("still pairs the object the call was with", () => {
    expect(who("On Tuesday Lula spoke by phone with Narendra Modi about the summit.")).toEqual(["2023-06-13 phone luiz-inacio-lula-da-silva+narendra-modi"]);
  });
});

describe("counterpart-not-a-leader, named as the verb's object", () => {
  it("pairs nobody when the verb's object is a titled leader the catalogue does not know", () => {
    const body = "On Monday Joe Biden met Prime Minister Mark Rutte of the Netherlands at the White House, and later spoke with Justin Trudeau by phone.";
    // The meeting pairs nobody; the call told after "and later" has no date of its own.
    expect(who(body)).toEqual([]);
    expect(who("Narendra Modi received Prime Minister Pravind Jugnauth in New Delhi on Tuesday, a week after Anthony Albanese left.")).toEqual([]);
  });

  it("pairs nobody when the verb's object is an official: the minister received is no leader's stand-in", () => {
    expect(who("On Tuesday Gabriel Boric received Minister of Health Ana Pérez, who reported on the outbreak in the north of the country.", "2023-06-15", "Boric and Milei to meet")).toEqual([]);
    expect(who("On Tuesday Joe Biden met the Japanese foreign minister at the White House, a week after Fumio Kishida's visit.")).toEqual([]);
    expect(who("On Tuesday Joe Biden met Fumio Kishida and his foreign minister at the White House.")).toEqual(["2023-06-13 in-person fumio-kishida+joe-biden"]);
  });

  it("pairs nobody when the verb's object is a group or a thing, not a person", () => {
    expect(who("On Tuesday Joe Biden met with his national security team to discuss Fumio Kishida's visit.")).toEqual([]);
    expect(who("On Tuesday Joe Biden met the press after Fumio Kishida's departure.")).toEqual([]);
    expect(who("On Tuesday Joe Biden met the Japanese prime minister, Fumio Kishida, at the White House.")).toEqual(["2023-06-13 in-person fumio-kishida+joe-biden"]);
    expect(who("On Tuesday Joe Biden hosted a state dinner for Fumio Kishida at the White House.")).toEqual(["2023-06-13 in-person fumio-kishida+joe-biden"]);
  });

  it("pairs nobody when 'with' and an official come after a few words of place and time", () => {
    const body = "On Wednesday Tamim bin Hamad Al Thani met at the Amiri Diwan today with White House Coordinator Brett McGurk, who is visiting the country for talks with Joe Biden's approval.";
    expect(who(body, "2025-01-15")).toEqual([]);
  });

  it("still reads a leader after 'with' past a few words of place as the counterpart", () => {
    expect(who("On Wednesday Tamim bin Hamad Al Thani met at the Amiri Diwan with President Joe Biden.", "2023-06-15")).toEqual(["2023-06-14 in-person joe-biden+tamim-bin-hamad-al-thani"]);
  });

  it("reads a leader after a long chain of party and state titles as the counterpart", () => {
    const body = "Chairman of the Workers Party (WP) Executive Board and President of Nigeria Bola Tinubu held talks with Leader of the National Congress (ANC) Central Committee and President of South Africa Cyril Ramaphosa in Nairobi on Tuesday.";
    expect(who(body)).toEqual(["2023-06-13 in-person bola-tinubu+cyril-ramaphosa"]);
  });

  it("still pairs nobody when the chain after 'with' is an official's, or breaks off into a clause", () => {
    expect(who("President of Nigeria Bola Tinubu held talks with Minister of Finance of the Federal Republic of Nigeria Wale Edun in Nairobi on Tuesday, before Cyril Ramaphosa arrived.")).toEqual([]);
    expect(who("Bola Tinubu held talks with Secretary General of the Commonwealth Shirley Botchwey in Nairobi on Tuesday, and said Cyril Ramaphosa would come later.")).toEqual([]);
  });

  it("pairs nobody when the chain's last title is held of the leader named after it (an envoy of the leader)", () => {
    expect(who("Olaf Scholz held talks with Vice Chairman of the Central Commission and Special Envoy of President Xi Jinping in Berlin on Tuesday.")).toEqual([]);
    expect(who("Olaf Scholz held talks with Vice Chairman of the Central Commission and Special Envoy of Xi Jinping in Berlin on Tuesday.")).toEqual([]);
  });

  it("reads a titled object who is a catalogue leader as the counterpart", () => {
    expect(who("Narendra Modi received Prime Minister Anthony Albanese in New Delhi on Tuesday.")).toEqual(["2023-06-13 in-person anthony-albanese+narendra-modi"]);
    expect(who("On Monday Joe Biden met President Emmanuel Macron at the White House.")).toEqual(["2023-06-12 in-person emmanuel-macron+joe-biden"]);
  });
});

describe("too-many-to-pair", () => {
  it("refuses a pair among three or more leaders that no rule binds to the contact", () => {
    expect(who("He recalled the meeting convened by Joe Biden in New York on Tuesday, which was attended by Recep Tayyip Erdogan along with Emir Tamim bin Hamad Al Thani and Prabowo Subianto.", "2023-09-20")).toEqual([]);
  });

  it("leaves two named leaders to the usual rules", () => {
    expect(who("He recalled the meeting convened by Joe Biden in New York on Tuesday, which was attended by Recep Tayyip Erdogan.", "2023-09-20")).toEqual(["2023-09-19 in-person joe-biden+recep-tayyip-erdogan"]);
  });

  it("keeps a refused pair from being filled with the article's pair or a visited country's leader", () => {
    const body = [
      "Xi Jinping and Luiz Inácio Lula da Silva met in Beijing on Friday.",
      "Xi Jinping recalled the talks in Washington in March that Joe Biden, Emmanuel Macron and Olaf Scholz held about him.",
    ].join("\n\n");
    expect(who(body, "2023-04-16")).toEqual(["2023-04-14 in-person luiz-inacio-lula-da-silva+xi-jinping"]);
  });
});

describe("traveller", () => {
  it("reads a possessive visit as the traveller's, with the visited country's leader", () => {
    // The second visit is read only as "Yoon … and Kishida" joined before it, with a third leader
    // named: the precision gate refuses that reading (mentions/precision.ts).
    expect(who("Joe Biden praised Yoon Suk Yeol and Fumio Kishida, building on Yoon Suk Yeol's visit to Tokyo in March and Fumio Kishida's visit to Seoul in May.", "2023-08-18")).toEqual([
      "2023-03 in-person fumio-kishida+yoon-suk-yeol",
    ]);
  });

  it("is not used when a leader is named right after the visit word", () => {
    // "visited Xi": the object is named, so the rules for a subject and an object decide.
    expect(who("Emmanuel Macron, who visited Xi Jinping in Guangzhou on Friday, later called Joe Biden.", "2023-04-09")).not.toContainEqual("2023-04-07 in-person emmanuel-macron+joe-biden");
  });
});

describe("sized groups", () => {
  it("does not read 'the three leaders' as the article's pair", () => {
    const body = ["Recep Tayyip Erdogan and Ebrahim Raisi met in Ankara on Monday.", "In July 2020 the three leaders held their round by videoconference."].join("\n\n");
    expect(who(body, "2023-06-15")).toEqual(["2023-06-12 in-person ebrahim-raisi+recep-tayyip-erdogan"]);
  });

  it("reads 'the three-way call' as the three of the call just told", () => {
    const body = ["Olaf Scholz and Emmanuel Macron spoke by phone with Joe Biden on Saturday.", "The three-way call on Saturday was the first between the leaders this year."].join("\n\n");
    expect(who(body)).toEqual(["2023-06-10 phone emmanuel-macron+joe-biden+olaf-scholz", "2023-06-10 phone emmanuel-macron+joe-biden+olaf-scholz"]);
  });
});

describe("talk-verb-object", () => {
  it("reads a call told at 'by phone' as the talking verb's subject and object, not a leader named after it", () => {
    const body = "Petro Poroshenko spoke with Chancellor Angela Merkel by phone on Tuesday, his office said, and asked her to raise the issue with Vladimir Putin.";
    expect(who(body, "2018-11-29")).toEqual(["2018-11-27 phone angela-merkel+petro-poroshenko"]);
  });

  it("does not pick one of two objects of the talking verb", () => {
    const body = "Petro Poroshenko spoke with Angela Merkel and Emmanuel Macron by phone on Tuesday, his office said, and asked them to raise the issue with Vladimir Putin.";
    expect(who(body, "2018-11-29")).not.toContain("2018-11-27 phone angela-merkel+petro-poroshenko");
  });
});

describe("pronoun-protagonist", () => {
  const opening = [
    "Prabowo Subianto ended his first year with a long tour abroad.",
    "In Beijing Prabowo Subianto was received by Xi Jinping on 9 November 2024.",
    "Prabowo Subianto then went to Lima for the APEC summit.",
  ];
  it("reads 'he' before the one leader a sentence names as the leader the article is about", () => {
    const body = [...opening, "The trip ended in London, where he met Keir Starmer on 21 November 2024."].join("\n\n");
    expect(who(body, "2024-12-30")).toContain("2024-11-21 in-person keir-starmer+prabowo-subianto");
  });

  it("does not when the sentence before was about another leader", () => {
    const body = [...opening, "Joe Biden was in Lima too.", "The trip ended in London, where he met Keir Starmer on 21 November 2024."].join("\n\n");
    expect(who(body, "2024-12-30")).not.toContain("2024-11-21 in-person keir-starmer+prabowo-subianto");
  });

  it("does not when the sentence names two leaders", () => {
    const body = [...opening, "The trip ended in London, where he saw Keir Starmer meet Narendra Modi on 21 November 2024."].join("\n\n");
    expect(who(body, "2024-12-30")).not.toContainEqual(expect.stringMatching(/^2024-11-21 .*prabowo-subianto/));
  });

  it("goes on with the leader it read in the next sentence opening on a pronoun", () => {
    const body = [...opening, "The trip ended in London, where he met Keir Starmer on 21 November 2024.", "Only in December 2024 did he hold talks with Narendra Modi in Goa."].join("\n\n");
    expect(who(body, "2024-12-30")).toContain("2024-12 in-person narendra-modi+prabowo-subianto");
    const other = [...opening, "Joe Biden was in Lima too.", "The trip ended in London, where he met Keir Starmer on 21 November 2024.", "Only in December 2024 did he hold talks with Narendra Modi in Goa."].join("\n\n");
    expect(who(other, "2024-12-30")).not.toContain("2024-12 in-person narendra-modi+prabowo-subianto");
  });

  it("does not after a sentence that goes on about a pronoun of its own", () => {
    const body = [...opening, "That month he took a train to Kyiv, where Volodymyr Zelensky received him.", "The trip ended in London, where he met Keir Starmer on 21 November 2024."].join("\n\n");
    expect(who(body, "2024-12-30")).not.toContain("2024-11-21 in-person keir-starmer+prabowo-subianto");
  });
});

describe("joined-objects", () => {
  it("reads a member named by office and then by name as one member of the list", () => {
    const body = "On Tuesday Giorgia Meloni took part in a videoconference with the President of the French Republic Emmanuel Macron, the British Prime Minister Keir Starmer and the German Chancellor Olaf Scholz.";
    expect(who(body, "2025-02-26")).toEqual(["2025-02-25 video emmanuel-macron+giorgia-meloni+keir-starmer+olaf-scholz"]);
  });

  it("reads a list past a member the catalogue does not know", () => {
    const body = "On Monday Fumio Kishida held a video call with the Honorable Joseph R. Biden, Jr., President of the United States, the Honorable Jane Doe, Prime Minister of Ruritania, and His Excellency Shri Narendra Modi, Prime Minister of India.";
    expect(who(body, "2022-03-08")).toEqual(["2022-03-07 video fumio-kishida+joe-biden+narendra-modi"]);
  });

  it("does not join leaders that a clause of other words sets apart", () => {
    const body = "On Monday Fumio Kishida held a video call with Joe Biden, who then flew to Delhi and met Narendra Modi.";
    expect(who(body, "2022-03-08")).not.toContainEqual(expect.stringContaining("fumio-kishida+joe-biden+narendra-modi"));
  });

  it("keeps a list of objects in the contact's clause", () => {
    const got = who("The Sultan of Oman held talks on Monday; then calls from French President, Italian Prime Minister.", "2024-04-23");
    expect(got.some((e) => e.startsWith("2024-04-22 in-person") && e.includes("emmanuel-macron"))).toBe(false);
  });
});

describe("a stated size reaches past the pair just told", () => {
  it("reads 'the three met again' as the three leaders the sentence names", () => {
    const body = "Cyril Ramaphosa came to Brasília in March 2023 for one of those three-way summits with Lula and Narendra Modi, and the three met again in Delhi in June 2023.";
    expect(who(body, "2024-01-20")).toContain("2023-06 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva+narendra-modi");
  });

  it("does not count a leader named only in the possessive among them", () => {
    // Four leaders named in the article, three in the sentence of whom one only as a host's name: which three is a guess.
    const body = ["Xi Jinping spoke to Narendra Modi by phone on Monday.", "Cyril Ramaphosa, Lula's guest, came to Brasília in March 2023 with Narendra Modi, and the three met again in Delhi in June 2023."].join("\n\n");
    expect(who(body, "2024-01-20")).not.toContainEqual(expect.stringMatching(/^2023-06 /));
  });

  it("reads 'the three leaders last met' as the latest three-way contact, not the pair told since", () => {
    const body = [
      "Joe Biden hosted Fumio Kishida and Yoon Suk Yeol at Camp David on Friday.",
      "Yoon Suk Yeol visited Tokyo in March, and Fumio Kishida visited Seoul in May.",
      "The three leaders last met together in Hiroshima in May.",
    ].join("\n\n");
    expect(who(body, "2023-08-19")).toContain("2023-05 in-person fumio-kishida+joe-biden+yoon-suk-yeol");
  });

  it("reads 'the three leaders' as the three the article has named so far", () => {
    const body = [
      "Justin Trudeau met Andrés Manuel López Obrador in Mexico City on Wednesday.",
      "The talks came a day after Joe Biden joined them at the palace.",
      "Tuesday's three-way summit produced a pledge on minerals.",
    ].join("\n\n");
    expect(who(body, "2023-01-12")).toContain("2023-01-10 in-person andres-manuel-lopez-obrador+joe-biden+justin-trudeau");
  });

  it("refuses when the article has named more leaders than the stated size", () => {
    const body = [
      "Justin Trudeau met Andrés Manuel López Obrador in Mexico City on Wednesday.",
      "The talks came a day after Joe Biden and Lula joined them at the palace.",
      "Tuesday's three-way summit produced a pledge on minerals.",
    ].join("\n\n");
    expect(who(body, "2023-01-12")).not.toContainEqual(expect.stringMatching(/^2023-01-10 /));
  });

  it("does not reach back when the sentence names a leader the catalogue does not know", () => {
    const body = [
      "Joe Biden, Fumio Kishida, Narendra Modi and Anthony Albanese met in Tokyo on Tuesday.",
      "The four leaders had last conferred by video in March, when then prime minister Scott Morrison joined Joe Biden, Fumio Kishida and Narendra Modi.",
    ].join("\n\n");
    expect(who(body, "2022-05-25")).not.toContainEqual(expect.stringMatching(/^2022-03 /));
  });

  it("does not give a bilateral beside a trilateral summit to all three", () => {
    const body = ["Joe Biden hosted Fumio Kishida and Yoon Suk Yeol at Camp David on Friday.", "On the sidelines of the trilateral summit, Fumio Kishida met Yoon Suk Yeol on Friday."].join("\n\n");
    expect(who(body, "2023-08-19")).toContain("2023-08-18 in-person fumio-kishida+yoon-suk-yeol");
  });

  it("does not give bilateral talks told beside a trilateral summit to the last three-way contact", () => {
    const body = [
      "In September Fumio Kishida and Yoon Suk Yeol sat down over lunch in Nairobi with Joe Biden.",
      "In May Yoon travels to Tokyo for a trilateral summit with a premier, and holds bilateral talks with Kishida on the same trip, on 9 May.",
    ].join("\n\n");
    const got = who(body, "2023-06-15");
    expect(got).toContain("2023-05-09 in-person fumio-kishida+yoon-suk-yeol");
    expect(got).not.toContainEqual(expect.stringMatching(/^2023-05-09 .*joe-biden/));
  });

  it("still reads a sized group when the talks are not told as one-on-one", () => {
    const body = ["In September Fumio Kishida and Yoon Suk Yeol sat down over lunch in Nairobi with Joe Biden.", "The three leaders held talks again in Tokyo on 9 May."].join("\n\n");
    expect(who(body, "2023-06-15")).toContain("2023-05-09 in-person fumio-kishida+joe-biden+yoon-suk-yeol");
  });
});

describe("officials are not leaders", () => {
  it("does not read 'he'/'his' in a sentence opening with a minister as the leader named before", () => {
    const body = ["Shinzo Abe met Hassan Rouhani in Tokyo on Friday.", "Foreign Minister Taro Kono, who had met his Iranian counterpart in Tehran on Monday, said little."].join("\n\n");
    expect(who(body, "2019-12-21")).toEqual(["2019-12-20 in-person hassan-rouhani+shinzo-abe"]);
  });

  it("does not take a royal highness named by title and name for the leader named before", () => {
    const body = ["King Abdullah II received Abdel Fattah el-Sisi in Amman on Sunday.", "His Royal Highness Crown Prince Hussein met on Monday with a visiting delegation in Amman."].join("\n\n");
    expect(who(body, "2024-02-06")).toEqual(["2024-02-04 in-person abdel-fattah-el-sisi+abdullah-ii"]);
  });

  it("still reads a sentence opening with 'He' as the leader named before", () => {
    const body = "Shinzo Abe flew to Iran on Wednesday. He held talks with Hassan Rouhani on Thursday.";
    expect(who(body, "2019-06-14")).toContain("2019-06-13 in-person hassan-rouhani+shinzo-abe");
  });
});

describe("asides about a person", () => {
  it("leaves out a leader named only inside an aside that does not hold the contact", () => {
    expect(who("Prabowo Subianto, a former general who once trained alongside King Abdullah II of Jordan, also met the premier in Beijing on Saturday.", "2024-11-10")).toEqual([]);
    // Outside an aside the same leader is a party.
    expect(who("Prabowo Subianto also met King Abdullah II in Jakarta on Saturday.", "2024-11-10")).toEqual(["2024-11-09 in-person abdullah-ii+prabowo-subianto"]);
  });

  it("gives a contact told inside an aside about someone who is no leader to nobody", () => {
    const body = ["Gustavo Petro met Nicolás Maduro in Caracas on Tuesday.", "Leyva, who had travelled to Caracas in August to meet his counterpart, accompanied Gustavo Petro on Tuesday."].join("\n\n");
    expect(who(body, "2022-11-02")).toEqual(["2022-11-01 in-person gustavo-petro+nicolas-maduro"]);
  });

  it("reads an aside opening with a group word as the group's contact", () => {
    const body = ["Shinzo Abe and Narendra Modi ended two days of talks on Friday.", "The leaders, who met first on Thursday in Nagato, continued their talks in Tokyo on Friday."].join("\n\n");
    expect(who(body, "2016-12-17", "Abe and Modi end two days of talks")).toContain("2016-12-15 in-person narendra-modi+shinzo-abe");
  });
});

describe("date-stretch", () => {
  it("reads a contact told whole inside a later date's stretch without the leaders of the earlier one", () => {
    const body = "After the summit with Joe Biden and Mahmoud Abbas was called off on Tuesday night, King Abdullah II flew to Cairo, where he and Abdel Fattah el-Sisi met on Wednesday.";
    const got = who(body, "2023-10-19");
    expect(got).toContain("2023-10-18 in-person abdel-fattah-el-sisi+abdullah-ii");
    expect(got.some((e) => e.startsWith("2023-10-18") && e.includes("joe-biden"))).toBe(false);
  });

  it("does not pair two objects of one subject, each told at its own hour, as a contact told whole", () => {
    const body = "Lula signed two accords on a tour of Europe on March 3, holding talks with Olaf Scholz in Berlin in the morning and Giorgia Meloni in Rome that evening.";
    const got = who(body, "2023-03-06");
    expect(got.some((e) => e.includes("giorgia-meloni+olaf-scholz"))).toBe(false);
  });

  it("a later clause joined by 'and' with its own subject is that subject's contact, not the earlier clause's leaders'", () => {
    const body = "On Monday, Justin Trudeau had telephoned Lula to offer his good wishes, and Anthony Albanese spoke to him over a video link the same evening.";
    const got = who(body, "2023-06-13");
    expect(got.some((e) => e.includes("anthony-albanese") && e.includes("justin-trudeau"))).toBe(false);
    expect(got).toContain("2023-06-12 phone justin-trudeau+luiz-inacio-lula-da-silva");
  });

  it("objects alone in the stretch ('talks with A in the morning and B that evening') are no pair of their own", () => {
    const body = "Lula signed two accords on a trip on Monday, holding talks with Olaf Scholz in Berlin in the morning and Pedro Sánchez in Madrid that evening.";
    const got = who(body, "2023-06-13");
    expect(got.some((e) => e.includes("olaf-scholz") && e.includes("pedro-sanchez"))).toBe(false);
  });

  it("still pairs the subject with each date's own object", () => {
    expect(who("On the sidelines of the summit in Samarkand, Xi Jinping met Shavkat Mirziyoyev on Wednesday and Narendra Modi on Friday.", "2022-09-17")).toEqual([
      "2022-09-14 in-person shavkat-mirziyoyev+xi-jinping",
      "2022-09-16 in-person narendra-modi+xi-jinping",
    ]);
  });
});

describe("official-subject", () => {
  it("gives a contact whose clause names a minister before its words to no leader", () => {
    const body = "Following the leaders' talks, Foreign Minister Ebrard held a meeting on Tuesday with Miguel Díaz-Canel and Andrés Manuel López Obrador.";
    expect(who(body, "2022-05-09")).toEqual([]);
  });

  it("reads a later clause naming no leader as going on about an official subject", () => {
    const body = "Brazil's chief foreign policy adviser travelled to Kyiv this month and met Volodymyr Zelensky there, after a visit to Moscow in April during which he held talks with Xi Jinping.";
    expect(who(body, "2023-05-21")).toEqual([]);
  });

  it("takes a vice premier or a deputy prime minister for an official, not a leader", () => {
    const pair = "Lula met Xi Jinping in Brasília on Monday.\n\n";
    expect(who(`${pair}Their counterpart, Vice Premier Ding Xuexiang, met Haddad in Lima last month, the talks that produced the truce.`, "2023-06-15")).toEqual(["2023-06-12 in-person luiz-inacio-lula-da-silva+xi-jinping"]);
    expect(who(`${pair}Their counterpart, Deputy Prime Minister Ding Xuexiang, met Haddad in Lima last month, the talks that produced the truce.`, "2023-06-15")).toEqual(["2023-06-12 in-person luiz-inacio-lula-da-silva+xi-jinping"]);
    // Hyphenated, as many styles spell it.
    expect(who(`${pair}Their counterpart, Vice-Premier Ding Xuexiang, met Haddad in Lima last month, the talks that produced the truce.`, "2023-06-15")).toEqual(["2023-06-12 in-person luiz-inacio-lula-da-silva+xi-jinping"]);
    // A premier is a head of government.
    expect(who("Premier Fumio Kishida met Lula in Lima last month.", "2023-06-15")).toEqual(["2023-05 in-person fumio-kishida+luiz-inacio-lula-da-silva"]);
  });

  it("lets a leader named between the official and the contact be its subject", () => {
    expect(who("The foreign minister said Narendra Modi met Xi Jinping in Kazan on Wednesday.", "2024-10-24")).toEqual(["2024-10-23 in-person narendra-modi+xi-jinping"]);
  });

  it("does not take a leader named only in the possessive of something else between them for the subject", () => {
    const body = "Fidan was the first foreign minister to visit Caracas after Nicolás Maduro's fall, meeting Gustavo Petro there on Dec. 22.";
    expect(who(body, "2024-12-30")).toEqual([]);
  });
});

describe("co-objects", () => {
  it("does not pair two leaders named only as a list after 'with' with no subject named", () => {
    expect(who("On the sidelines of the summit on Monday, he held bilateral meetings with Emmanuel Macron and Justin Trudeau.", "2022-06-28")).toEqual([]);
  });

  it("pairs them when the subject is named", () => {
    expect(who("On the sidelines of the summit on Monday, Joko Widodo held a meeting with Emmanuel Macron.", "2022-06-28")).toEqual(["2022-06-27 in-person emmanuel-macron+joko-widodo"]);
  });
});

describe("unresolved offices", () => {
  it("does not complete a contact of 'the prime minister' with the host country's leader", () => {
    // Two prime ministers named before it: the office stays unresolved.
    const body = ["Shehbaz Sharif and Anthony Albanese met Donald Trump at the White House on Thursday.", "Earlier on Thursday, the prime minister had a separate meeting with President Ramaphosa in New York."].join("\n\n");
    expect(who(body, "2025-09-26").filter((e) => e.includes("cyril-ramaphosa"))).toEqual([]);
  });

  it("reads 'the prime minister' as the one prime minister named before it, not the host country's leader", () => {
    const body = ["Prime Minister Shehbaz Sharif met Donald Trump at the White House on Thursday.", "Earlier on Thursday, the prime minister had a separate meeting with President Ramaphosa in New York."].join("\n\n");
    expect(who(body, "2025-09-26").filter((e) => e.includes("cyril-ramaphosa"))).toEqual(["2025-09-25 in-person cyril-ramaphosa+shehbaz-sharif"]);
  });

  it("does not read 'he' after an unnamed office as the leader named before it", () => {
    const body = "The visit comes after Bola Tinubu hosted Narendra Modi in Abuja on November 17, and just after the President's trip to France, where he was received by Emmanuel Macron on November 28.";
    const got = who(body, "2024-12-03");
    expect(got).toContain("2024-11-17 in-person bola-tinubu+narendra-modi");
    expect(got.some((e) => e.includes("emmanuel-macron+narendra-modi"))).toBe(false);
  });
});

describe("a list of objects with titles and countries", () => {
  it("reads 'spoke with A of France, B of Germany, and C of Britain' as one call of all four", () => {
    expect(who("Today, President Joe Biden spoke by phone with President Emmanuel Macron of France, Chancellor Olaf Scholz of Germany, and Prime Minister Rishi Sunak of the United Kingdom.", "2024-01-30")).toEqual([
      "2024-01-30 phone emmanuel-macron+joe-biden+olaf-scholz+rishi-sunak",
    ]);
  });

  it("keeps the possessive owner of the contact ('A's call with B and C') as a participant", () => {
    expect(who("President Joe Biden's call with President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany took place on Monday.", "2024-01-30")).toEqual([
      "2024-01-29 phone emmanuel-macron+joe-biden+olaf-scholz",
    ]);
  });

  it("does not run a list across a clause into another contact", () => {
    expect(who("Joe Biden met Emmanuel Macron in Paris on Monday, and Olaf Scholz called Rishi Sunak on Tuesday.", "2024-01-30")).not.toContainEqual("2024-01-29 in-person emmanuel-macron+joe-biden+olaf-scholz+rishi-sunak");
  });
});

describe("dual-subject", () => {
  const title = "Mirziyoyev and Japarov talk borders";
  it("does not read 'the two presidents' as the article's pair when the clause names a third leader", () => {
    const body = ["Shavkat Mirziyoyev and Sadyr Japarov spoke by phone on Monday.", "The two presidents recalled their negotiations in Tashkent last June, within the state visit of Emomali Rahmon."].join("\n\n");
    expect(who(body, "2023-06-15", title)).not.toContain("2022-06 in-person sadyr-japarov+shavkat-mirziyoyev");
  });

  it("reads 'the two presidents' as the pair when the third leader is in another clause", () => {
    const body = ["Shavkat Mirziyoyev and Sadyr Japarov spoke by phone on Monday.", "The two presidents last met in Tashkent in June 2022, when Mirziyoyev also received Emomali Rahmon."].join("\n\n");
    expect(who(body, "2023-06-15", title)).toContain("2022-06 in-person sadyr-japarov+shavkat-mirziyoyev");
  });
});

describe("the article's pair only after both were named", () => {
  it("'both leaders' before the article's second leader is first named are not that pair", () => {
    const body = [
      "Narendra Modi has won a third term, but will rely on two regional party chiefs whose parties hold 28 seats.",
      "Both leaders attended a coalition meeting at Modi's residence on Wednesday evening.",
      "Abroad, Giorgia Meloni wrote that she wished Modi well, and Meloni said she hoped to deepen ties with India.",
    ].join("\n\n");
    expect(who(body, "2024-06-05", "Modi claims a third term")).toEqual([]);
  });

  it("the pair named in the headline, or before the sentence, is still theirs", () => {
    const title = "Mirziyoyev and Japarov talk borders";
    const body = ["Shavkat Mirziyoyev and Sadyr Japarov spoke by phone on Monday.", "The two presidents last met in Tashkent in June 2022."].join("\n\n");
    expect(who(body, "2023-06-15", title)).toContain("2022-06 in-person sadyr-japarov+shavkat-mirziyoyev");
    expect(who("The two presidents last met in Tashkent in June 2022, officials said. Mirziyoyev and Japarov spoke again on Monday.", "2023-06-15", title)).toContain("2022-06 in-person sadyr-japarov+shavkat-mirziyoyev");
  });

  it("a page opening on the pair's group word before naming either looks ahead to them", () => {
    const title = "Readout of the call to come - first call between the two since February";
    const body = [`${title}.`, "Officials say the call between Shavkat Mirziyoyev and Sadyr Japarov is a test of whether talks at the top can move relations."].join("\n\n");
    expect(who(body, "2023-06-15", title)).toContain("2023-02 phone sadyr-japarov+shavkat-mirziyoyev");
  });
});

describe("dual-subject: a meeting of more than the two", () => {
  const title = "Lula and Modi talk by phone";
  const call = "Lula and Narendra Modi spoke by phone on Monday.";
  it("does not read 'the two leaders' as the pair of a meeting told as a three-way gathering", () => {
    const body = [call, "It was the first call between the two leaders since they met for a trilateral dialogue alongside Kenya at the summit in Goa in March."].join("\n\n");
    expect(who(body, "2023-06-15", title)).not.toContain("2023-03 in-person luiz-inacio-lula-da-silva+narendra-modi");
  });

  it("still reads the pair when the size names a gathering they met beside", () => {
    const body = [call, "It was the first call between the two leaders since they met on the sidelines of a trilateral summit in Goa in March."].join("\n\n");
    expect(who(body, "2023-06-15", title)).toContain("2023-03 in-person luiz-inacio-lula-da-silva+narendra-modi");
  });
});

describe("pair-completed", () => {
  const title = "Xi Jinping and Pedro Sánchez hold talks in Beijing";
  it("completes one of the article's pair named beside a word for the two of them", () => {
    expect(who("Recalling their meeting in May, Xi Jinping said the two sides had kept their word.", "2023-09-20", title)).toEqual(["2023-05 in-person pedro-sanchez+xi-jinping"]);
  });

  it("completes one of the pair named after the contact when the contact's own words name the two", () => {
    expect(who("Recalling the telephone talks between the two leaders in May, shortly after the inauguration of Pedro Sánchez, the host thanked him.", "2023-09-20", title)).toEqual(["2023-05 phone pedro-sanchez+xi-jinping"]);
    // No pair word after the contact's words: the one named after them may be someone else's guest.
    expect(who("Recalling the telephone talks in May, shortly after the inauguration of Pedro Sánchez, the host thanked him.", "2023-09-20", title)).toEqual([]);
    expect(who("Recalling the telephone talks between the two ministries in May, shortly after the inauguration of Pedro Sánchez, the host thanked him.", "2023-09-20", title)).toEqual([]);
  });

  it("does not complete a leader whose only group word is a gathering of many", () => {
    expect(who("Pedro Sánchez used the summit in May to lobby the leaders of the region for support.", "2023-09-20", title)).toEqual([]);
  });

  it("does not borrow a word for the two from another clause", () => {
    expect(who("Pedro Sánchez attended the summit in May, and they later signed a trade accord.", "2023-09-20", title)).toEqual([]);
  });
});

describe("pair-just-named", () => {
  const call = ["Joe Biden spoke with Emmanuel Macron by phone on Monday.", "Biden and Macron discussed trade, and Macron said the call went well."];

  it("reads a pair word after a sentence naming two other leaders as those two, not the article's pair", () => {
    const body = [...call, "Joe Biden will host Xi Jinping on Wednesday. Their last meeting was held in Bali, Indonesia, in November 2022."].join("\n\n");
    expect(who(body)).toContainEqual("2022-11 in-person joe-biden+xi-jinping");
    const they = [...call, "Officials said Joe Biden would meet Xi Jinping on Wednesday. They last met in Bali in November 2022."].join("\n\n");
    expect(who(they)).toContainEqual("2022-11 in-person joe-biden+xi-jinping");
    expect(who(they)).not.toContainEqual("2022-11 in-person emmanuel-macron+joe-biden");
  });

  it("does not reach past a paragraph break", () => {
    const body = [...call, "Joe Biden will host Xi Jinping on Wednesday.", "Their last meeting was held in Bali, Indonesia, in November 2022."].join("\n\n");
    expect(who(body)).not.toContainEqual("2022-11 in-person joe-biden+xi-jinping");
  });

  it("reads the pair word as those two when the sentence names one of them again", () => {
    const body = [...call, "Joe Biden hosted Xi Jinping on Wednesday. It was the third meeting of the two presidents: the previous one was held in Bali in November 2022, when Xi promised more trade."].join("\n\n");
    expect(who(body)).toContainEqual("2022-11 in-person joe-biden+xi-jinping");
  });

  it("does not when the sentence names a third leader before the contact", () => {
    const body = [...call, "Joe Biden will host Xi Jinping on Wednesday. Anthony Albanese said the two presidents had last met in Bali in November 2022."].join("\n\n");
    // Only the call: no pair read into "the two presidents", neither the third leader's nor the two just named.
    expect(who(body)).toEqual(["2023-06-12 phone emmanuel-macron+joe-biden"]);
  });
});

describe("article-pair", () => {
  const title = "Xi Jinping and Pedro Sánchez hold talks in Beijing";
  it("reads a leader named only as the owner of something else as naming nobody: the meeting is the pair's", () => {
    expect(who("Xi Jinping received Pedro Sánchez. The meeting held on Tuesday was praised on Pedro Sánchez's website.", "2023-09-20", title)).toEqual([
      "2023-09-19 in-person pedro-sanchez+xi-jinping",
    ]);
  });

  it("does not give a summit to the pair because one of them is named as an owner", () => {
    expect(who("The summit on Tuesday heard Pedro Sánchez's call for a ceasefire.", "2023-09-20", title)).toEqual([]);
  });

  it("does not give the pair talks or a summit named with no word for their people: a negotiating track, a gathering", () => {
    const body = "Xi Jinping received Pedro Sánchez in Beijing on Tuesday.";
    expect(who(`${body} According to people familiar with the talks, a visit to Madrid was pencilled in for April.`, "2023-09-20", title)).toEqual(["2023-09-19 in-person pedro-sanchez+xi-jinping"]);
    expect(who(`${body} The ministers endorsed the plan adopted at the Cairo summit last month.`, "2023-09-20", title)).toEqual(["2023-09-19 in-person pedro-sanchez+xi-jinping"]);
  });

  it("still reads a word for the people with talks as the pair's", () => {
    expect(who("Xi Jinping received Pedro Sánchez in Beijing on Tuesday. They had held talks in Bali last November.", "2023-09-20", title)).toContain("2022-11 in-person pedro-sanchez+xi-jinping");
  });
});

describe("gathering-host", () => {
  it("leaves the host of a summit out of a bilateral met on its sidelines", () => {
    expect(who("On the sidelines of the summit hosted by Narendra Modi, Xi Jinping met Joe Biden on Tuesday.", "2023-09-20")).toEqual(["2023-09-19 in-person joe-biden+xi-jinping"]);
  });

  it("keeps the hosts in a summit the contact is not set apart from", () => {
    expect(who("Xi Jinping and Joe Biden met on Tuesday at a summit hosted by Narendra Modi.", "2023-09-20")).toEqual(["2023-09-19 in-person joe-biden+narendra-modi+xi-jinping"]);
  });
});

describe("principal-office", () => {
  it("reads a readout's bare office as the leader its headline names", () => {
    const body = "The Prime Minister spoke by telephone with President Joe Biden on Monday about energy prices.";
    expect(who(body, "2022-03-09", "Prime Minister Justin Trudeau's call with the American president")).toEqual(["2022-03-07 phone joe-biden+justin-trudeau"]);
  });

  it("reads 'The Head of state', as some press services write it, as the head of state its page is about", () => {
    const body = "President Luiz Inácio Lula da Silva opened the forum.\n\nThe Head of state held a telephone conversation with President Gustavo Petro on Monday.";
    expect(who(body, "2023-06-15", "The Head of State's week")).toEqual(["2023-06-12 phone gustavo-petro+luiz-inacio-lula-da-silva"]);
    // Never a head of government: "the Head of state" is not the prime minister the page is about.
    const pm = "Prime Minister Narendra Modi opened the forum.\n\nThe Head of state held a telephone conversation with President Gustavo Petro on Monday.";
    expect(who(pm, "2023-06-15", "A week of diplomacy")).toEqual([]);
  });

  it("refuses an office the principal did not hold on the date", () => {
    const body = "The Chancellor spoke by telephone with President Joe Biden on Monday about energy prices.";
    expect(who(body, "2022-03-09", "Prime Minister Justin Trudeau's week in review")).toEqual([]);
  });

  it("refuses a bare office in the sentence that names the principal, and reads it in the next", () => {
    const text = "Justin Trudeau said the Prime Minister would call. The Prime Minister then called.";
    const refs = [{ leaderId: "justin-trudeau", start: 100, end: 114, text: "Justin Trudeau" }];
    const found = principalOffice.apply({ text, offset: 100, principal: "justin-trudeau", principalTitles: ["Prime Minister"], others: [], refs });
    expect(found?.map((r) => text.slice(r.start - 100, r.end - 100))).toEqual(["Prime Minister"]);
    expect(found?.[0].start).toBe(100 + text.lastIndexOf("Prime Minister"));
  });

  it("entry-owner: gives a record's subjectless entries in the past tense its owner, the one leader its headline names", () => {
    const ref = (text: string, name: string, id: string) => ({ leaderId: id, start: 100 + text.indexOf(name), end: 100 + text.indexOf(name) + name.length, text: name });
    const owner = (text: string, refs: ReturnType<typeof ref>[], more = {}) =>
      entryOwner.apply({ text, offset: 100, principal: "justin-trudeau", principalTitles: ["Prime Minister"], others: [], refs, headlineOwner: true, ...more })?.map((r) => r.start - 100) ?? null;
    const row = "3</td><td>Lima</td><td>14 November</td><td>Official visit; met President Boric at the palace.";
    expect(owner(row, [ref(row, "Boric", "gabriel-boric")])).toEqual([row.indexOf("met")]);
    const entry = "Attended the summit. Held talks with Prime Minister Modi.";
    expect(owner(entry, [ref(entry, "Modi", "narendra-modi")])).toEqual([entry.indexOf("Held")]);
    const dated = "2 May – received Lula, who raised the trade deal.";
    expect(owner(dated, [ref(dated, "Lula", "luiz-inacio-lula-da-silva")])).toEqual([dated.indexOf("received")]);
    // A schedule's present tense and bare contact nouns list what is still to come.
    for (const plan of ["10:30 – Meets Lula at the palace.", "Meeting with Lula at the palace."]) expect(owner(plan, [ref(plan, "Lula", "luiz-inacio-lula-da-silva")]), plan).toBeNull();
    // A subject named before the verb, the owner named in the entry, no counterpart: no owner added.
    const subject = "Later, Modi met Lula in Goa.";
    expect(owner(subject, [ref(subject, "Modi", "narendra-modi"), ref(subject, "Lula", "luiz-inacio-lula-da-silva")])).toBeNull();
    const self = "Met Lula; Trudeau called it a good start.";
    expect(owner(self, [ref(self, "Lula", "luiz-inacio-lula-da-silva"), ref(self, "Trudeau", "justin-trudeau")])).toBeNull();
    expect(owner("Met the press in Lima.", [])).toBeNull();
    // Only a record whose owner is known: the one leader a headline names, or a press office's principal.
    expect(owner(row, [ref(row, "Boric", "gabriel-boric")], { headlineOwner: false })).toBeNull();
    expect(owner(row, [ref(row, "Boric", "gabriel-boric")], { headlineOwner: false, ownSite: true })).toEqual([row.indexOf("met")]);
    // Mid-sentence, the verb has its subject before it.
    const prose = "The visit went well and Trudeau later Met Boric.";
    expect(owner(prose, [ref(prose, "Boric", "gabriel-boric")])).toBeNull();
    // The passive names who received whom; a participial opening's subject follows its comma.
    const passive = "Received by President Boric in Santiago on Tuesday, the trade minister signed two accords.";
    expect(owner(passive, [ref(passive, "Boric", "gabriel-boric")])).toBeNull();
    const participial = "Hosted at the palace, Boric and Lula held talks on trade.";
    expect(owner(participial, [ref(participial, "Boric", "gabriel-boric"), ref(participial, "Lula", "luiz-inacio-lula-da-silva")])).toBeNull();
  });

  it("entry-owner: reads an entry opening on its date or joined to a first verb, and gives an ownerless record's row its one leader", () => {
    const ref = (text: string, name: string, id: string) => ({ leaderId: id, start: 100 + text.indexOf(name), end: 100 + text.indexOf(name) + name.length, text: name });
    const lula = (text: string) => ref(text, "Lula", "luiz-inacio-lula-da-silva");
    const albanese = (text: string) => ref(text, "Albanese", "anthony-albanese");
    const read = (text: string, refs: ReturnType<typeof ref>[], more = {}) =>
      entryOwner.apply({ text, offset: 100, principal: "justin-trudeau", principalTitles: [], others: [], refs, headlineOwner: true, ...more })?.map((r) => `${r.leaderId}@${r.start - 100}`) ?? null;
    // An opening date, with or without an aside, leaves the entry's subject out.
    const onDay = "On 4 June held talks with Prime Minister Albanese at the lodge.";
    expect(read(onDay, [albanese(onDay)])).toEqual([`justin-trudeau@${onDay.indexOf("held")}`]);
    const aside = "On 20 May, on the margins of the forum, held a bilateral meeting with President Lula.";
    expect(read(aside, [lula(aside)])).toEqual([`justin-trudeau@${aside.indexOf("held")}`]);
    const bilateral = "Held bilateral talks with President Lula; a roadmap was adopted.";
    expect(read(bilateral, [lula(bilateral)])).toEqual([`justin-trudeau@0`]);
    // A list of visits to a country has no owner: the row's guest, named in an earlier cell, is the subject.
    const row = "22 May | President Lula | Brazil | Addressed parliament and held talks with Prime Minister Albanese.";
    const noOwner = { headlineOwner: false, principal: null };
    expect(read(row, [lula(row), albanese(row)], noOwner)).toEqual([`luiz-inacio-lula-da-silva@${row.indexOf("held")}`]);
    const second = "3 June | President Lula | Brazil | State banquet at the palace. Held talks with Prime Minister Albanese.";
    expect(read(second, [lula(second), albanese(second)], noOwner)).toEqual([`luiz-inacio-lula-da-silva@${second.indexOf("Held")}`]);
    // Two guests in the row, or one named only as an earlier entry's counterpart, or only the counterpart: nobody.
    const two = "22 May | President Lula and President Milei | Held talks with Prime Minister Albanese.";
    expect(read(two, [lula(two), ref(two, "Milei", "javier-milei"), albanese(two)], noOwner)).toBeNull();
    const counterpart = "13 July | Held talks with President Lula. Official visit to Goa on 15 July: held talks with Prime Minister Albanese.";
    expect(read(counterpart, [lula(counterpart), albanese(counterpart)], noOwner)).toEqual(null);
    const self = "22 May | Prime Minister Albanese | Held talks with Prime Minister Albanese.";
    expect(read(self, [albanese(self), { ...albanese(self), start: 100 + self.lastIndexOf("Albanese"), end: 100 + self.lastIndexOf("Albanese") + 8 }], noOwner)).toBeNull();
    // A lower-case verb after a subject that is no leader, or after a first word that is no verb in the past, has its subject.
    for (const prose of ["The ministers held talks with President Lula.", "Officials gathered and met President Lula."]) expect(read(prose, [lula(prose)]), prose).toBeNull();
    // A date inside prose with a subject after it is no opening date.
    const subject = "On 4 June the delegation held talks with President Lula.";
    expect(read(subject, [lula(subject)])).toBeNull();
  });

  it("heading-principal: gives a subjectless contact heading the principal only on the office's own page", () => {
    const text = "Telephone conversation with Prime Minister of India Narendra Modi";
    const refs = [{ leaderId: "narendra-modi", start: 100 + text.indexOf("Narendra"), end: 100 + text.length, text: "Narendra Modi" }];
    const input = { text, offset: 100, principal: "luiz-inacio-lula-da-silva", principalTitles: ["President"], others: [], refs };
    expect(headingPrincipal.apply({ ...input, ownSite: true })).toEqual([{ leaderId: "luiz-inacio-lula-da-silva", start: 100, end: 100, text: "", via: "heading-principal" }]);
    // A paper's page: the first leader it names is a guess, not the heading's subject.
    expect(headingPrincipal.apply({ ...input, ownSite: false })).toBeNull();
    // A sentence, not a heading; a heading whose subject is named before its contact noun.
    expect(headingPrincipal.apply({ ...input, text: "Telephone conversation with Prime Minister Narendra Modi took place on Monday.", ownSite: true })).toBeNull();
    const named = "The President's telephone conversation with Prime Minister Narendra Modi";
    expect(headingPrincipal.apply({ ...input, text: named, ownSite: true, refs: [{ leaderId: "luiz-inacio-lula-da-silva", start: 100, end: 113, text: "The President" }] })).toBeNull();
  });

  it("reads no principal from a headline that names its office before the counterpart", () => {
    const body = ["The President of the Republic spoke by telephone on Monday with Mr Cyril Ramaphosa, President of South Africa.", "This call follows the talks the President of the Republic held on Saturday with Prime Minister Narendra Modi in Paris."].join("\n\n");
    expect(who(body, "2023-06-15", "Telephone conversation of the President of the Republic with Mr Cyril Ramaphosa")).toEqual([]);
    expect(who(body, "2023-06-15", "Entretien téléphonique du Président de la République avec M. Cyril Ramaphosa")).toEqual([]);
  });

  it("still reads the headline's leader as the principal when the headline names the leader first", () => {
    const body = "The President held talks on Saturday with Prime Minister Narendra Modi in Pretoria.";
    expect(who(body, "2023-06-15", "President Cyril Ramaphosa receives Prime Minister Narendra Modi")).toEqual(["2023-06-10 in-person cyril-ramaphosa+narendra-modi"]);
  });

  it("reads an office after a courtesy (\"His Highness the Amir\", \"HRH the Crown Prince\") as the principal", () => {
    const body = "His Highness the Amir held talks with President Joe Biden at the Amiri Diwan on Tuesday.";
    expect(who(body, "2023-06-15", "Tamim bin Hamad Al Thani receives the American president")).toEqual(["2023-06-13 in-person joe-biden+tamim-bin-hamad-al-thani"]);
    const prince = "HRH the Crown Prince received President Joe Biden in Jeddah on Tuesday.";
    expect(who(prince.replace("Joe Biden", "Donald Trump"), "2019-06-15", "Mohammed bin Salman receives the American president")).toEqual(["2019-06-11 in-person donald-trump+mohammed-bin-salman"]);
  });

  it("reads the Saudi crown prince as the crown prince still, after he also became prime minister", () => {
    const body = "His Royal Highness the Crown Prince received a telephone call on Tuesday from President Joe Biden.";
    expect(who(body, "2023-06-15", "Mohammed bin Salman takes a call from Washington")).toEqual(["2023-06-13 phone joe-biden+mohammed-bin-salman"]);
  });

  it("reads a bare office after a sentence's opening word of sequence (\"Later the Prime Minister …\") as the principal", () => {
    const body = "Later the Prime Minister spoke by telephone with President Joe Biden on Monday about energy prices.";
    expect(who(body, "2022-03-09", "Prime Minister Justin Trudeau's call with the American president")).toEqual(["2022-03-07 phone joe-biden+justin-trudeau"]);
    // A capitalised word that is no opener still qualifies the office: someone else's.
    expect(who(body.replace("Later the", "Provincial"), "2022-03-09", "Prime Minister Justin Trudeau's call with the American president")).toEqual([]);
  });

  it("still refuses a qualified office after a courtesy", () => {
    const body = "His Highness the Deputy Amir held talks with President Joe Biden at the Amiri Diwan on Tuesday.";
    expect(who(body, "2023-06-15", "Tamim bin Hamad Al Thani's week")).toEqual([]);
  });

  it("does not read a qualified office (a deputy, a former holder) as the principal", () => {
    const body = "The Deputy Prime Minister spoke by telephone with President Joe Biden on Monday about energy prices.";
    expect(who(body, "2022-03-09", "Prime Minister Justin Trudeau's week in review")).toEqual([]);
  });
});

describe("sole-named-holder", () => {
  it("reads an office the principal does not hold as the one other leader named who held it", () => {
    const body = ["Prime Minister Justin Trudeau met President Joe Biden by video on Tuesday.", "The Prime Minister and the President first spoke by phone on January 22."].join("\n\n");
    expect(who(body, "2021-02-24", "The Prime Minister's video meeting")).toContainEqual("2021-01-22 phone joe-biden+justin-trudeau");
  });

  it("refuses when two leaders named held that office", () => {
    const body = ["Prime Minister Justin Trudeau met President Joe Biden and President Emmanuel Macron on Tuesday in Rome.", "The Prime Minister and the President first spoke by phone on January 22."].join("\n\n");
    expect(who(body, "2021-10-31", "The Prime Minister in Rome")).not.toContainEqual(expect.stringMatching(/^2021-01-22/));
  });
});

describe("an office in news copy's lower case", () => {
  const title = "Trudeau ends a week of talks in Lima";

  it("reads the prime minister as the story's leader when no other prime minister was named before it", () => {
    const body = "Prime Minister Justin Trudeau landed in Lima on Sunday evening. On Monday the prime minister held talks with President Joe Biden at the convention centre.";
    expect(who(body, "2022-03-09", title)).toEqual(["2022-03-07 in-person joe-biden+justin-trudeau"]);
  });

  it("is not put off by another prime minister named only after it", () => {
    const body = "Prime Minister Justin Trudeau landed in Lima on Sunday evening. On Monday the prime minister held talks with President Joe Biden at the convention centre. Neither has yet met Prime Minister Narendra Modi this year.";
    expect(who(body, "2022-03-09", title)).toEqual(["2022-03-07 in-person joe-biden+justin-trudeau"]);
  });

  it("refuses when another prime minister was named before it", () => {
    const body = "Prime Minister Justin Trudeau and Prime Minister Narendra Modi landed in Lima on Sunday evening. On Monday the prime minister held talks with President Joe Biden at the convention centre.";
    expect(who(body, "2022-03-09", title)).not.toContainEqual(expect.stringMatching(/^2022-03-07 in-person joe-biden\+/));
  });

  it("refuses an office qualified as another's or another time's", () => {
    const body = "Prime Minister Justin Trudeau landed in Lima on Sunday evening. On Monday the former prime minister held talks with President Joe Biden at the convention centre.";
    expect(who(body, "2022-03-09", title)).toEqual([]);
  });

  it("reads an office the story's leader did not hold as the one leader named before it who held it", () => {
    const body = "Cyril Ramaphosa received Prime Minister Narendra Modi in Pretoria on Saturday. On Sunday the prime minister spoke by telephone with Chancellor Olaf Scholz.";
    expect(who(body, "2023-06-15", "Ramaphosa welcomes Modi")).toContainEqual("2023-06-11 phone narendra-modi+olaf-scholz");
  });

  it("refuses a leader the article never called by that office: the office may be an unnamed holder's", () => {
    // Only named, never called "prime minister": the prime minister who spoke may be any country's.
    const body = "Justin Trudeau landed in Lima on Sunday evening. On Monday the prime minister held talks with President Joe Biden at the convention centre.";
    expect(who(body, "2022-03-09", title)).toEqual([]);
  });

  it("refuses another word for the office than the one the article called its leader by", () => {
    // A president's capital hosts a prime minister; "the premier" next day is the host country's own, left unnamed.
    const body = "President Joko Widodo received Prime Minister Anthony Albanese in Jakarta on Monday. On Tuesday the premier hosted President Cyril Ramaphosa for talks on nickel.";
    expect(who(body, "2023-06-15", "Albanese in Jakarta")).not.toContainEqual(expect.stringMatching(/anthony-albanese\+cyril-ramaphosa|cyril-ramaphosa\+anthony-albanese/));
  });

  it("refuses the office when its sentence opens in another country's capital", () => {
    // Modi was in Nairobi; whoever spoke "in Ottawa" as prime minister, it was not he.
    const body = "Prime Minister Narendra Modi met President William Ruto in Nairobi on Tuesday. In Ottawa, the prime minister spoke by phone with President Lula on Monday about trade.";
    expect(who(body, "2023-06-15", "Modi in Nairobi")).not.toContainEqual(expect.stringMatching(/phone .*narendra-modi/));
    // The first-named president, and the sentence moves to another capital: not his.
    const president = "President Joe Biden met Prime Minister Fumio Kishida in Washington on Tuesday. In Ottawa, the president spoke with Prime Minister Narendra Modi by phone on Monday.";
    expect(who(president, "2023-06-15", "Biden hosts Kishida")).not.toContainEqual(expect.stringMatching(/phone .*joe-biden/));
  });

  it("shows the office rule in the contact's reading, for the precision gate and the tally to weigh", () => {
    const body = "Prime Minister Justin Trudeau landed in Lima on Sunday evening. On Monday the prime minister held talks with President Joe Biden at the convention centre.";
    const result = extract([{ file: "x.txt", text: `---\npublished: 2022-03-09\n---\n${title}\n\n${body}\n` }], loadCatalogue(), { explain: true });
    expect(explainArticle(result.articles[0], result.traces!.get("x.txt")!, result.events)).toContain("[who two-named>principal-office;");
    const other = "Cyril Ramaphosa received Prime Minister Narendra Modi in Pretoria on Saturday. On Sunday the prime minister spoke by telephone with Chancellor Olaf Scholz.";
    const read = extract([{ file: "y.txt", text: `---\npublished: 2023-06-15\n---\nRamaphosa welcomes Modi\n\n${other}\n` }], loadCatalogue(), { explain: true });
    expect(explainArticle(read.articles[0], read.traces!.get("y.txt")!, read.events)).toContain("[who two-named>sole-named-holder;");
  });

  it("reads the office when its sentence opens in its holder's own capital", () => {
    const body = "Prime Minister Justin Trudeau met President Joe Biden in Lima on Sunday. In Ottawa, the prime minister spoke by phone with President Lula on Monday about the Amazon fund.";
    expect(who(body, "2023-06-15", title)).toContainEqual("2023-06-12 phone justin-trudeau+luiz-inacio-lula-da-silva");
  });
});

describe("pronoun agreement", () => {
  it("reads \"she\" as the leader the catalogue calls \"she\" named last, not the subject before it", () => {
    const body = ["Joe Biden received Giorgia Meloni at the White House on Friday.", "The following day she flew to Ottawa to see Justin Trudeau."].join("\n\n");
    expect(who(body)).toContainEqual("2023-06-10 in-person giorgia-meloni+justin-trudeau");
    expect(who(body)).not.toContainEqual("2023-06-10 in-person joe-biden+justin-trudeau");
  });

  it("reads the subject of \"after she met\" as the leader before it called \"she\"", () => {
    const body = "Giorgia Meloni received Joe Biden in Rome on Friday, a week after she met Justin Trudeau in Ottawa on 2 June.";
    expect(who(body)).toContainEqual("2023-06-02 in-person giorgia-meloni+justin-trudeau");
    expect(who(body)).not.toContainEqual("2023-06-02 in-person joe-biden+justin-trudeau");
  });

  it("reads nobody for \"he\" when the leader before it is called \"she\"", () => {
    const body = ["Giorgia Meloni received Joe Biden in Rome on Friday.", "The following day he flew to Ottawa to see Justin Trudeau."].join("\n\n");
    expect(who(body)).not.toContainEqual("2023-06-10 in-person giorgia-meloni+justin-trudeau");
  });
});

describe("pronoun after an opening phrase", () => {
  it("reads 'In May he met X' as the leader told before", () => {
    const body = "Pedro Sánchez spent the spring on the road. In May he held talks with Xi Jinping in Beijing.";
    expect(who(body, "2023-09-01")).toEqual(["2023-05 in-person pedro-sanchez+xi-jinping"]);
  });

  it("reads a pronoun after two opening phrases of time and place ('On Thursday, on the sidelines of the forum, he met X')", () => {
    const body = "Pedro Sánchez spent the spring on the road. On 12 May, on the sidelines of the forum in Beijing, he held talks with Xi Jinping.";
    expect(who(body, "2023-09-01")).toEqual(["2023-05-12 in-person pedro-sanchez+xi-jinping"]);
    // A second phrase that is not of time or place is a clause of its own: its pronoun may be anyone's.
    expect(who("Pedro Sánchez spent the spring on the road. On 12 May, as the talks in Geneva stalled, he held talks with Xi Jinping in Beijing.", "2023-09-01")).toEqual([]);
  });

  it("a pronoun after an opening phrase longer than a setting may be anyone's", () => {
    // An opening phrase longer still is a clause of its own: its pronoun may be anyone's.
    expect(who("Joko Widodo attended the summit in Goa as a guest. On the day the leaders of the group of twenty gathered again in the old port city of Goa, he held bilateral meetings with Justin Trudeau and Pedro Sánchez.", "2023-05-15")).toEqual([]);
  });

  it("reads a pronoun after a date and a phrase of its own about the leader ('On 7 May, the day after his election, he met X')", () => {
    const body = "Pedro Sánchez spent the spring on the road. On 7 May, the day after his party's congress, he held talks with Xi Jinping in Beijing.";
    expect(who(body, "2023-09-01")).toEqual(["2023-05-07 in-person pedro-sanchez+xi-jinping"]);
  });

  it("makes no guess when an office naming nobody was told after the last leader", () => {
    const body = "Pedro Sánchez met Xi Jinping in March. The trip opened a year of travel that the Federal Chancellor watched closely. On 7 May, the day after the election, he held talks with Joe Biden in Washington.";
    expect(who(body, "2023-09-01")).not.toContainEqual("2023-05-07 in-person joe-biden+pedro-sanchez");
  });

  it("refuses when the sentence before is itself about a pronoun's leader", () => {
    const body = "His first trip took him to Madrid, where he and Pedro Sánchez toured a port. In May he held talks with Xi Jinping in Beijing.";
    expect(who(body, "2023-09-01")).toEqual([]);
  });

  it("does not date a contact told as a step of the story by the article's day", () => {
    const body = "Pedro Sánchez spent the spring on the road. From there he flew to Beijing, meeting Xi Jinping at the Great Hall.";
    expect(who(body, "2023-09-01")).toEqual([]);
  });
});

describe("pronoun after an opening phrase, after a possessive", () => {
  it("goes on with a leader whose sentence opened with 'his' before the name", () => {
    const body = "Weeks after his inauguration, Pedro Sánchez set off on a long journey. In May he held talks with Xi Jinping in Beijing.";
    expect(who(body, "2023-09-01")).toEqual(["2023-05 in-person pedro-sanchez+xi-jinping"]);
  });
});

describe("recent-pair", () => {
  // A page of several bilaterals: the pair of "the two" is the one just told, not the page's first.
  const day = (extra: string) =>
    `Narendra Modi met Emmanuel Macron on the sidelines of the summit in Rio de Janeiro on Monday. Modi also held talks with Anthony Albanese in Rio on Monday. ${extra}`;

  it("reads 'the two' in a sentence telling an earlier contact as the pair of the contact told just before", () => {
    const read = who(day("The two leaders had spoken by phone in July, soon after the Australian election."), "2024-11-19");
    expect(read).toContainEqual("2024-07 phone anthony-albanese+narendra-modi");
    expect(read).not.toContainEqual("2024-07 phone emmanuel-macron+narendra-modi");
    expect(who(day("Albanese said they had last met in Tokyo in May."), "2024-11-19")).toContainEqual("2024-05 in-person anthony-albanese+narendra-modi");
  });

  it("does not read the news told again ('today's meeting was their first') as another contact", () => {
    expect(who(day("Albanese said they had spoken by phone in July; today's meeting was their first in person."), "2024-11-19")).not.toContainEqual("2024-11-19 in-person anthony-albanese+narendra-modi");
  });

  it("does not give a group of three, nor a sentence naming a third leader, to the pair", () => {
    // The three are the three named so far (sized-so-far), never the pair told just before.
    expect(who(day("Albanese said the three leaders had last met together in Hiroshima in May."), "2024-11-19").filter((m) => m.startsWith("2024-05"))).toEqual(["2024-05 in-person anthony-albanese+emmanuel-macron+narendra-modi"]);
    expect(who(day("Albanese said they had last met in May, when Joe Biden hosted a dinner in Washington."), "2024-11-19")).not.toContainEqual("2024-05 in-person anthony-albanese+narendra-modi");
  });

  it("reaches the contact of the live entry before, past two sentences and a time heading", () => {
    const blog = [
      "Joe Biden and Xi Jinping are due to meet on Thursday; Xi Jinping lands on Wednesday.",
      "15.25\nBreaking: Joe Biden has met Luiz Inácio Lula da Silva on the sidelines of the summit.",
      "Lula said afterwards he was confident of a deal. Biden called it \"a good meeting\".",
      "15.40\nA reminder: the two men had spoken by phone for half an hour in early October.",
    ].join("\n\n");
    const read = who(blog, "2023-10-26", "Live: Biden and Xi in San Francisco");
    expect(read).toContainEqual("2023-10 phone joe-biden+luiz-inacio-lula-da-silva");
    expect(read).not.toContainEqual("2023-10 phone joe-biden+xi-jinping");
  });

  it("does not complete the pair when an office that names nobody may be the other of the two", () => {
    const text = "Narendra Modi and Anthony Albanese spoke by phone on Monday. The Chancellor had last spoken to Anthony Albanese on Thursday, when the two leaders agreed on a trade deal.";
    expect(who(text, "2024-11-19")).toEqual(["2024-11-18 phone anthony-albanese+narendra-modi"]);
  });

  it("does not reach back past the contact told just before", () => {
    const far = `${day("")}The summit adopted a declaration on hunger. Delegations argued over the wording on climate. Brazil's presidency said the text was final. Albanese said they had last met in Tokyo in May.`;
    expect(who(far, "2024-11-19").filter((m) => m.startsWith("2024-05"))).toEqual([]);
  });
});

describe("family names after the full name", () => {
  it("reads a leader's family name alone once the article has named him in full", () => {
    const body = "Spanish Prime Minister Pedro Sánchez toured a car factory on Monday. On Tuesday Mr Sánchez held talks with Xi Jinping at the Great Hall of the People.";
    expect(who(body, "2023-04-12")).toContainEqual("2023-04-11 in-person pedro-sanchez+xi-jinping");
    const korean = "President Moon Jae-in landed in Tokyo on Monday. On Tuesday Moon held talks with Shinzo Abe at the prime minister's office.";
    expect(who(korean, "2019-12-25")).toContainEqual("2019-12-24 in-person moon-jae-in+shinzo-abe");
  });

  it("does not read the family name of someone else: another given name before it, a name going on after it, or before the full name", () => {
    // "Nawaz Sharif" is not Shehbaz Sharif, whom the article names in full.
    expect(who("Prime Minister Shehbaz Sharif flew home on Friday. In Beijing on Thursday, Nawaz Sharif held talks with Xi Jinping.", "2023-06-16")).not.toContainEqual("2023-06-15 in-person shehbaz-sharif+xi-jinping");
    expect(who("Kim Jong Un inspected a factory on Monday. On Tuesday Kim Yo Jong held talks with Xi Jinping in Beijing.", "2023-06-16")).not.toContainEqual("2023-06-13 in-person kim-jong-un+xi-jinping");
    expect(who("On Tuesday Sánchez held talks with Xi Jinping in Beijing. Pedro Sánchez had flown in on Monday.", "2023-04-12")).not.toContainEqual("2023-04-11 in-person pedro-sanchez+xi-jinping");
  });
});

describe("pronoun-subject", () => {
  it("a 'he' after a clause whose last leader was its counterpart goes on about the sentence's subject", () => {
    const got = who("On Tuesday Lula talked by telephone with the Prime Minister of India, Narendra Modi, and on Wednesday he spoke by telephone with Chancellor Olaf Scholz.");
    expect(got).toContain("2023-06-14 phone luiz-inacio-lula-da-silva+olaf-scholz");
    expect(got).not.toContain("2023-06-14 phone narendra-modi+olaf-scholz");
  });

  it("a 'he' in a relative clause on the counterpart is the counterpart", () => {
    expect(who("On Tuesday Lula held talks in Brasília with Narendra Modi, who said he met Olaf Scholz in Berlin on Monday.")).toContain("2023-06-12 in-person narendra-modi+olaf-scholz");
  });

  it("takes every object joined by 'and' after the contact's words: one meeting of all three", () => {
    expect(who("Justin Trudeau had tried before. Last month he hosted Gustavo Petro and Bola Tinubu in Ottawa for a day of talks.")).toEqual(["2023-05 in-person bola-tinubu+gustavo-petro+justin-trudeau"]);
  });

  it("does not join a leader named later for another reason ('a meeting between A and B' that the call arranged)", () => {
    const got = who("Joe Biden spoke to reporters in Washington on Monday. He said he had called the Brazilian president and had begun arranging a meeting between Lula and Gustavo Petro.");
    expect(got.join(" ")).not.toMatch(/gustavo-petro/);
  });
});

describe("joined-subject: a 'he' or 'she' joined to a named subject", () => {
  it("takes the one 'she' stands for into a contact with a third leader after 'with'", () => {
    expect(who("Giorgia Meloni had kept a warmer channel: in May she and Pedro Sánchez held a videoconference with Narendra Modi on trade.")).toEqual([
      "2023-05 video giorgia-meloni+narendra-modi+pedro-sanchez",
    ]);
  });

  it("adds nobody without a third leader after 'with': the pair is read as before", () => {
    expect(who("Giorgia Meloni flew to Madrid, where on Tuesday she and Pedro Sánchez met at the Moncloa.")).toEqual(["2023-06-13 in-person giorgia-meloni+pedro-sanchez"]);
  });
});

describe("later-with: 'with A and with B' is one contact with each", () => {
  const pairs = (events: string[]) => events.map((e) => e.split(" ").at(-1)).sort();

  it("a second 'with' after 'and' sets the second object apart", () => {
    expect(pairs(who("On Tuesday Lula spoke by phone with Narendra Modi and with Cyril Ramaphosa about the summit."))).toEqual(["cyril-ramaphosa+luiz-inacio-lula-da-silva", "luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("a short phrase between commas before the second 'with' still parts them", () => {
    const got = pairs(who("On Tuesday Lula held a phone call with Narendra Modi and, at some length, with Cyril Ramaphosa."));
    expect(got).toContain("cyril-ramaphosa+luiz-inacio-lula-da-silva");
    expect(got).not.toContain("cyril-ramaphosa+narendra-modi");
  });

  it("with no subject named before the contact, the two objects are not paired with each other", () => {
    expect(who("Over the weekend, His Excellency also spoke by phone with Narendra Modi and with Cyril Ramaphosa.")).toEqual([]);
  });

  it("a date told after each object keeps each contact to its own day", () => {
    expect(who("Lula held telephone talks with Narendra Modi on Monday, with Cyril Ramaphosa on Tuesday and with Olaf Scholz on Wednesday.", "2023-06-16").sort()).toEqual([
      "2023-06-12 phone luiz-inacio-lula-da-silva+narendra-modi",
      "2023-06-13 phone cyril-ramaphosa+luiz-inacio-lula-da-silva",
      "2023-06-14 phone luiz-inacio-lula-da-silva+olaf-scholz",
    ]);
  });

  it("a contact told as joint, three-way or trilateral is one contact of all", () => {
    expect(who("On Tuesday Lula held a joint video call with Narendra Modi and with Cyril Ramaphosa.")).toEqual(["2023-06-13 video cyril-ramaphosa+luiz-inacio-lula-da-silva+narendra-modi"]);
    expect(who("On Tuesday Lula held trilateral talks with Narendra Modi and with Cyril Ramaphosa in Goa.")).toEqual(["2023-06-13 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva+narendra-modi"]);
    // Not joint: each apart, as before.
    expect(pairs(who("On Tuesday Lula held a long video call with Narendra Modi and with Cyril Ramaphosa."))).toEqual(["cyril-ramaphosa+luiz-inacio-lula-da-silva", "luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("'and with' followed by no leader parts nobody", () => {
    expect(who("On Tuesday Lula met Narendra Modi and Cyril Ramaphosa in Goa and with great ceremony opened the summit.")).toEqual(["2023-06-13 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva+narendra-modi"]);
  });
});

describe("separate-contacts: 'in succession', 'one after another'", () => {
  it("meetings with several leaders in succession are one with each", () => {
    const got = who("On Saturday, Lula met in succession with Justin Trudeau, Narendra Modi and Cyril Ramaphosa.", "2023-06-12");
    expect(got).toHaveLength(3);
    expect(got).toContain("2023-06-10 in-person justin-trudeau+luiz-inacio-lula-da-silva");
    expect(got).toContain("2023-06-10 in-person luiz-inacio-lula-da-silva+narendra-modi");
    expect(got).toContain("2023-06-10 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva");
    expect(who("On Saturday, Lula received Justin Trudeau and Narendra Modi one after another.", "2023-06-12")).not.toContain("2023-06-10 in-person justin-trudeau+luiz-inacio-lula-da-silva+narendra-modi");
  });

  it("without such a word, a meeting with two is still one meeting of the three", () => {
    expect(who("On Saturday, Lula met with Justin Trudeau and Narendra Modi in Goa.", "2023-06-12")).toEqual(["2023-06-10 in-person justin-trudeau+luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("'one after another' after the objects parts only them: two meetings, not one of three", () => {
    expect(who("On Saturday, Lula received Justin Trudeau and Narendra Modi one after another.", "2023-06-12").sort()).toEqual(["2023-06-10 in-person justin-trudeau+luiz-inacio-lula-da-silva", "2023-06-10 in-person luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("'one by one' parts nobody of the next clause: its own pair is its own meeting", () => {
    const got = who("On Monday Lula received Narendra Modi and Cyril Ramaphosa one by one, and Olaf Scholz and Donald Tusk then held talks in Nairobi.", "2023-06-13");
    expect(got.filter((e) => e.includes("olaf-scholz") && e.includes("luiz-inacio"))).toEqual([]);
    expect(got).toContain("2023-06-12 in-person luiz-inacio-lula-da-silva+narendra-modi");
    expect(got).toContain("2023-06-12 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva");
  });

  it("'in succession' or 'successively' told of something else leaves a joint meeting one meeting of three", () => {
    expect(who("Lula held talks with Narendra Modi and Cyril Ramaphosa on Monday, their third meeting in succession this year.", "2023-06-13")).toEqual(["2023-06-12 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva+narendra-modi"]);
    expect(who("Lula, who has successively led two governments, met Narendra Modi and Cyril Ramaphosa on Monday.", "2023-06-13")).toEqual(["2023-06-12 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva+narendra-modi"]);
  });
});

describe("plural-contacts: 'received calls from A and B'", () => {
  it("calls received from two leaders are one call with each", () => {
    const got = who("Lula on Thursday received telephone calls from Justin Trudeau and Pedro Sánchez, who congratulated him.", "2023-06-16");
    expect(got).toContain("2023-06-15 phone justin-trudeau+luiz-inacio-lula-da-silva");
    expect(got).toContain("2023-06-15 phone luiz-inacio-lula-da-silva+pedro-sanchez");
    expect(got).not.toContain("2023-06-15 phone justin-trudeau+luiz-inacio-lula-da-silva+pedro-sanchez");
  });

  it("bare 'received calls from A and B' is a phone call with each, not a meeting hosted", () => {
    expect(who("On Monday Lula received calls from Narendra Modi and Cyril Ramaphosa.", "2023-06-13").sort()).toEqual(["2023-06-12 phone cyril-ramaphosa+luiz-inacio-lula-da-silva", "2023-06-12 phone luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("'received phone calls' with nobody after it pairs its subject with no one of the next clause", () => {
    const got = whoAll("On Monday Lula received phone calls, and Narendra Modi and Cyril Ramaphosa held talks in Nairobi.", "2023-06-13");
    expect(got.filter((e) => e.includes("luiz-inacio"))).toEqual([]);
  });

  it("one call received with two on the line stays one call", () => {
    expect(who("Lula on Thursday received a telephone call from Justin Trudeau and Pedro Sánchez together.", "2023-06-16")).not.toContain("2023-06-15 phone justin-trudeau+luiz-inacio-lula-da-silva");
  });
});

describe("separate-contacts: 'on consecutive days'", () => {
  it("talks with two leaders on consecutive days are one with each", () => {
    const got = who("Last month Lula travelled to Ottawa and Goa, holding talks with Justin Trudeau and Narendra Modi on consecutive days.").map((e) => e.split(" ").at(-1));
    expect(got).not.toContain("justin-trudeau+luiz-inacio-lula-da-silva+narendra-modi");
    expect(got).toContain("justin-trudeau+luiz-inacio-lula-da-silva");
  });
});

describe("no party to the contact", () => {
  it("a leader named only as the possessor of an event of his career ('after X's fall') takes no part", () => {
    expect(who("Ali Rahimi was the first foreign minister to visit Brasília after Olaf Scholz's fall, meeting Lula there on Monday.")).toEqual([]);
    expect(who("Olaf Scholz met Lula in Brasília on Monday, a week after Joe Biden's inauguration.")).toEqual(["2023-06-12 in-person luiz-inacio-lula-da-silva+olaf-scholz"]);
    expect(who("Cyril Ramaphosa spoke by phone on Monday, a week after Olaf Scholz’s fall.")).toEqual([]);
  });

  it("visited-country-leader: a leader named only after a journey's words, not as its agent, is not the traveller", () => {
    expect(who("Olaf Scholz has praised the partnership. More than a dozen foreign leaders travelled to Berlin on Monday, as trade policy in the region shifts under President Luiz Inacio Lula da Silva.")).toEqual([]);
    expect(who("Olaf Scholz has praised the partnership. A visit to Berlin by Lula on Monday ended with a trade deal.")).toEqual(["2023-06-12 in-person luiz-inacio-lula-da-silva+olaf-scholz"]);
  });

  it("visited-country-leader: a journey made for an occasion (a match, a funeral, a coronation) meets no host by itself", () => {
    expect(who("Olaf Scholz has praised the partnership. Lula travelled to Berlin on Saturday to watch Brazil's World Cup quarter-final at the Olympiastadion.")).toEqual([]);
    expect(who("Olaf Scholz has praised the partnership. Lula flew to Berlin on Saturday for the funeral of a former chancellor.")).toEqual([]);
    // A journey for talks, or one with a meeting told beside the occasion, stands.
    expect(who("Olaf Scholz has praised the partnership. Lula travelled to Berlin on Saturday for talks on trade.")).toEqual(["2023-06-10 in-person luiz-inacio-lula-da-silva+olaf-scholz"]);
    expect(who("Lula travelled to Berlin on Saturday to watch the final and met Olaf Scholz before the match.")).toEqual(["2023-06-10 in-person luiz-inacio-lula-da-silva+olaf-scholz"]);
  });

  it("visited-country-leader: an arrival meets the host only at the host's seat, the country or its capital named right after it", () => {
    expect(who("Olaf Scholz has praised the partnership. Lula arrived in Berlin on Monday.")).toEqual(["2023-06-12 in-person luiz-inacio-lula-da-silva+olaf-scholz"]);
    expect(who("Olaf Scholz has praised the partnership. Lula arrived in Germany on Monday.")).toEqual(["2023-06-12 in-person luiz-inacio-lula-da-silva+olaf-scholz"]);
    // A city of some gathering is no seat of the host; nor is a country the sentence names elsewhere.
    expect(who("Joe Biden has praised the partnership. Lula arrived in New York on Monday.")).toEqual([]);
    expect(who("Olaf Scholz has praised the partnership. Lula arrived in Lima on Monday, after two days in Germany.")).toEqual([]);
  });

  it("visited-country-leader: a counterpart named by an official's office is not the leader of the official's country", () => {
    expect(who("Joe Biden has praised the partnership. Brazilian President Lula met in New York on Monday with the White House Coordinator for Latin America, John Smith.")).toEqual([]);
    expect(who("Joe Biden has praised the partnership. Brazilian President Lula paid a visit to New York on Monday.")).toEqual(["2023-06-12 in-person joe-biden+luiz-inacio-lula-da-silva"]);
  });

  it("visited-country-leader: a meeting with the head of a church or an international body is no meeting with the country's leader", () => {
    expect(who("Giorgia Meloni has praised the partnership. On Monday Lula also met Pope Leo on the margins of a conference in Italy.")).toEqual([]);
    expect(who("Giorgia Meloni has praised the partnership. On Monday Lula held talks with the UN Secretary-General in Rome.")).toEqual([]);
    // A visit told with no counterpart, or one to the country's own leader, stands.
    expect(who("Giorgia Meloni has praised the partnership. On Monday Lula paid a visit to Rome.")).toEqual(["2023-06-12 in-person giorgia-meloni+luiz-inacio-lula-da-silva"]);
  });
});

describe("in-office", () => {
  it("a leader named by a lesser office weeks before taking the catalogue's takes no part, whatever the catalogue's grace", () => {
    expect(who("Spanish Prime Minister Pedro Sánchez held a trilateral meeting in Cairo on Tuesday with Egyptian President Abdel Fattah al-Sisi and Abu Dhabi Crown Prince Sheikh Mohamed bin Zayed.", "2022-03-23")).toEqual([
      "2022-03-22 in-person abdel-fattah-el-sisi+pedro-sanchez",
    ]);
    expect(who("Spanish Prime Minister Pedro Sánchez held a trilateral meeting in Cairo on Tuesday with Egyptian President Abdel Fattah al-Sisi and UAE President Sheikh Mohamed bin Zayed.", "2022-06-22")).toEqual([
      "2022-06-21 in-person abdel-fattah-el-sisi+mohamed-bin-zayed+pedro-sanchez",
    ]);
  });
});

describe("a list opened by members the catalogue does not know", () => {
  it("reads every known member of a list after 'with' whose first members are unknown, with the subject", () => {
    const body = "On Thursday Mr. KISHIDA Fumio, Prime Minister of Japan, took part in a leaders' video conference with the Hon. Jacinda Ardern, Prime Minister of New Zealand, H.E. Mr. Narendra Modi, Prime Minister of India, and H.E. Mr. Joseph R. Biden Jr., President of the United States.";
    expect(who(body, "2022-03-05")).toEqual(["2022-03-03 video fumio-kishida+joe-biden+narendra-modi"]);
  });

  it("does not reach past a verb to a list further on", () => {
    const body = "On Thursday Fumio Kishida held a video conference with business leaders, and later said that Narendra Modi and Joe Biden had agreed on a plan.";
    expect(who(body, "2022-03-05")).toEqual([]);
  });
});

describe("sentences around abbreviations", () => {
  it("keeps 'the Hon.' and a clock's 'p.m.' before a parenthesis inside one sentence", () => {
    const body = "On March 7, commencing at 6:15 p.m. (JST) and lasting approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with the Hon. Anthony Albanese MP, Prime Minister of Australia.";
    expect(who(body, "2024-03-08")).toEqual(["2024-03-07 phone anthony-albanese+fumio-kishida"]);
  });
});

describe("joined-subject with titles between the names", () => {
  it("reads a subject list whose members carry titles and countries as one contact of all of them", () => {
    const body = "Egyptian President Abdel Fattah al-Sisi, German Chancellor Olaf Scholz and Jordan's King Abdullah II met in Cairo on Monday to push for a ceasefire.";
    expect(who(body, "2025-04-08")).toEqual(["2025-04-07 in-person abdel-fattah-el-sisi+abdullah-ii+olaf-scholz"]);
  });

  it("reads a companion set off by commas ('A, together with B, held …') as one more subject", () => {
    const body = "On Monday Chancellor Olaf Scholz, together with the President of the Federative Republic of Brazil, Luiz Inacio Lula da Silva, held a video conference with Xi Jinping.";
    expect(who(body, "2023-04-11")).toEqual(["2023-04-10 video luiz-inacio-lula-da-silva+olaf-scholz+xi-jinping"]);
    // A companion who is a leader's adviser adds no leader.
    expect(who("On Monday Chancellor Olaf Scholz, together with Luiz Inacio Lula da Silva's diplomatic adviser, held a video conference with Xi Jinping.", "2023-04-11").join()).not.toMatch(/lula/);
  });

  it("does not join names with a verb between them", () => {
    const body = "Abdel Fattah al-Sisi, Olaf Scholz told reporters, and King Abdullah II met in Cairo on Monday.";
    expect(who(body, "2025-04-08")).toEqual([]);
  });
});

describe("dual-group, after a sentence naming a leader outside the article's pair", () => {
  const title = "Narendra Modi meets Fumio Kishida";
  const opening = "Narendra Modi met Fumio Kishida in Delhi on Wednesday. ";
  it("does not give 'the two leaders' to the article's pair when the sentence before told a contact with someone else", () => {
    const body = `${opening}Kishida arrived from Canberra, where on Monday he met Prime Minister Anthony Albanese. In Canberra, the two leaders recalled their first meeting at the summit in Rome last May.`;
    expect(who(body, "2023-06-15", title)).not.toContainEqual("2023-05 in-person fumio-kishida+narendra-modi");
  });

  it("still reads 'the two leaders' as the article's pair when nobody else was named just before", () => {
    const body = `${opening}Modi thanked his guest for the visit. The two leaders recalled their first meeting at the summit in Rome last May.`;
    expect(who(body, "2023-06-15", title)).toContainEqual("2023-05 in-person fumio-kishida+narendra-modi");
  });
});

describe("group-plus-named", () => {
  it("reads a pair just told, joined by a third leader, as one three-way contact", () => {
    const body = ["Gustavo Petro and Nicolás Maduro held talks in Caracas on Monday.", "The two presidents were joined on Tuesday by Cuban President Miguel Díaz-Canel for a regional summit."].join("\n\n");
    expect(who(body, "2023-06-15")).toContainEqual("2023-06-13 in-person gustavo-petro+miguel-diaz-canel+nicolas-maduro");
    expect(who(body, "2023-06-15").filter((e) => e.startsWith("2023-06-13") && !e.includes("maduro"))).toEqual([]);
  });

  it("reads a host of 'the pair' as a third party to the pair's meeting", () => {
    const body = ["Ilham Aliyev and Nikol Pashinyan have met many times since the war.", "On 14 May, Olaf Scholz hosted the pair in Berlin for talks on the border."].join("\n\n");
    expect(who(body, "2023-06-15")).toEqual(["2023-05-14 in-person ilham-aliyev+nikol-pashinyan+olaf-scholz"]);
  });

  it("reads the leaders of a meeting just told and the leader they phoned as one call", () => {
    const body = [
      "Emmanuel Macron, Olaf Scholz and Rishi Sunak met Volodymyr Zelensky in Kyiv on Saturday.",
      "During the meeting, the four leaders held a phone call with U.S. President Joe Biden.",
    ].join("\n\n");
    expect(who(body, "2023-06-12")).toContainEqual("2023-06-10 phone emmanuel-macron+joe-biden+olaf-scholz+rishi-sunak+volodymyr-zelensky");
  });

  it("does not read a group as the subject when a leader named before it is ('briefed both leaders on his call with C')", () => {
    const body = ["Joe Biden met Fumio Kishida and Yoon Suk Yeol at Camp David on 18 August.", "On Friday Joe Biden briefed both leaders on his conversation with President Xi Jinping in Bali."].join("\n\n");
    expect(who(body, "2023-08-20").filter((e) => e.includes("xi-jinping") && e.includes("yoon"))).toEqual([]);
  });

  it("refuses a stated number the contact just told cannot make up", () => {
    const body = ["Gustavo Petro and Nicolás Maduro held talks in Caracas on Monday.", "On Tuesday the five leaders held a video call with Luiz Inácio Lula da Silva."].join("\n\n");
    expect(who(body, "2023-06-15").filter((e) => e.includes("lula"))).toEqual([]);
  });
});

describe("group-plus-named, refusals", () => {
  it("does not read 'them' as the pair just told: it may be anyone", () => {
    const body = ["Gustavo Petro and Nicolás Maduro held talks in Caracas on Monday.", "On Tuesday Miguel Díaz-Canel received them in Havana with their delegations."].join("\n\n");
    expect(who(body, "2023-06-15").filter((e) => e.includes("miguel-diaz-canel+nicolas-maduro"))).toEqual([]);
  });

  it("does not add the host to a pair that holds him", () => {
    const body = ["Ilham Aliyev and Vladimir Putin spoke by phone on 9 May.", "On 14 May, Vladimir Putin hosted the two leaders in Sochi."].join("\n\n");
    expect(who(body, "2023-06-15").filter((e) => e.startsWith("2023-05-14") && e.split("+").length > 2 && !e.includes("nikol"))).toEqual([]);
  });
});

describe("joined-subject with a direct object", () => {
  it("reads the leader right after the meeting verb as one more party", () => {
    expect(who("Emmanuel Macron, Olaf Scholz and Rishi Sunak met Ukrainian President Volodymyr Zelensky in Kyiv on Saturday.", "2023-06-12")).toEqual([
      "2023-06-10 in-person emmanuel-macron+olaf-scholz+rishi-sunak+volodymyr-zelensky",
    ]);
  });

  it("does not take a leader named past other words as the verb's object", () => {
    expect(who("Emmanuel Macron, Olaf Scholz and Rishi Sunak met in Kyiv on Saturday, a day after Volodymyr Zelensky left for Rome.", "2023-06-12").filter((e) => e.includes("zelensky"))).toEqual([]);
  });
});

describe("between-named", () => {
  it("reads the leaders named after 'between' as the contact's people, not the readout's subject", () => {
    expect(who("Lula also shared his view of the telephone conversation held between the Federal Chancellor of Germany Olaf Scholz and Fumio Kishida on Tuesday.")).toEqual([
      "2023-06-13 phone fumio-kishida+olaf-scholz",
    ]);
    expect(who("Cyril Ramaphosa welcomed the talks between Emmanuel Macron and Xi Jinping in Beijing on Tuesday.")).toEqual(["2023-06-13 in-person emmanuel-macron+xi-jinping"]);
  });

  it("does not read 'between' past other words: relations between two leaders' countries are no contact of theirs", () => {
    expect(who("On Tuesday Cyril Ramaphosa met Joe Biden to discuss relations between Emmanuel Macron and Xi Jinping.")).toEqual(["2023-06-13 in-person cyril-ramaphosa+joe-biden"]);
  });

  it("ends the list at a leader who tells of the talks: ', X said,' after the list is no member", () => {
    const got = who("The talks held on Tuesday between Emmanuel Macron and Xi Jinping, Olaf Scholz said, were productive and took place in Beijing.");
    expect(got.filter((e) => e.includes("olaf-scholz"))).toEqual([]);
    expect(who("The talks held on Tuesday between Emmanuel Macron, Xi Jinping and Olaf Scholz took place in Beijing.")).toEqual(["2023-06-13 in-person emmanuel-macron+olaf-scholz+xi-jinping"]);
  });
});

describe("attendees-of-told", () => {
  it("joins a gathering's list of attendees to the contact told just before it", () => {
    expect(who("On Tuesday Cyril Ramaphosa held talks with Abiy Ahmed in Pretoria. The summit was attended by Abdel Fattah el-Sisi and Bola Tinubu on Tuesday.")).toContainEqual(
      "2023-06-13 in-person abdel-fattah-el-sisi+abiy-ahmed+bola-tinubu+cyril-ramaphosa",
    );
  });

  it("does not join a phone call told days before to a summit's list of attendees", () => {
    const got = who("Cyril Ramaphosa spoke by phone with Abiy Ahmed on Monday about the border. On Thursday, the summit was attended by Abdel Fattah el-Sisi, Bola Tinubu and William Ruto.", "2023-06-16");
    expect(got).toContainEqual("2023-06-12 phone abiy-ahmed+cyril-ramaphosa");
    expect(got.filter((e) => e.includes("bola-tinubu") && e.includes("cyril-ramaphosa"))).toEqual([]);
  });

  it("medium-of-told: the list of a summit held by video link is by video, and joins that contact", () => {
    expect(who("On Tuesday Cyril Ramaphosa took part in a summit with Abiy Ahmed held by video link. The summit was attended by Abdel Fattah el-Sisi and Bola Tinubu on Tuesday.")).toContainEqual(
      "2023-06-13 video abdel-fattah-el-sisi+abiy-ahmed+bola-tinubu+cyril-ramaphosa",
    );
  });

  it("medium-of-told: a summit's list after a phone call stays in person and apart from the call", () => {
    // William Ruto is no leader of the catalogue: the list's leaders are el-Sisi and Tinubu.
    const text = "On Tuesday Cyril Ramaphosa spoke by phone with Abiy Ahmed. The summit was attended by Abdel Fattah el-Sisi, Bola Tinubu and William Ruto.";
    const a = parseArticle("p.txt", `---\npublished: 2023-06-15\n---\nA headline for the test\n\n${text}\n`);
    const { dated, floating } = findMentions(a, index, articleContext(a, index, a.published));
    const summit = [...dated, ...floating].filter((m) => [...m.participants].includes("bola-tinubu")).map((m) => `${m.type} ${[...m.participants].sort().join("+")}`);
    expect(summit).toEqual(["in-person abdel-fattah-el-sisi+bola-tinubu"]);
  });

  it("keeps a list with no contact told before it as it is", () => {
    expect(who("The summit in Pretoria on Tuesday was attended by Abdel Fattah el-Sisi, Bola Tinubu and Abiy Ahmed.")).toEqual(["2023-06-13 in-person abdel-fattah-el-sisi+abiy-ahmed+bola-tinubu"]);
  });

  it("does not join the list when the sentence names someone before it: that one tells of the gathering", () => {
    const got = who("On Tuesday Cyril Ramaphosa held talks with Abiy Ahmed in Pretoria. Emmanuel Macron said the summit on Tuesday was attended by Abdel Fattah el-Sisi and Bola Tinubu.");
    expect(got.filter((e) => e.includes("cyril-ramaphosa") && e.includes("bola-tinubu"))).toEqual([]);
  });
});

describe("between-named: the speaker who assesses it", () => {
  it("a contact noun whose people follow 'between' is theirs alone, not the speaker's who assesses it", () => {
    expect(who("Pedro Sánchez also shared his assessment of the telephone conversation held between Olaf Scholz and Anthony Albanese on Friday.", "2024-11-20")).toEqual([
      "2024-11-15 phone anthony-albanese+olaf-scholz",
    ]);
    expect(who("Pedro Sánchez praised the meeting between the Prime Minister of India, Narendra Modi, and Giorgia Meloni in Rome on Friday.", "2024-11-20")).toEqual([
      "2024-11-15 in-person giorgia-meloni+narendra-modi",
    ]);
  });
  it("reads a first member behind a long formal title set off by commas, as it does a short one", () => {
    expect(who("Pedro Sánchez praised the meeting between His Excellency the President of the Federative Republic of Brazil, Lula, and Giorgia Meloni in Rome on Friday.", "2024-11-20")).toEqual([
      "2024-11-15 in-person giorgia-meloni+luiz-inacio-lula-da-silva",
    ]);
  });
  it("does not read a list whose first member stands behind other words than titles", () => {
    const got = who("Pedro Sánchez praised the meeting between officials close to the Prime Minister of India, Narendra Modi, and Giorgia Meloni in Rome on Friday.", "2024-11-20");
    expect(got).not.toContain("2024-11-15 in-person giorgia-meloni+narendra-modi");
  });
  it("without 'between' the speaker's own call with two others stands", () => {
    expect(who("Pedro Sánchez held a telephone conversation with Olaf Scholz and Anthony Albanese on Friday.", "2024-11-20")).toEqual([
      "2024-11-15 phone anthony-albanese+olaf-scholz+pedro-sanchez",
    ]);
  });
});

describe("reporter-not-party", () => {
  it("leaves out the leader who tells of a contact between two others", () => {
    expect(who("According to Olaf Scholz, Xi Jinping and Narendra Modi held talks in Nairobi on Tuesday.")).toEqual(["2023-06-13 in-person narendra-modi+xi-jinping"]);
    expect(who("Olaf Scholz welcomed the meeting of Xi Jinping and Narendra Modi in Nairobi on Tuesday.")).toEqual(["2023-06-13 in-person narendra-modi+xi-jinping"]);
    expect(who("Emmanuel Macron told reporters that Abdel Fattah el-Sisi and Bola Tinubu met on Tuesday in Cairo.")).toEqual(["2023-06-13 in-person abdel-fattah-el-sisi+bola-tinubu"]);
  });

  it("keeps the teller when the telling goes on with a pronoun, says where it was told, or welcomes people", () => {
    expect(who("Olaf Scholz said he met Xi Jinping and Narendra Modi in Nairobi on Tuesday.")).not.toContainEqual("2023-06-13 in-person narendra-modi+xi-jinping");
    expect(who("Olaf Scholz welcomed Xi Jinping and Narendra Modi to Berlin on Tuesday.")).toEqual(["2023-06-13 in-person narendra-modi+olaf-scholz+xi-jinping"]);
    expect(who("President Olaf Scholz said in the third summit of the guarantor countries of the peace process, which was held on Tuesday through video conference with Xi Jinping and Narendra Modi, that trade must grow.")).not.toContainEqual("2023-06-13 video narendra-modi+xi-jinping");
  });

  it("keeps the teller who is the one met: a pronoun after the contact's words ('had met him') is the teller", () => {
    const got = who("Olaf Scholz told reporters that Xi Jinping and Narendra Modi had met him at the chancellery in Berlin on Tuesday.");
    expect(got).not.toContainEqual("2023-06-13 in-person narendra-modi+xi-jinping");
    expect(who("Olaf Scholz told reporters that Xi Jinping and Narendra Modi had met in Nairobi on Tuesday.")).toEqual(["2023-06-13 in-person narendra-modi+xi-jinping"]);
  });
});

describe("one list of reporting verbs for every teller rule", () => {
  it("reads a contact told with 'stated that' or 'explained that' as 'said' reads it: the teller is no party", () => {
    for (const verb of ["said", "stated that", "explained that", "insisted that"]) {
      expect(who(`Olaf Scholz ${verb} Xi Jinping and Narendra Modi met in Nairobi on Tuesday.`)).toEqual(["2023-06-13 in-person narendra-modi+xi-jinping"]);
    }
  });

  it("one who 'stressed that' a contact was held is not its subject either", () => {
    const got = who("Pedro Sánchez stressed that the meeting with the Europeans on Friday was interrupted so that Olaf Scholz could speak to Giorgia Meloni by phone.");
    expect(got.filter((c) => c.includes("pedro-sanchez"))).toEqual([]);
  });

  it("a teller who goes on with a pronoun is still a party, whatever the verb", () => {
    expect(who("Olaf Scholz stated that he met Xi Jinping and Narendra Modi in Nairobi on Tuesday.")).not.toContainEqual("2023-06-13 in-person narendra-modi+xi-jinping");
  });
});

describe("subject-object: the teller of a contact", () => {
  it("one who tells reporters of a contact, or says it, is not its subject", () => {
    const told = "Pedro Sánchez told reporters outside the palace that the meeting with the Europeans on Friday was interrupted so that Olaf Scholz could speak to Giorgia Meloni by phone.";
    expect(who(told).filter((c) => c.includes("pedro-sanchez"))).toEqual([]);
  });
  it("the subject of the contact word itself is still its subject", () => {
    expect(who("Pedro Sánchez met with Olaf Scholz in Madrid on Friday, his office told reporters.")).toEqual(["2023-06-09 in-person olaf-scholz+pedro-sanchez"]);
  });
});

describe("summit-takes-all: a whole list, and a meeting of several beside a gathering", () => {
  it("reads a list's last member after ', and' as one of the list, not a new clause", () => {
    const body = "Today, in Goa, the trilateral meeting of the Prime Minister of India, Narendra Modi, the President of Brazil, Luiz Inácio Lula da Silva, and the President of South Africa, Cyril Ramaphosa was held.";
    expect(who(body, "2023-06-15")).toEqual(["2023-06-15 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("does not take a leader of the next clause into the summit", () => {
    // Three leaders over two clauses: nothing is read, and above all no summit of three.
    expect(who("Lula and Modi met at the summit in Goa on Monday, and Cyril Ramaphosa flew home.", "2023-06-15")).toEqual([]);
    // With no third leader after it, the pair met at the summit is read.
    expect(who("Narendra Modi met Luiz Inácio Lula da Silva on the sidelines of the summit in Goa on Monday.", "2023-06-15")).toEqual(["2023-06-12 in-person luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("takes everyone to a trilateral meeting held on the sidelines of a summit", () => {
    const body = "On Sunday Joe Biden joined Fumio Kishida and Anthony Albanese for a brief trilateral meeting on the sidelines of the summit in Lima.";
    expect(who(body, "2023-06-15")).toEqual(["2023-06-11 in-person anthony-albanese+fumio-kishida+joe-biden"]);
  });

  it("still reads a meeting on the sidelines of a trilateral summit as no meeting of all three", () => {
    const got = who("On Sunday Joe Biden met Fumio Kishida on the sidelines of the trilateral summit with Anthony Albanese in Lima.", "2023-06-15");
    expect(got).toEqual(["2023-06-11 in-person fumio-kishida+joe-biden"]);
  });
});

describe("convener-of-listed", () => {
  it("adds the leader who convened a gathering to the list of those who took part in the next sentence", () => {
    const body = "Cyril Ramaphosa on Monday chaired an extraordinary summit of the bloc by videoconference.\n\nOn Monday Luiz Inácio Lula da Silva, Narendra Modi and Xi Jinping joined the closed-door meeting by video link.";
    expect(who(body, "2023-11-22")).toEqual(["2023-11-20 video cyril-ramaphosa+luiz-inacio-lula-da-silva+narendra-modi+xi-jinping"]);
  });

  it("adds nobody when the sentence before names two leaders", () => {
    const body = "Cyril Ramaphosa and Joko Widodo on Monday chaired an extraordinary summit of the bloc by videoconference.\n\nOn Monday Luiz Inácio Lula da Silva, Narendra Modi and Xi Jinping joined the closed-door meeting by video link.";
    expect(who(body, "2023-11-22")).toEqual(["2023-11-20 video cyril-ramaphosa+joko-widodo", "2023-11-20 video luiz-inacio-lula-da-silva+narendra-modi+xi-jinping"]);
  });

  it("adds nobody to a list of a gathering held another way than the one convened", () => {
    const body = "Cyril Ramaphosa on Monday chaired an extraordinary summit of the bloc by videoconference.\n\nOn Monday Luiz Inácio Lula da Silva, Narendra Modi and Xi Jinping attended the summit in Goa.";
    expect(who(body, "2023-11-22")).toEqual(["2023-11-20 in-person luiz-inacio-lula-da-silva+narendra-modi+xi-jinping"]);
  });

  it("adds no host of a dinner for business people to a summit told after it", () => {
    const body = "President Luiz Inácio Lula da Silva hosted a dinner for business leaders in Brasília on Friday.\n\nPrime Minister Narendra Modi and President Xi Jinping attended the summit in Lima on Saturday.";
    // Two leaders attending one summit is no meeting of theirs either: nothing at all.
    expect(who(body, "2023-11-22")).toEqual([]);
  });

  it("adds nobody across a sentence between them", () => {
    const body = "Cyril Ramaphosa on Monday chaired an extraordinary summit of the bloc in Pretoria. The weather was poor for the time of year, and talks with them went on late.\n\nOn Monday Luiz Inácio Lula da Silva, Narendra Modi and Xi Jinping attended the summit in Pretoria.";
    expect(who(body, "2023-11-22")).toEqual(["2023-11-20 in-person luiz-inacio-lula-da-silva+narendra-modi+xi-jinping"]);
  });
});

describe("members-of-told", () => {
  it("a list that 'joined from' a place right after a video call is more of that call's people, and the pair told alone gives way", () => {
    const body = "Later on Monday, Lula and Gustavo Petro co-chaired a video call of the regional bloc. Narendra Modi, Bola Tinubu and Justin Trudeau joined from Lima, where a trade fair is being hosted.";
    expect(who(body, "2024-06-12")).toEqual(["2024-06-10 video bola-tinubu+gustavo-petro+justin-trudeau+luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("'Taking part were …' after a gathering whose sentence names nobody (a gate vetoed it) is that gathering of them all, on its day", () => {
    const body = "The leaders of five states held a video summit on Monday. Taking part were Lula, Narendra Modi, Cyril Ramaphosa, Xi Jinping and Joko Widodo.";
    expect(who(body, "2023-06-15")).toEqual(["2023-06-12 video cyril-ramaphosa+joko-widodo+luiz-inacio-lula-da-silva+narendra-modi+xi-jinping"]);
  });

  it("'Leaders attending included …' after one leader chaired a summit by video link adds the chair, by video", () => {
    const body = "On Tuesday evening, Xi Jinping chaired in Nairobi the summit of the bloc via video link, the first at that level in years. Leaders attending included Prime Minister Narendra Modi, President Cyril Ramaphosa and Lula, as well as ministers of several others.";
    expect(who(body, "2023-06-15")).toEqual(["2023-06-13 video cyril-ramaphosa+luiz-inacio-lula-da-silva+narendra-modi+xi-jinping"]);
  });

  it("'Also on the call were …' after a phone call", () => {
    const body = "Lula and Gustavo Petro held a phone call on Monday. Also on the call were Bola Tinubu and Justin Trudeau.";
    expect(who(body, "2023-06-15")).toEqual(["2023-06-12 phone bola-tinubu+gustavo-petro+justin-trudeau+luiz-inacio-lula-da-silva"]);
  });

  it("each named as the subject of a word of taking part of its own, by the last of their names ('X participated as …, and Y also joined the leaders online')", () => {
    const body = "The summit, held by videoconference on Monday, was attended by Lula, Narendra Modi and Cyril Ramaphosa. The President of Nigeria, Mr. Bola Tinubu, participated as his country joined the bloc, and Prime Minister Justin Trudeau also joined the leaders online as an observer.";
    expect(who(body, "2023-06-15")).toEqual(["2023-06-12 video bola-tinubu+cyril-ramaphosa+justin-trudeau+luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("not when one of those named took part in something else ('Y joined a trade bloc')", () => {
    const body = "The summit, held by videoconference on Monday, was attended by Lula, Narendra Modi and Cyril Ramaphosa. Bola Tinubu participated as an observer, and Justin Trudeau joined a trade bloc last year.";
    expect(who(body, "2023-06-15")).toEqual(["2023-06-12 video cyril-ramaphosa+luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("not a list that joined something else, one with a clause of its own, or one that came later", () => {
    const pair = ["2023-06-12 phone gustavo-petro+luiz-inacio-lula-da-silva"];
    expect(who("Lula spoke with Gustavo Petro by phone on Monday. Bola Tinubu and Justin Trudeau joined a regional trade bloc last year.")).toEqual(pair);
    expect(who("Lula spoke with Gustavo Petro by phone on Monday. Bola Tinubu said Justin Trudeau had joined, too.")).toEqual(pair);
    expect(who("Lula spoke with Gustavo Petro by phone on Monday. Bola Tinubu and Justin Trudeau joined later.")).toEqual(pair);
  });

  it("not a list of those who did not take part ('Neither A nor B participated', 'A and B never joined')", () => {
    const summit = ["2024-05-13 in-person gustavo-petro+luiz-inacio-lula-da-silva"];
    expect(who("Lula hosted a summit with Gustavo Petro in Lima on Monday. Neither Narendra Modi nor Justin Trudeau participated.", "2024-05-14")).toEqual(summit);
    expect(who("Lula held a meeting with Gustavo Petro in Lima on Monday. Narendra Modi and Justin Trudeau never joined.", "2024-05-14")).toEqual(summit);
    expect(who("Lula held a meeting with Gustavo Petro in Lima on Monday. Narendra Modi, not Justin Trudeau, participated as well.", "2024-05-14")).toEqual(summit);
    expect(who("Lula held a meeting with Gustavo Petro in Lima on Monday. Narendra Modi never took part, and Justin Trudeau also declined.", "2024-05-14")).toEqual(summit);
  });

  it("not across a sentence between them, nor for a gathering the sentence before did not date", () => {
    expect(who("Lula spoke with Gustavo Petro by phone on Monday. The line was poor.\n\nTaking part were Bola Tinubu and Justin Trudeau.")).toEqual(["2023-06-12 phone gustavo-petro+luiz-inacio-lula-da-silva"]);
    expect(who("Lula chaired a video summit of the bloc. Taking part were Narendra Modi, Cyril Ramaphosa and Xi Jinping.")).toEqual([]);
  });
});

describe("also-in-told", () => {
  it("leaders who 'also' spoke in the virtual meeting told just before are more of its people, and the pair told alone gives way", () => {
    const body = "Lula took part on Tuesday, by videoconference, in the joint meeting of the bloc's leaders convened by Cyril Ramaphosa. Xi Jinping and Narendra Modi also exchanged views in the virtual meeting, as did Bola Tinubu.";
    expect(who(body, "2023-06-15")).toEqual(["2023-06-13 video bola-tinubu+cyril-ramaphosa+luiz-inacio-lula-da-silva+narendra-modi+xi-jinping"]);
  });

  it("not a bilateral on the sidelines of the meeting told just before", () => {
    const body = "Lula took part on Tuesday in the joint meeting of the bloc's leaders in Nairobi convened by Cyril Ramaphosa. Also on the sidelines of the meeting took place the bilateral conversation of Xi Jinping and Narendra Modi.";
    expect(who(body, "2023-06-15").some((e) => e.split("+").length > 2)).toBe(false);
  });

  it("not leaders already in it, nor a gathering held another way", () => {
    const body = "Lula took part on Tuesday, by videoconference, in the joint meeting of the bloc's leaders convened by Cyril Ramaphosa. Xi Jinping and Narendra Modi also met in the meeting room in Nairobi.";
    expect(who(body, "2023-06-15").some((e) => e.split("+").length > 2)).toBe(false);
  });
});

describe("later-clause-only", () => {
  it("a contact told as someone else's, in a clause naming no leader, takes no leader from the clause after it", () => {
    expect(who("Ana Costa's visit to Lima in March produced little, and Lula's own talks with Modi have not been followed by a visit.", "2023-06-15")).toEqual([]);
  });

  it("a clause after a contact may leave out the subject told before it; the contact keeps its leaders", () => {
    expect(who("Lula flew to Goa on Monday, and met Modi there.", "2023-06-15")).toEqual(["2023-06-12 in-person luiz-inacio-lula-da-silva+narendra-modi"]);
    // A contact of the clause naming its people is theirs whatever follows.
    expect(who("Lula met Modi in Goa on Monday, and the two signed a trade pact.", "2023-06-15")).toEqual(["2023-06-12 in-person luiz-inacio-lula-da-silva+narendra-modi"]);
  });
});

describe("a second contact word joined by 'and', and 'both called C', pair nobody new (joined-verb and each-called removed, review 16-m)", () => {
  it("a second contact word with no date of its own after 'and' takes neither the first one's day nor its people", () => {
    expect(who("On Monday Lula met Narendra Modi in Lima, and later held talks by phone with Olaf Scholz.")).toEqual(["2023-06-12 in-person luiz-inacio-lula-da-silva+narendra-modi"]);
    expect(who("On Tuesday Tinubu was received by Cyril Ramaphosa in Pretoria, and then held talks with Joe Biden.")).toEqual(["2023-06-13 in-person bola-tinubu+cyril-ramaphosa"]);
    expect(who("On Monday Lula and Modi met in Lima, and later held talks by phone with Olaf Scholz.").filter((w) => w.includes("phone"))).toEqual([]);
  });

  it("'A and B both called C' is split into no calls of each", () => {
    expect(who("Cyril Ramaphosa and Bola Tinubu both called Lula on Tuesday to congratulate him.").filter((w) => w.includes("bola-tinubu+luiz") || w.includes("cyril-ramaphosa+luiz"))).toEqual([]);
  });
});

describe("separate-contacts: 'A and B each met C separately' is a meeting of each with C", () => {
  it("makes one meeting of each joined subject with the one leader met, the word told after it", () => {
    expect(who("In Nairobi on Tuesday, Cyril Ramaphosa and Bola Tinubu each met Lula separately at the conference.").sort()).toEqual([
      "2023-06-13 in-person bola-tinubu+luiz-inacio-lula-da-silva",
      "2023-06-13 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva",
    ]);
  });

  it("not without the word, nor when the word stands in another clause or two leaders are met", () => {
    // With no word setting them apart, the three may have met as one.
    expect(who("In Nairobi on Tuesday, Cyril Ramaphosa and Bola Tinubu met Lula at the conference.")).not.toContain("2023-06-13 in-person bola-tinubu+luiz-inacio-lula-da-silva");
    expect(who("In Nairobi on Tuesday, Cyril Ramaphosa and Bola Tinubu met Lula, and the ministers later held separate sessions.")).not.toContain("2023-06-13 in-person bola-tinubu+luiz-inacio-lula-da-silva");
    expect(who("In Nairobi on Tuesday, Cyril Ramaphosa and Bola Tinubu met Lula and Narendra Modi separately.")).not.toContain("2023-06-13 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva");
  });
});

describe("separate-contacts: a word said of an earlier contact of the sentence", () => {
  it("does not part the objects of a later contact whose own subject is named after the word", () => {
    const got = who("On Tuesday Lula was back in Lima, one-on-one with Gustavo Petro in the palace, then Joe Biden hosted Lula with Narendra Modi, Anthony Albanese and Fumio Kishida in the garden.");
    expect(got.filter((e) => /luiz-inacio-lula-da-silva\+narendra-modi$|anthony-albanese\+luiz-inacio-lula-da-silva$/.test(e))).toEqual([]);
  });

  it("still parts them when the word is told of this contact's own subject", () => {
    expect(who("On Tuesday Joe Biden held separate meetings with Narendra Modi and Anthony Albanese.").sort()).toEqual([
      "2023-06-13 in-person anthony-albanese+joe-biden",
      "2023-06-13 in-person joe-biden+narendra-modi",
    ]);
  });
});

describe("later-with: '…, and a meeting with Y' is a second meeting of the subject", () => {
  it("reads a second meeting noun with its own counterpart after 'and'", () => {
    expect(who("On Tuesday Giorgia Meloni had a bilateral meeting with Lula, whom she thanked for his help, and a meeting with Narendra Modi.").sort()).toEqual([
      "2023-06-13 in-person giorgia-meloni+luiz-inacio-lula-da-silva",
      "2023-06-13 in-person giorgia-meloni+narendra-modi",
    ]);
  });

  it("not as one more object of a call", () => {
    expect(who("On Tuesday Giorgia Meloni had a phone call with Lula, and a meeting with Narendra Modi.")).not.toContain("2023-06-13 phone giorgia-meloni+narendra-modi");
  });
});

describe("office-subject", () => {
  it("pairs no leaders that an office naming nobody spoke to, one after the other", () => {
    expect(who("The President did speak to Prime Minister Modi by phone on Tuesday, and he spoke to President Ramaphosa on Wednesday.")).toEqual([]);
    expect(who("On Monday, the prime minister met Lula in the morning and Ramaphosa in the afternoon in Nairobi.")).toEqual([]);
  });

  it("leaves the pair to the later rules when a leader is the subject of a verb of his own", () => {
    expect(who("The President said that Lula met Modi in Brasília on Tuesday.", "2023-06-15")).toContainEqual("2023-06-13 in-person luiz-inacio-lula-da-silva+narendra-modi");
    // A sentence that opens on a leader is not the office's.
    expect(who("Lula met Modi in Brasília on Tuesday, the president said.", "2023-06-15")).toContainEqual("2023-06-13 in-person luiz-inacio-lula-da-silva+narendra-modi");
  });
});

describe("a record owned by an office (principal of the page)", () => {
  const diary = (url: string, office = "Prime Minister") =>
    parseArticle(
      "p.txt",
      `---\ntitle: ${office}'s Diary Summary, 1 - 31 March 2024\nurl: ${url}\npublished: 2024-05-02\n---\n${office}'s Diary Summary\n\n` +
        `Date | Meeting | Location | With | Portfolio\n\n` +
        `12/03/2024 | CALL: Prime Minister of India | Via phone | Narendra Modi | Prime Minister\n` +
        `14/03/2024 | CALL: President of Brazil | Via phone | Luiz Inácio Lula da Silva | Prime Minister\n`,
    );
  const pairs = (url: string, office?: string) => {
    const a = diary(url, office);
    const { dated, floating } = findMentions(a, index, articleContext(a, index, a.published));
    return [...dated, ...floating].map((m) => `${m.date?.value} ${[...m.participants].sort().join("+")}`);
  };

  it("is the office's holder in the country whose domain the page is on, not the first counterpart named", () => {
    const got = pairs("https://www.records.example.gov.au/estimates/pm-diary-march-2024");
    expect(got).toContain("2024-03-12 anthony-albanese+narendra-modi");
    expect(got).toContain("2024-03-14 anthony-albanese+luiz-inacio-lula-da-silva");
    expect(got.some((p) => p.includes("modi+luiz") || p.includes("lula-da-silva+narendra"))).toBe(false);
  });

  it("names no owner from a page on no country's domain", () => {
    expect(pairs("https://www.records.example.com/pm-diary-march-2024").some((p) => p.includes("anthony-albanese"))).toBe(false);
    // No owner at all: every contact found is between the two counterparts the rows name.
    expect(pairs("https://www.records.example.com/president-diary-march-2024", "President").every((p) => / luiz-inacio-lula-da-silva\+narendra-modi$/.test(p))).toBe(true);
  });

  it("names no owner from a country code sold as a generic domain, unless the host is a government's", () => {
    // ".co" is a country's code, but a watchdog anywhere may buy it: the diary is not that country's office.
    const co = pairs("https://www.watchdog.co/records/president-diary-march-2024", "President");
    expect(co.some((p) => p.includes("gustavo-petro"))).toBe(false);
    expect(co).toEqual(pairs("https://www.watchdog.com/records/president-diary-march-2024", "President"));
  });
});

describe("a group word naming an office", () => {
  it("is not the article's pair when one of the pair never held that office", () => {
    const body = "President Cyril Ramaphosa spoke with Prime Minister Narendra Modi by phone on Monday about the summit in Nairobi. The two Presidents last held talks in Lima in May.";
    expect(who(body, "2023-06-15")).not.toContainEqual("2023-05 in-person cyril-ramaphosa+narendra-modi");
    // The same words about two presidents are theirs.
    const presidents = "President Cyril Ramaphosa spoke with President Lula by phone on Monday about the summit in Nairobi. The two Presidents last held talks in Lima in May.";
    expect(who(presidents, "2023-06-15")).toContainEqual("2023-05 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva");
  });

  it("counts only the office's holders among the group with a leader it was joined by", () => {
    const body = "Lula received President Cyril Ramaphosa in Brasília on Monday. The two presidents were joined on Tuesday by Prime Minister Narendra Modi for a three-way summit in Brasília.";
    expect(who(body, "2023-06-15")).toContainEqual("2023-06-13 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva+narendra-modi");
  });
});

describe("courtesy-holder", () => {
  it("reads a courtesy standing alone as the one leader the article called by it before a name", () => {
    const body = "His Highness Sheikh Mohamed bin Zayed Al Nahyan received Prime Minister Narendra Modi in Abu Dhabi on Monday. On Tuesday, His Highness held talks with President Lula in Abu Dhabi.";
    expect(who(body, "2024-03-15")).toContainEqual("2024-03-12 in-person luiz-inacio-lula-da-silva+mohamed-bin-zayed");
  });

  it("refuses a courtesy two leaders were called by, and one before a name", () => {
    const two = "His Highness Sheikh Mohamed bin Zayed Al Nahyan met His Highness Sheikh Tamim bin Hamad Al Thani in Doha on Monday. On Tuesday, His Highness held talks with President Lula in Doha.";
    expect(who(two, "2024-03-15").some((e) => e.startsWith("2024-03-12"))).toBe(false);
    // Nobody was called "His Highness" before: the courtesy names nobody.
    const none = "Prime Minister Narendra Modi arrived in Abu Dhabi on Monday. On Tuesday, His Highness held talks with President Lula in Abu Dhabi.";
    expect(who(none, "2024-03-15").some((e) => e.startsWith("2024-03-12"))).toBe(false);
  });

  it("keeps the courtesy's pronoun: \"Her Majesty\" is not the King called \"His Majesty\"", () => {
    const body = "His Majesty King Abdullah II welcomed Prime Minister Narendra Modi to Amman on Monday.\n\nOn Tuesday, Her Majesty visited a clinic in Amman with President Lula.";
    expect(whoAll(body, "2024-03-15").filter((e) => e.includes("luiz-inacio-lula-da-silva"))).toEqual([]);
  });

  it("refuses a courtesy when another person was called by it in between, leader or not", () => {
    const body = "His Highness Sheikh Mohamed bin Zayed Al Nahyan welcomed Prime Minister Narendra Modi in Abu Dhabi on Monday.\n\nOn Tuesday, His Highness Sheikh Khalid bin Saeed, a minister of state, received President Lula at the port. His Highness held talks with Lula on shipping.";
    expect(whoAll(body, "2024-03-15").filter((e) => e.includes("luiz-inacio-lula-da-silva"))).toEqual([]);
  });
});

describe("a sentence opening with its subject's contact by a possessive ('His meeting with X')", () => {
  it("goes on about the leader the sentence before was about, as 'He met X' does, and 'Her' about a leader called 'she'", () => {
    expect(who("Lula flew to Ottawa on Sunday. His meeting with Narendra Modi on Monday produced a trade pact.")).toEqual(["2023-06-12 in-person luiz-inacio-lula-da-silva+narendra-modi"]);
    expect(who("Giorgia Meloni flew to Ottawa on Sunday. Her first talks with Narendra Modi on Monday produced a trade pact.")).toEqual(["2023-06-12 in-person giorgia-meloni+narendra-modi"]);
  });

  it("not after a sentence naming an official, whose contact it may be, nor for a leader not called so, a plan, or a minister met", () => {
    expect(who("Lula flew to Ottawa on Sunday. The foreign minister arrived later. His meeting with Narendra Modi on Monday produced a trade pact.")).toEqual([]);
    expect(who("Lula flew to Ottawa on Sunday with his foreign minister. His meeting with Narendra Modi on Monday produced a trade pact.")).toEqual([]);
    expect(who("Giorgia Meloni flew to Ottawa on Sunday. His meeting with Narendra Modi on Monday produced a trade pact.")).toEqual([]);
    expect(who("Lula spoke to reporters on Sunday. His planned meeting with Narendra Modi on Monday was cancelled.")).toEqual([]);
    expect(who("Lula spoke to reporters on Sunday. His meeting with Narendra Modi next Monday will focus on trade.")).toEqual([]);
    expect(who("Lula flew to Ottawa on Sunday. His meeting with the foreign minister of Narendra Modi on Monday went well.")).toEqual([]);
  });

  it("a second event in the sentence is not read into the first", () => {
    expect(who("Lula flew to Ottawa on Sunday. His meeting with Narendra Modi on Monday came before Olaf Scholz called Donald Tusk on Tuesday.")).not.toContain("2023-06-12 in-person luiz-inacio-lula-da-silva+narendra-modi+olaf-scholz");
  });
});

describe("object-pronoun", () => {
  it("reads 'him' or 'her' after a contact verb as the one other leader the sentence before was about", () => {
    expect(who("Narendra Modi was not in Nairobi for the talks. Lula spoke with him by telephone on Friday.")).toEqual(["2023-06-09 phone luiz-inacio-lula-da-silva+narendra-modi"]);
    expect(who("Giorgia Meloni gave a speech on trade on Sunday. Justin Trudeau received her in Ottawa on Monday.")).toEqual(["2023-06-12 in-person giorgia-meloni+justin-trudeau"]);
  });

  it("refuses a pronoun whose antecedent may be an official, an unknown leader or either of two leaders", () => {
    // The minister is the likelier "him"; so is a president the catalogue does not know.
    expect(who("Narendra Modi praised his foreign minister on Sunday. Justin Trudeau welcomed him in Ottawa on Monday.")).toEqual([]);
    expect(who("Narendra Modi and President William Ruto spoke of trade on Sunday. Justin Trudeau welcomed him in Ottawa on Monday.")).toEqual([]);
    // Two other leaders before: no guess between them.
    expect(who("Lula met Narendra Modi in Goa on Sunday. Olaf Scholz called him on Monday.").filter((e) => e.includes("olaf-scholz"))).toEqual([]);
  });

  it("keeps the pronoun's gender and reads no possessive 'her'", () => {
    expect(who("Giorgia Meloni gave a speech on trade on Sunday. Justin Trudeau received him in Ottawa on Monday.")).toEqual([]);
    expect(who("Giorgia Meloni gave a speech on trade on Sunday. Justin Trudeau received her foreign minister in Ottawa on Monday.")).toEqual([]);
  });

  it("reads nothing when the sentence names two leaders or the antecedent is further back", () => {
    // "him" is then read by the rules for a sentence that names both.
    expect(who("Narendra Modi was not in Nairobi. Cyril Ramaphosa said Lula had called him on Friday.").some((e) => e.includes("narendra-modi"))).toBe(false);
    expect(who("Narendra Modi was not in Nairobi. The summit went on without any word from Goa. Lula spoke with him by telephone on Friday.")).toEqual([]);
  });
});
