import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { loadCatalogue } from "../catalogue";
import { LeaderIndex } from "../leaders";
import { articleContext, findMentions } from ".";
import { extract } from "../pipeline";
import { OF_NEED, PRONOUN_AFTER_OPENING, PROXY_OF, SENDER_BEFORE, SENDER_FROM_NEED, SENDER_OF } from "./vocabulary";

const index = new LeaderIndex(loadCatalogue());
function mentions(body: string, published = "2023-06-15") {
  const a = parseArticle("m.txt", `---\npublished: ${published}\n---\nA headline for the test\n\n${body}\n`);
  return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => ({
    date: m.date?.value,
    type: m.type,
    who: m.participants.join("+"),
    place: m.place,
    host: m.host,
    initiator: m.initiator,
    quoteOk: a.text.slice(m.start, m.end) === m.quote,
  }));
}

describe("mentions", () => {
  it("reads a phone call with its caller and a past weekday", () => {
    expect(mentions("Turkish President Recep Tayyip Erdogan called Russian President Vladimir Putin on Tuesday to discuss the grain deal.")).toEqual([
      { date: "2023-06-13", type: "phone", who: "vladimir-putin+recep-tayyip-erdogan", place: null, host: null, initiator: "recep-tayyip-erdogan", quoteOk: true },
    ]);
  });

  it("'holds bilaterals with A, B and C' is one meeting with each, and 'a bilateral' is a meeting of the two named", () => {
    expect(mentions("On Tuesday Lula held bilaterals with Pedro Sánchez, Cyril Ramaphosa and Gustavo Petro in Rome.").map((m) => m.who.split("+").sort().join("+")).sort()).toEqual([
      "cyril-ramaphosa+luiz-inacio-lula-da-silva",
      "gustavo-petro+luiz-inacio-lula-da-silva",
      "luiz-inacio-lula-da-silva+pedro-sanchez",
    ]);
    expect(mentions("Pedro Sánchez and Cyril Ramaphosa held a short bilateral in Rome on Tuesday.").map((m) => [m.date, m.type, m.who.split("+").sort().join("+")])).toEqual([["2023-06-13", "in-person", "cyril-ramaphosa+pedro-sanchez"]]);
    expect(mentions("Pedro Sánchez and Cyril Ramaphosa discussed bilateral trade on Tuesday.")).toEqual([]);
  });

  it("a contact after 'can' or 'cannot' is only possible, never one that happened", () => {
    expect(mentions("On Tuesday Pedro Sánchez said that Cyril Ramaphosa \"can call me anytime\".")).toEqual([]);
    expect(mentions("On Tuesday Pedro Sánchez said he cannot meet Cyril Ramaphosa in Rome.")).toEqual([]);
    expect(mentions("On Tuesday Pedro Sánchez called Cyril Ramaphosa.").map((m) => m.type)).toEqual(["phone"]);
  });

  it("a contact after 'nor' or 'neither' did not happen", () => {
    expect(mentions("Nor did Pedro Sánchez meet Cyril Ramaphosa in Rome on Tuesday.")).toEqual([]);
    expect(mentions("Neither Pedro Sánchez nor his ministers met Cyril Ramaphosa in Rome on Tuesday.")).toEqual([]);
    expect(mentions("Pedro Sánchez met Cyril Ramaphosa in Rome on Tuesday.").map((m) => m.who.split("+").sort().join("+"))).toEqual(["cyril-ramaphosa+pedro-sanchez"]);
  });

  it("reads summit-speak 'a bilateral' and 'a pull-aside' as meetings, one per counterpart of 'bilaterals with', never the adjective of 'bilateral trade'", () => {
    expect(mentions("German Chancellor Olaf Scholz held a short bilateral with Canadian Prime Minister Justin Trudeau on Tuesday, before the closing session.").map((m) => [m.date, m.type, m.who])).toEqual([["2023-06-13", "in-person", "olaf-scholz+justin-trudeau"]]);
    expect(mentions("On Tuesday, Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese had a pull-aside before the plenary.").map((m) => [m.date, m.type, m.who])).toEqual([["2023-06-13", "in-person", "fumio-kishida+anthony-albanese"]]);
    expect(mentions("On Saturday, Indian Prime Minister Narendra Modi held bilaterals with Japanese Prime Minister Fumio Kishida and Italian Prime Minister Giorgia Meloni.").map((m) => m.who.split("+").sort().join("+")).sort()).toEqual(["fumio-kishida+narendra-modi", "giorgia-meloni+narendra-modi"]);
    expect(mentions("On Tuesday, Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese welcomed the growth of bilateral trade in a joint statement.")).toEqual([]);
  });

  it("separate-contacts: 'received A, B and C in individual meetings' is one meeting of the host with each; a separate session told in another clause parts nobody", () => {
    const pairs = (body: string) => mentions(body).map((m) => m.who.split("+").sort().join("+")).sort();
    expect(pairs("On Thursday, Egyptian President Abdel Fattah el-Sisi received Nigerian President Bola Tinubu, Ethiopian Prime Minister Abiy Ahmed and South African President Cyril Ramaphosa in individual meetings at the summit venue.")).toEqual(["abdel-fattah-el-sisi+abiy-ahmed", "abdel-fattah-el-sisi+bola-tinubu", "abdel-fattah-el-sisi+cyril-ramaphosa"]);
    expect(pairs("On Thursday, Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida, and Kishida met Australian Prime Minister Anthony Albanese in a separate session.")).not.toContain("anthony-albanese+narendra-modi");
  });

  it("a journey to a summit meets the host country's leader no more than anyone there; a state visit does", () => {
    const pairs = (body: string) => mentions(`Indian Prime Minister Narendra Modi has a crowded diary this month.\n\n${body}`, "2023-09-11").map((m) => [m.date, m.who]);
    expect(pairs("Nigerian President Bola Tinubu arrived in New Delhi on Tuesday, before the G20 summit opened.")).toEqual([]);
    expect(pairs("Nigerian President Bola Tinubu arrived in New Delhi on Tuesday for a state visit.")).toEqual([["2023-09-05", "narendra-modi+bola-tinubu"]]);
  });

  it("a place refused ('not in Poland as planned but in Goa') is not where leaders met, and its leader is no party", () => {
    const body = (s: string) => mentions(`Polish President Andrzej Duda has been in touch with many leaders.\n\n${s}`, "2022-11-17").map((m) => [m.date, m.who, m.place]);
    expect(body("Joe Biden held talks on Wednesday in Poland.")).toEqual([["2022-11-16", "joe-biden+andrzej-duda", "Poland"]]);
    expect(body("Joe Biden held talks on Wednesday, not in Poland as planned but in Goa.")).toEqual([]);
  });

  it("later-with: 'talks with A and with B' is one contact with each; with no subject named, none between A and B", () => {
    expect(mentions("On Thursday, Narendra Modi held talks with Cyril Ramaphosa, and with Lula.", "2025-10-24").map((m) => m.who).sort()).toEqual(["narendra-modi+cyril-ramaphosa", "narendra-modi+luiz-inacio-lula-da-silva"]);
    expect(mentions("Over the weekend, His Highness also spoke by phone with Cyril Ramaphosa and with Lula.", "2025-10-24")).toEqual([]);
    // A date after the last object is all of theirs.
    expect(mentions("Narendra Modi spoke by phone with Luiz Inácio Lula da Silva and with Cyril Ramaphosa on Tuesday.", "2025-10-24").map((m) => [m.date, m.who]).sort()).toEqual([
      ["2025-10-21", "narendra-modi+cyril-ramaphosa"],
      ["2025-10-21", "narendra-modi+luiz-inacio-lula-da-silva"],
    ]);
    // A leader named in an aside about the subject is not the subject.
    expect(mentions("Narendra Modi, who hosted Anthony Albanese last month, spoke by phone with Luiz Inácio Lula da Silva and with Cyril Ramaphosa on Tuesday.", "2025-10-24").map((m) => [m.date, m.who]).sort()).toEqual([
      ["2025-09", "narendra-modi+anthony-albanese"],
      ["2025-10-21", "narendra-modi+cyril-ramaphosa"],
      ["2025-10-21", "narendra-modi+luiz-inacio-lula-da-silva"],
    ]);
    // A date for each object: each date's contact already has its own counterpart.
    expect(mentions("Narendra Modi held telephone talks with Cyril Ramaphosa on Monday and with Lula on Tuesday.", "2025-10-24").map((m) => [m.date, m.who])).toEqual([
      ["2025-10-20", "narendra-modi+cyril-ramaphosa"],
      ["2025-10-21", "narendra-modi+luiz-inacio-lula-da-silva"],
    ]);
  });

  it("separate-contacts: 'met separately with A, B and C' is one meeting with each, never one among them", () => {
    expect(mentions("Chinese President Xi Jinping on Tuesday met separately with Hungarian Prime Minister Viktor Orban and Kazakh President Kassym-Jomart Tokayev in Beijing.").map((m) => m.who.split("+").sort().join("+")).sort()).toEqual(["kassym-jomart-tokayev+xi-jinping", "viktor-orban+xi-jinping"]);
    expect(mentions("At the summit on Tuesday, Putin held back-to-back talks with Cyril Ramaphosa and with Abdel Fattah el-Sisi in Kazan.").map((m) => m.who.split("+").sort().join("+")).sort()).toEqual(["abdel-fattah-el-sisi+vladimir-putin", "cyril-ramaphosa+vladimir-putin"]);
    // No subject named: the two objects never met each other, and the host cannot be guessed.
    expect(mentions("On the margins of the summit in Lima on Tuesday, the President held separate bilateral meetings with Justin Trudeau and Fumio Kishida.")).toEqual([]);
    // Without the word, a meeting of three stays one meeting.
    expect(mentions("Xi Jinping on Tuesday met Viktor Orban and Kassym-Jomart Tokayev in Beijing.").length).toBe(1);
  });

  it("separate-contacts: 'met in succession with A, B and C', 'successively received A and B' are one meeting with each", () => {
    const pairs = (text: string) => mentions(text).map((m) => m.who.split("+").sort().join("+")).sort();
    expect(pairs("On Saturday, Lula met in succession with Justin Trudeau, Fumio Kishida and Anthony Albanese at the Planalto Palace.")).toEqual(["anthony-albanese+luiz-inacio-lula-da-silva", "fumio-kishida+luiz-inacio-lula-da-silva", "justin-trudeau+luiz-inacio-lula-da-silva"]);
    expect(pairs("On Saturday, Lula successively received Justin Trudeau and Fumio Kishida at the Planalto Palace.")).toEqual(["fumio-kishida+luiz-inacio-lula-da-silva", "justin-trudeau+luiz-inacio-lula-da-silva"]);
  });

  it("separate-contacts: 'in a separate meeting' or a leading 'Separately,' sets one contact apart from the one before, and parts nobody", () => {
    const pairs = (body: string) => mentions(body).map((m) => m.who.split("+").sort().join("+")).sort();
    expect(pairs("On Tuesday, Lula held talks with Boric in Brasília. In a separate meeting later in the day, Lula received Petro at the Planalto Palace.")).toContain("gustavo-petro+luiz-inacio-lula-da-silva");
    expect(pairs("On Tuesday, Lula held talks with Boric in Brasília. Separately, Lula received a phone call on Tuesday from Petro.")).toContain("gustavo-petro+luiz-inacio-lula-da-silva");
    // Told after the verb, with no article, the word still parts the people named after it.
    expect(mentions("On Tuesday in Lima, the President held separate bilateral meetings with Justin Trudeau and Fumio Kishida.")).toEqual([]);
  });

  it("reads a 'video meeting' as a video call", () => {
    const [m] = mentions("On the afternoon of June 13, President Xi Jinping held a video meeting with Russian President Vladimir Putin.");
    expect(m).toMatchObject({ type: "video", date: "2023-06-13" });
  });

  it("does not take 'called for' as placing a call", () => {
    const [m] = mentions("Vladimir Putin and Recep Tayyip Erdogan discussed Ukraine in a phone call on Thursday, during which Erdogan called for a ceasefire.");
    expect(m).toMatchObject({ type: "phone", date: "2023-06-15", initiator: null });
  });

  it("reads several contacts of different kinds in one sentence", () => {
    const got = mentions("Vladimir Putin and Xi Jinping held a video call in December 2022 and met in Samarkand in September 2022, and spoke by phone in May 2022.");
    expect(got.map((m) => [m.date, m.type, m.place])).toEqual([
      ["2022-12", "video", null],
      ["2022-09", "in-person", "Samarkand, Uzbekistan"],
      ["2022-05", "phone", null],
    ]);
  });

  it("gives each date of a sentence its own counterpart", () => {
    const got = mentions("On the sidelines of the summit in Samarkand, Vladimir Putin met Xi Jinping on Thursday and Narendra Modi on Friday.", "2022-09-16");
    expect(got.map((m) => [m.date, m.who])).toEqual([
      ["2022-09-15", "vladimir-putin+xi-jinping"],
      ["2022-09-16", "vladimir-putin+narendra-modi"],
    ]);
  });

  it("knows who hosted: the visitor travels to the host's country", () => {
    const [m] = mentions("Syrian President Bashar al-Assad arrived in Moscow on Tuesday for talks with Vladimir Putin.");
    expect(m).toMatchObject({ place: "Moscow, Russia", host: "vladimir-putin", date: "2023-06-13" });
    const [n] = mentions("Vladimir Putin visited Damascus on Monday, where Bashar al-Assad received him.");
    expect(n).toMatchObject({ place: "Damascus, Syria", host: "bashar-al-assad" });
  });

  it("prefers the city to its country as the place", () => {
    const [m] = mentions("Vladimir Putin made a stop at the Hmeimim air base in Syria on Monday, where he was greeted by Bashar al-Assad.");
    expect(m).toMatchObject({ place: "Hmeimim, Syria", host: "bashar-al-assad" });
  });

  it("a place told with an earlier date of a list is not the next date's: 'in New Delhi on 3 October and again in Perth on 20 October'", () => {
    const got = mentions("Narendra Modi met Anthony Albanese in New Delhi on 3 October and again in Perth on 20 October, officials said.", "2023-10-25");
    expect(got.map((m) => [m.date, m.place])).toEqual([
      ["2023-10-03", "New Delhi, India"],
      ["2023-10-20", null],
    ]);
    // A building or body ("at the United Nations") is in the city named before; a country named before may hold the new city.
    expect(mentions("Narendra Modi met Anthony Albanese in New Delhi on 3 October and again at Hyderabad House on 5 October.", "2023-10-25").map((m) => m.place)).toEqual(["New Delhi, India", "New Delhi, India"]);
    expect(mentions("Anthony Albanese paid a state visit to India, meeting Narendra Modi on 3 October and again in Gandhinagar on 5 October.", "2023-10-25").map((m) => m.place)).toEqual(["India", "India"]);
    // A list of dates with no place of their own shares the one before them.
    expect(mentions("Joko Widodo met Narendra Modi several times in New Delhi, including in May 2018 and November 2017.", "2023-10-25").map((m) => [m.date, m.place])).toEqual([
      ["2018-05", "New Delhi, India"],
      ["2017-11", "New Delhi, India"],
    ]);
    // A place opening the sentence, before the contact word, is every date's.
    expect(mentions("In New Delhi, Joko Widodo met Narendra Modi on 3 October and Anthony Albanese on 5 October.", "2023-10-25").map((m) => [m.date, m.place])).toEqual([
      ["2023-10-03", "New Delhi, India"],
      ["2023-10-05", "New Delhi, India"],
    ]);
  });

  it("stranger-subject: leaders met in turn by someone the catalogue does not know are no pair of their own", () => {
    expect(mentions("Kenyan President William Ruto met Narendra Modi on 3 October and Luiz Inácio Lula da Silva on 5 October.", "2023-10-25")).toEqual([]);
    expect(mentions("Premier Li Qiang also held talks with Anthony Albanese and Fumio Kishida in Jakarta on Thursday.", "2023-09-08")).toEqual([]);
    // Nor when other words stand between, or a joint text (not a joint contact) is named.
    expect(mentions("Kenyan President William Ruto held phone calls with Narendra Modi on Monday and Anthony Albanese on Tuesday.", "2023-06-02")).toEqual([]);
    expect(mentions("Kenyan President William Ruto met Narendra Modi on Monday and Anthony Albanese on Tuesday, issuing a joint statement with each.", "2023-06-02")).toEqual([]);
    // A leader joined to the stranger in the subject is a party all the same.
    expect(mentions("Anthony Albanese and Kenyan President William Ruto met Narendra Modi in New Delhi on Monday, officials said.", "2023-06-02").map((m) => m.who.split("+").sort().join("+"))).toEqual(["anthony-albanese+narendra-modi"]);
    // Named so once, the stranger stays one when the article calls him by his name alone.
    expect(mentions("Kenyan President William Ruto is on a tour of Asia.\n\nIn New Delhi, Ruto met Narendra Modi on 3 October and Luiz Inácio Lula da Silva on 5 October.", "2023-10-25")).toEqual([]);
    expect(mentions("Kenyan President William Ruto is on a tour of Asia.\n\nIn New Delhi, Lula met Narendra Modi on 3 October.", "2023-10-25").map((m) => m.who.split("+").sort().join("+"))).toEqual(["luiz-inacio-lula-da-silva+narendra-modi"]);
    // Told as joint, it is one meeting of them all; a catalogue leader's title and name is no stranger.
    expect(mentions("Kenyan President William Ruto met Narendra Modi and Luiz Inácio Lula da Silva together in New Delhi on Saturday.", "2023-09-12").map((m) => m.who)).toEqual(["narendra-modi+luiz-inacio-lula-da-silva"]);
    expect(mentions("Indonesian President Joko Widodo met Narendra Modi on 3 October and Anthony Albanese on 5 October.", "2023-10-25").map((m) => [m.date, m.who.split("+").sort().join("+")])).toEqual([
      ["2023-10-03", "joko-widodo+narendra-modi"],
      ["2023-10-05", "anthony-albanese+joko-widodo"],
    ]);
  });

  it("visited-country-leader: a contact word whose agent is a body ('hosted by the High Commission') meets no leader of the country", () => {
    expect(mentions("A message from Narendra Modi was read out at the reception for Anthony Albanese hosted by the High Commission in New Delhi on 12 March.", "2023-03-14")).toEqual([]);
    // A leader as the host still is one.
    expect(mentions("Anthony Albanese attended a dinner hosted by Narendra Modi in New Delhi on 12 March.", "2023-03-14").map((m) => m.who.split("+").sort().join("+"))).toEqual(["anthony-albanese+narendra-modi"]);
  });

  it("topic-of-talk: a summit a talking verb was about is no meeting of the people talking, and no bar to their call", () => {
    const events = (body: string) => extract([{ file: "t.txt", text: `---\npublished: 2023-06-19\n---\nA headline for the test\n\n${body}\n`, meta: {} }], loadCatalogue()).events.map((e) => `${e.date} ${e.type}`);
    // What they spoke about is no meeting, and the talk itself is the Friday call it would be without it.
    expect(events("Joe Biden spoke with Olaf Scholz and Giorgia Meloni on Friday about the summit.")).toEqual(["2023-06-16 phone"]);
    // A summit told as held, with no talking verb before it, still is one.
    expect(mentions("Joe Biden, Olaf Scholz and Giorgia Meloni held a summit in Ottawa on Friday.", "2023-06-19").map((m) => [m.date, m.type])).toEqual([["2023-06-16", "in-person"]]);
  });

  it("does not take telegrams, letters or messages for contacts", () => {
    expect(mentions("Vladimir Putin sent a congratulatory telegram to Kassym-Jomart Tokayev on Monday.")).toEqual([]);
    expect(mentions("In a letter on May 3, Emmanuel Macron thanked Narendra Modi.")).toEqual([]);
  });

  it("does not take planned, possible or denied meetings for contacts", () => {
    expect(mentions("Recep Tayyip Erdogan said he might invite Bashar al-Assad to a meeting in July.")).toEqual([]);
    expect(mentions("Vladimir Putin will meet Xi Jinping in Beijing on October 18.")).toEqual([]);
    expect(mentions("Volodymyr Zelensky and Vladimir Putin have not met since December 2019.")).toEqual([]);
    expect(mentions("Joe Biden is expected to visit Kyiv to meet Volodymyr Zelensky next week.")).toEqual([]);
  });

  it("leaves out dates of other things in a contact sentence: birthdays, elections", () => {
    const got = mentions("At the meeting on June 12, Vladimir Putin congratulated Bashar al-Assad on his birthday on September 11 and on the elections held on May 26.");
    expect(got.map((m) => m.date)).toEqual(["2023-06-12"]);
  });

  it("ignores meetings of people outside the catalogue", () => {
    expect(mentions("Foreign ministers Sergei Lavrov and Hakan Fidan met in Ankara on Monday.")).toEqual([]);
  });

  it("reads 'the two leaders' as the pair the article is about", () => {
    const got = mentions("Narendra Modi spoke warmly of Vladimir Putin. The two leaders last met in Kazan in October 2024.", "2025-01-10");
    expect(got).toEqual([expect.objectContaining({ date: "2024-10", who: "vladimir-putin+narendra-modi", place: "Kazan, Russia" })]);
  });

  it("does not count a leader whose envoy or minister took part", () => {
    expect(mentions("Vladimir Putin received Donald Trump's special envoy Steve Witkoff in St. Petersburg on Friday for talks.", "2025-04-12")).toEqual([]);
    // The envoy "of" the leader, or a minister "of" the leader, is named before the leader.
    expect(mentions("The special envoy of Prime Minister Rishi Sunak held talks with Narendra Modi in New Delhi on Tuesday.", "2023-06-15")).toEqual([]);
    expect(mentions("A minister of Lula met Narendra Modi in New Delhi on Tuesday.", "2023-06-15")).toEqual([]);
    expect(mentions("Prime Minister of India Narendra Modi met Luiz Inácio Lula da Silva in New Delhi on Tuesday.", "2023-06-15").map((m) => m.who)).toEqual(["narendra-modi+luiz-inacio-lula-da-silva"]);
  });

  it("reads 'he met' as the leader named before the pronoun", () => {
    const [m] = mentions("Narendra Modi's trip comes weeks after he met Russian President Vladimir Putin in Moscow in July, a visit Volodymyr Zelenskyy called a disappointment.", "2024-08-23");
    expect(m).toMatchObject({ who: "vladimir-putin+narendra-modi", date: "2024-07", place: "Moscow, Russia" });
  });

  it("reads no leader of the section before for a 'he' opening a section under a day heading", () => {
    const diary = "The chancellor's week was spent on the phone.\n\nMonday\nThe chancellor held a video call with Anthony Albanese about trade.\n\nTuesday\nHe spoke to Narendra Modi by phone on Tuesday about the summit.";
    expect(mentions(diary, "2023-06-16").filter((m) => m.who.includes("narendra-modi"))).toEqual([]);
    // Within one section the pronoun still goes on about the leader named before it.
    const one = "Monday\nJoe Biden arrived in Ottawa in the morning.\nHe spoke to Narendra Modi by phone on Monday afternoon.";
    expect(mentions(one, "2023-06-16").map((m) => m.who)).toEqual(["joe-biden+narendra-modi"]);
  });

  it("reads 'he' after an opening weekday and its date ('On Sunday, March 6, he …') as the leader told before", () => {
    const body = "Lula has talked to one side, then to the other, for weeks.\nOn Sunday, June 11, he spoke by telephone with Joe Biden, and the same evening he rang Narendra Modi.";
    expect(mentions(body, "2023-06-15").map((m) => m.who).sort()).toEqual(["joe-biden+luiz-inacio-lula-da-silva", "narendra-modi+luiz-inacio-lula-da-silva"]);
  });

  it("takes a month and its day as the opening's date, not any capitalised word and a number", () => {
    expect(PRONOUN_AFTER_OPENING.test("On Sunday, Sept. 10, he spoke by telephone with Joe Biden.")).toBe(true);
    expect(PRONOUN_AFTER_OPENING.test("On Sunday, Resolution 12, he said, would be put to a vote.")).toBe(false);
  });

  it("reads 'he' as the subject after a sentence's opening clause, not the leader named inside it", () => {
    const body = "Before meeting Luiz Inácio Lula da Silva, Joe Biden had breakfast with Anthony Albanese on Saturday.\nHe also met Fumio Kishida on Saturday.";
    const kishida = mentions(body, "2023-06-19").filter((m) => m.who.includes("fumio-kishida"));
    expect(kishida.map((m) => m.who)).toEqual(["joe-biden+fumio-kishida"]);
  });

  it("gives 'he' after an opening clause to no leader who is not the main clause's subject", () => {
    const met = (body: string, date = "2024-03-08") => mentions(body, date).map((m) => m.who);
    // An agent ("sent by") is not the subject; the opening clause's own subject is what the sentence is about.
    const agent = met("Once Narendra Modi had arrived in Goa on Monday, a band sent by Bola Tinubu played for him.\nHe later met Cyril Ramaphosa on Wednesday.");
    expect(agent).not.toContain("cyril-ramaphosa+bola-tinubu");
    expect(agent).toContain("narendra-modi+cyril-ramaphosa");
    // A leader inside what aides said.
    const aides = met("While Joe Biden was in Lima on Sunday, his aides said Fumio Kishida would host Anthony Albanese.\nHe also met Narendra Modi on Sunday.");
    expect(aides).not.toContain("narendra-modi+fumio-kishida");
    expect(aides).toContain("joe-biden+narendra-modi");
    // A possessive: the minister is the subject.
    expect(met("Before meeting Narendra Modi, Anthony Albanese's trade minister spoke to reporters on Monday.\nHe later met Joe Biden on Monday.")).not.toContain("joe-biden+anthony-albanese");
    // The opening's comma is a list's: the next name is its item, not the subject.
    expect(met("After Luiz Inácio Lula da Silva met Gustavo Petro, Javier Milei and Narendra Modi in Lima, the delegation flew to Goa on Wednesday.\nHe also met Cyril Ramaphosa there on Thursday.")).not.toContain("cyril-ramaphosa+javier-milei");
    // A titled leader opening the main clause is its subject.
    expect(met("After talks in Nairobi, President Bola Tinubu flew to Lima on Monday.\nHe met Gustavo Petro there on Tuesday.")).toContain("gustavo-petro+bola-tinubu");
  });

  it("keeps 'the two leaders' to the article's pair when a third person is named", () => {
    const body = "Recep Tayyip Erdogan arrived in Cairo on Wednesday and was received by Abdel Fattah el-Sisi.\n\nThe two leaders first shook hands in Doha in November 2022, an encounter brokered by the emir of Qatar.";
    const doha = mentions(body, "2024-02-14").find((m) => m.date === "2022-11");
    expect(doha?.who).toBe("recep-tayyip-erdogan+abdel-fattah-el-sisi");
  });

  it("does not take a hoped-for meeting as held", () => {
    expect(mentions("Donald Trump said on Friday he hoped to meet Vladimir Putin very soon.", "2025-04-12")).toEqual([]);
  });

  it("hears a call in the ways agencies word it: a call from, in a call, dialled", () => {
    expect(mentions("Bashar al-Assad received a call from Vladimir Putin on Thursday, the presidency said.")).toEqual([
      expect.objectContaining({ date: "2023-06-15", type: "phone", who: "vladimir-putin+bashar-al-assad", initiator: "vladimir-putin" }),
    ]);
    expect(mentions("Emmanuel Macron spoke with Vladimir Putin for two hours on Sunday in a call requested by the French side.")).toEqual([
      expect.objectContaining({ date: "2023-06-11", type: "phone", initiator: "emmanuel-macron" }),
    ]);
    expect(mentions("Narendra Modi dialled Vladimir Putin on Friday to discuss the war.")).toEqual([expect.objectContaining({ type: "phone", initiator: "narendra-modi" })]);
  });

  it("reads 'the Russian and Turkish presidents' and 'the leaders of Russia and Belarus' as two people", () => {
    expect(mentions("The Russian and Turkish presidents spoke by telephone on Tuesday.")).toEqual([expect.objectContaining({ date: "2023-06-13", who: "vladimir-putin+recep-tayyip-erdogan" })]);
    expect(mentions("The leaders of Russia and Belarus held talks in Minsk on Friday.")).toEqual([expect.objectContaining({ who: "vladimir-putin+alexander-lukashenko", host: "alexander-lukashenko" })]);
  });

  it("leaves out talks planned after an arrival, and counts of meetings", () => {
    expect(mentions("Alexander Lukashenko arrived in Moscow on Thursday; talks with Vladimir Putin are planned for Friday.").map((m) => m.date)).toEqual(["2023-06-15"]);
    const a = parseArticle("h.txt", "---\npublished: 2023-06-15\n---\nHeadline of the test\n\nXi Jinping and Vladimir Putin have met more than 40 times over the past decade.\n");
    expect(findMentions(a, index, articleContext(a, index, a.published)).floating).toEqual([]);
  });

  it("keeps a phone call and a meeting apart when 'and' joins them", () => {
    const got = mentions("Xi Jinping and Vladimir Putin have since spoken by phone and met in Beijing in October, at a forum.", "2024-03-25");
    expect(got).toEqual([expect.objectContaining({ date: "2023-10", type: "in-person", place: "Beijing, China" })]);
  });

  it("reads the visit after 'has not met … since' as held", () => {
    const [m] = mentions("Olaf Scholz has not met Vladimir Putin since a visit to Moscow in February.", "2022-05-29");
    expect(m).toMatchObject({ date: "2022-02", type: "in-person", who: "vladimir-putin+olaf-scholz", place: "Moscow, Russia" });
  });

  it("gives an opening date to the contact after it, past an aside about troops", () => {
    const [m] = mentions("In February 2022, weeks before Russian troops crossed into Ukraine, Vladimir Putin flew to Beijing to meet Xi Jinping.", "2024-03-25");
    expect(m).toMatchObject({ date: "2022-02", who: "vladimir-putin+xi-jinping", place: "Beijing, China" });
  });

  it("reads 'that September' in the year the narrative is in", () => {
    const got = mentions("In February 2022, Vladimir Putin flew to Beijing to meet Xi Jinping. The two leaders met again in Samarkand that September.", "2024-03-25");
    expect(got.map((m) => m.date)).toEqual(["2022-02", "2022-09"]);
  });

  it("does not end a sentence at an honorific ('H.E. Mr.')", () => {
    const got = mentions("On June 3, Cyril Ramaphosa met H.E. Mr. Luiz Inácio Lula da Silva in Pretoria.", "2023-06-04");
    expect(got.map((m) => [m.date, m.who])).toEqual([["2023-06-03", "luiz-inacio-lula-da-silva+cyril-ramaphosa"]]);
  });

  it("does not end a sentence at 'Japan-U.S.' before a capital", () => {
    const got = mentions("On March 2, Fumio Kishida held a Japan-U.S. Summit Video Teleconference Meeting with Joe Biden.", "2022-03-03");
    expect(got.map((m) => [m.date, m.type, m.who])).toEqual([["2022-03-02", "video", "joe-biden+fumio-kishida"]]);
  });

  describe("a year-less date goes on in the narrative's year", () => {
    const lead = "Until May 2019 Cyril Ramaphosa had met no foreign head of government at all.";
    const dates = (body: string) => mentions(body, "2020-08-01").map((m) => [m.date, m.who]);

    it("after a stated date in a sentence that makes no event, in the same paragraph", () => {
      expect(dates(`${lead} On June 3 he met Emmanuel Macron.`)).toEqual([["2019-06-03", "emmanuel-macron+cyril-ramaphosa"]]);
    });

    it("in the next paragraph when the sentence steps on from it ('the following month')", () => {
      expect(dates(`${lead}\n\nThe following month, on June 3, Cyril Ramaphosa met Emmanuel Macron.`)).toEqual([["2019-06-03", "emmanuel-macron+cyril-ramaphosa"]]);
    });

    it("but not in a new paragraph with no such word when the article's year puts it in the month before the article: that may be its news", () => {
      const news = (body: string) => mentions(body, "2020-06-20").map((m) => [m.date, m.who]);
      expect(news(`${lead}\n\nOn June 3 Cyril Ramaphosa met Emmanuel Macron.`)).toEqual([["2020-06-03", "emmanuel-macron+cyril-ramaphosa"]]);
    });

    it("in a later paragraph when the article's year would put it months before the article: the narrative goes on", () => {
      expect(dates(`${lead}\n\nOn June 3 Cyril Ramaphosa met Emmanuel Macron.`)).toEqual([["2019-06-03", "emmanuel-macron+cyril-ramaphosa"]]);
      expect(dates(`${lead}\n\nHe then kept to domestic matters for weeks.\n\nOn June 3 Cyril Ramaphosa met Emmanuel Macron.`)).toEqual([["2019-06-03", "emmanuel-macron+cyril-ramaphosa"]]);
      // Not once the narrative has come back to the present, nor more than a few paragraphs on.
      expect(dates(`${lead}\n\nHe has since travelled widely.\n\nOn June 3 Cyril Ramaphosa met Emmanuel Macron.`)).toEqual([["2020-06-03", "emmanuel-macron+cyril-ramaphosa"]]);
      expect(dates(`${lead}\n\nA.\n\nB.\n\nC.\n\nD.\n\nOn June 3 Cyril Ramaphosa met Emmanuel Macron.`)).toEqual([["2020-06-03", "emmanuel-macron+cyril-ramaphosa"]]);
    });

    it("nor for a month earlier in the year than the stated one", () => {
      expect(dates(`${lead} On February 3 he met Emmanuel Macron.`)).toEqual([["2020-02-03", "emmanuel-macron+cyril-ramaphosa"]]);
    });

    it("but a month earlier than the stated one told in the pluperfect in the same paragraph looks back within the narrative's year", () => {
      const told = (body: string) => mentions(body, "2021-03-01").map((m) => [m.date, m.who]);
      const calls = "Cyril Ramaphosa spoke to Narendra Modi by phone on 11 July 2019, and again in September.";
      expect(told(`${calls} Joko Widodo, who had hosted Cyril Ramaphosa in Goa in August, pushed for a summit.`)).toContainEqual(["2019-08", "cyril-ramaphosa+joko-widodo"]);
      // Not in the simple past, nor in a new paragraph: the article's year, as before.
      expect(told(`${calls} Joko Widodo, who hosted Cyril Ramaphosa in Goa in August, pushed for a summit.`)).toContainEqual(["2020-08", "cyril-ramaphosa+joko-widodo"]);
      expect(told(`${calls}\n\nJoko Widodo, who had hosted Cyril Ramaphosa in Goa in August, pushed for a summit.`)).toContainEqual(["2020-08", "cyril-ramaphosa+joko-widodo"]);
      // Told from today, with a present reporting verb or a future, it is the article's year.
      expect(told(`${calls} Ramaphosa says Joko Widodo had hosted him in Goa in August, and they will meet again in December.`)).toContainEqual(["2020-08", "cyril-ramaphosa+joko-widodo"]);
    });

    it("nor once the narrative has come back to the present", () => {
      expect(dates(`${lead} He has since travelled widely. On June 3 Cyril Ramaphosa met Emmanuel Macron.`)).toEqual([["2020-06-03", "emmanuel-macron+cyril-ramaphosa"]]);
      // A time told from the article's day: the days after it are read from the article's day too.
      expect(dates(`${lead} He stayed at home in March last year. On June 3 Cyril Ramaphosa met Narendra Modi.`)).toEqual([["2020-06-03", "narendra-modi+cyril-ramaphosa"]]);
      expect(dates(`${lead} Two months ago he stayed at home. On June 3 Cyril Ramaphosa met Narendra Modi.`)).toEqual([["2020-06-03", "narendra-modi+cyril-ramaphosa"]]);
    });

    it("but 'the last week of' a stretch is the narrative's, no time told from the article's day", () => {
      expect(dates(`${lead} In the last week of the session he stayed at home. On June 3 Cyril Ramaphosa met Narendra Modi.`)).toEqual([["2019-06-03", "narendra-modi+cyril-ramaphosa"]]);
    });
  });

  it("reads a year-less month after a year the sentence is told in, in that year", () => {
    const dates = (text: string) => mentions(text, "2024-06-14").map((m) => m.date);
    expect(dates("In 2022, Cyril Ramaphosa visited Narendra Modi in Goa in March.")).toEqual(["2022-03"]);
    expect(dates("Last year Cyril Ramaphosa visited Narendra Modi in Goa in March, and the two spoke by phone in May.")).toEqual(["2023-03", "2023-05"]);
    // A dated month later in the sentence says more than the year: the months after it follow it.
    expect(dates("In 2022 Cyril Ramaphosa flew to Goa, where he met Narendra Modi in November 2022 and again the next March.")).not.toContain("2022-03");
    // "since 2022" starts a span that runs to the present; a year in an aside is the aside's.
    expect(dates("Cyril Ramaphosa has met Narendra Modi often since 2022, most recently in March.")).toEqual(["2024-03"]);
    expect(dates("Cyril Ramaphosa and Narendra Modi, who first met in Goa in 2019, spoke by phone in March.")).toContain("2024-03");
  });

  it("keeps a framing year to its own clause, not an aside's, an earlier contact's or a contrasted clause's", () => {
    const dates = (text: string) => mentions(text, "2024-06-14").map((m) => m.date);
    // A participle aside about their first meeting: the call is this year's.
    expect(dates("Cyril Ramaphosa and Narendra Modi, having first met in Goa in 2019, spoke by phone on June 10 about trade.")).toContain("2024-06-10");
    expect(dates("Cyril Ramaphosa and Narendra Modi, having first met in Goa in 2019, spoke by phone on June 10 about trade.")).not.toContain("2019-06-10");
    // An opening clause of time about their first meeting.
    expect(dates("After their first meeting in 2019, Cyril Ramaphosa and Narendra Modi spoke by phone on June 10, officials said.")).toContain("2024-06-10");
    expect(dates("After their first meeting in 2019, Cyril Ramaphosa and Narendra Modi spoke by phone on June 10, officials said.")).not.toContain("2019-06-10");
    // ", but" turns to another time: the year stays in the clause before it.
    expect(dates("Last year Modi stayed away from the forum, but on June 10 Cyril Ramaphosa spoke by phone with Narendra Modi.")).toEqual(["2024-06-10"]);
    // Still a framing year when nothing sets it apart.
    expect(dates("In 2022, Cyril Ramaphosa phoned Narendra Modi on June 10.")).toEqual(["2022-06-10"]);
  });

  it("reads a year-less day after a dated one in the same sentence in that date's year", () => {
    const got = mentions("In March 2022 Cyril Ramaphosa flew to New Delhi, where he met Narendra Modi on 14 March.", "2024-10-02");
    expect(got.map((m) => m.date)).toContain("2022-03-14");
    expect(got.map((m) => m.date)).not.toContain("2024-03-14");
    // "last March" stays relative to the article's day.
    expect(mentions("In March 2022 Cyril Ramaphosa went to New Delhi; he met Narendra Modi again last March.", "2024-10-02").map((m) => m.date)).toContain("2024-03");
    // Back to the present between them: the latest such month is the article's, not the year after the stated date.
    const latest = mentions("Cyril Ramaphosa first met Narendra Modi in June 2022, and they have spoken by phone since, most recently in May, officials said.", "2024-10-02").map((m) => m.date);
    expect(latest).toContain("2024-05");
    expect(latest).not.toContain("2023-05");
  });

  it("reads an office nobody held on the publication day as its holder on the day the sentence tells", () => {
    // Japan's prime minister on the page's day is nobody the catalogue knows; on 12 March it was its holder then.
    const got = mentions("The leaders of Brazil and Japan held two phone calls this year, the last on 12 March.", "2024-11-20");
    expect(got.map((m) => [m.date, m.who])).toEqual([["2024-03-12", "luiz-inacio-lula-da-silva+fumio-kishida"]]);
    // With no day or month of its own, the sentence names nobody for the office.
    expect(mentions("The leaders of Brazil and Japan held two phone calls this year.", "2024-11-20").map((m) => m.who)).not.toContain("luiz-inacio-lula-da-silva+fumio-kishida");
    // An office someone held on the publication day keeps that holder, whatever day the sentence tells.
    expect(mentions("The leaders of Brazil and Britain held two phone calls last year, the last on 12 March 2022.", "2023-11-20").map((m) => m.who).join()).not.toContain("boris-johnson");
  });

  it("reads a 'since' month after a dated day of the same sentence as before that day", () => {
    // The span a "since" month opens runs up to the dated call: the month is earlier, not the next year's.
    const got = mentions("On 8 October 2023 Cyril Ramaphosa spoke by phone with Narendra Modi, their first call since March.", "2023-10-09");
    expect(got.map((m) => m.date)).toContain("2023-03");
    expect(got.map((m) => m.date)).not.toContain("2024-03");
    // A later month than the dated one is the year before's.
    const late = mentions("On 8 March 2024 Cyril Ramaphosa spoke by phone with Narendra Modi, their first call since November.", "2024-03-09");
    expect(late.map((m) => m.date)).toContain("2023-11");
    // Without "since", a later month still goes on in the dated year.
    expect(mentions("In March 2022 Cyril Ramaphosa went to New Delhi, and he met Narendra Modi there in May.", "2024-10-02").map((m) => m.date)).toContain("2022-05");
  });

  it("keeps a three-way call together, and 'the leaders' after it are the same three", () => {
    const got = mentions("Vladimir Putin held a telephone call with French President Emmanuel Macron and German Chancellor Olaf Scholz on Saturday. The three-way call was the first between the leaders since late March.", "2022-05-29");
    expect(got.map((m) => [m.date, m.who])).toEqual([
      ["2022-05-28", "vladimir-putin+emmanuel-macron+olaf-scholz"],
      ["2022-03", "vladimir-putin+emmanuel-macron+olaf-scholz"],
    ]);
  });

  it("takes the medium of a readout from its headline, and keeps initials inside a name", () => {
    const a = parseArticle("r.txt", "Readout of the President's Call with President Xi Jinping\n\nApril 2, 2024\n\nPresident Joseph R. Biden, Jr. spoke today with President Xi Jinping of the People's Republic of China about many issues.\n");
    const [m] = findMentions(a, index, articleContext(a, index, a.published)).dated;
    expect(m).toMatchObject({ type: "phone", participants: ["xi-jinping", "joe-biden"], date: { value: "2024-04-02", precision: "day" } });
  });

  // On a page whose site is not a known press office (site-principal.test.ts reads those).
  it("a headline owned by a bare office names only counterparts: none of them is read for the office", () => {
    const a = parseArticle("r.txt", "Government Press Room\n\nBriefing Room | Statements and Releases\n\nFor Immediate Release\nMay 20, 2023\n\nReadout of the President's Meetings with President Lula of Brazil and Prime Minister Modi of India\n\nOn the margins of the summit in Hiroshima today, the President met Prime Minister Modi to discuss trade.\n");
    expect(findMentions(a, index, articleContext(a, index, a.published)).dated).toEqual([]);
    // Owned by a named leader, the headline's first leader is the principal as before.
    const b = parseArticle("r.txt", "Government Press Room\n\nBriefing Room | Statements and Releases\n\nFor Immediate Release\nMay 20, 2023\n\nReadout of President Lula's Meeting with Prime Minister Modi of India\n\nOn the margins of the summit in Hiroshima today, the President met Prime Minister Modi to discuss trade.\n");
    expect(findMentions(b, index, articleContext(b, index, b.published)).dated.map((m) => [...m.participants].sort().join("+"))).toEqual(["luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("reads two leaders who 'spoke', with no place and no meeting, as a phone call", () => {
    expect(mentions("Emmanuel Macron and Vladimir Putin spoke for an hour and 45 minutes on Sunday, the Elysee said.", "2022-02-20")).toEqual([
      expect.objectContaining({ date: "2022-02-20", type: "phone", who: "vladimir-putin+emmanuel-macron" }),
    ]);
    // With a place, "spoke" says nothing of the medium, and nothing is guessed.
    expect(mentions("Emmanuel Macron spoke with Vladimir Putin in Moscow on Sunday.", "2022-02-20")).toEqual([]);
  });

  it("does not date a visit by the downing of a warplane it mentions", () => {
    const got = mentions("Recep Tayyip Erdogan met Vladimir Putin in St Petersburg on Tuesday. The visit ends months of hostility that followed the downing of a Russian warplane last November.", "2016-08-09");
    expect(got.map((m) => m.date)).toEqual(["2016-08-09"]);
  });

  it("drops a 'first since' date from before one of the pair took office", () => {
    expect(mentions("Xi Jinping and Anthony Albanese held talks in Bali on Tuesday, the first meeting between leaders of the two countries since 2016.", "2022-11-15").map((m) => m.date)).toEqual(["2022-11-15"]);
  });

  it("takes a leader-elect's contact for none: the catalogue's term decides, with no grace before or after it", () => {
    expect(mentions("Recep Tayyip Erdogan and Masoud Pezeshkian talked on the phone on 8 July, after the Iranian election.", "2024-09-25")).toEqual([]);
    expect(mentions("Recep Tayyip Erdogan and Masoud Pezeshkian talked on the phone on 8 August, after the Iranian president took office.", "2024-09-25")).toEqual([
      expect.objectContaining({ date: "2024-08-08", type: "phone" }),
    ]);
    expect(mentions("Xi Jinping and Donald Trump spoke by phone on Jan. 17, three days before the inauguration.", "2025-02-01")).toEqual([]);
  });

  it("does not take 'called him an old friend' for a phone call", () => {
    const a = parseArticle("n.txt", "---\npublished: 2021-11-16\n---\nHeadline of the test\n\nXi Jinping called Joe Biden an \"old friend\" at the start of the session.\n");
    const got = findMentions(a, index, articleContext(a, index, a.published));
    expect([...got.dated, ...got.floating]).toEqual([]);
  });

  it("reads a 'telephone exchange' as a call and 'the island of Valaam' as its place", () => {
    expect(mentions("Emmanuel Macron had a telephone exchange on Friday with Volodymyr Zelensky.")).toEqual([expect.objectContaining({ type: "phone", date: "2023-06-09" })]);
    expect(mentions("Vladimir Putin and Alexander Lukashenko met for informal talks on the island of Valaam on Sunday.")).toEqual([
      expect.objectContaining({ date: "2023-06-11", place: "Valaam, Russia" }),
    ]);
  });

  it("tells a meeting before a summit from a meeting at one", () => {
    const before = mentions("Vladimir Putin met Iranian President Ebrahim Raisi in Tehran on Tuesday before a three-way summit with Turkish President Recep Tayyip Erdogan.", "2022-07-20");
    expect(before.map((m) => m.who)).toEqual(["vladimir-putin+ebrahim-raisi"]);
    const at = mentions("Vladimir Putin and Volodymyr Zelensky met in Paris on Monday at a summit hosted by Emmanuel Macron and Angela Merkel.", "2019-12-10");
    expect(at.map((m) => m.who)).toEqual(["vladimir-putin+volodymyr-zelensky+emmanuel-macron+angela-merkel"]);
  });

  it("takes a subject of two leaders joined by 'and' as the pair, past a third named after", () => {
    const [m] = mentions("Vladimir Putin and Xi Jinping held talks via video link on Tuesday, a day after the inauguration of US President Donald Trump.", "2025-01-21");
    expect(m).toMatchObject({ who: "vladimir-putin+xi-jinping", type: "video", date: "2025-01-21" });
  });

  it("reads 'He also held talks with …' as the leader named last, and 'the two had … in May'", () => {
    const got = mentions("Vladimir Putin met Ebrahim Raisi in Tehran on Tuesday.\n\nHe also held talks with Recep Tayyip Erdogan on Tuesday evening.", "2022-07-20");
    expect(got.map((m) => m.who)).toEqual(["vladimir-putin+ebrahim-raisi", "vladimir-putin+recep-tayyip-erdogan"]);
    const may = mentions("Olaf Scholz held talks with Xi Jinping in Beijing on Friday. The two had previously held a video call in May.", "2022-11-05");
    expect(may.map((m) => [m.date, m.type])).toEqual([["2022-11-04", "in-person"], ["2022-05", "video"]]);
  });

  it("lets a date set off by a comma after 'before the war' belong to the meeting", () => {
    const [m] = mentions("Joe Biden and Volodymyr Zelensky last met in person before the war, at the White House in September 2021.", "2022-12-12");
    expect(m).toMatchObject({ date: "2021-09", place: "Washington, United States" });
  });

  it("makes one call per person of 'telephone conversations with A, B and C', on 'earlier in the day'", () => {
    const got = mentions("Earlier in the day, Vladimir Putin had telephone conversations with Egyptian President Abdel Fattah el-Sisi, Iranian President Ebrahim Raisi and Syrian President Bashar al-Assad.", "2023-10-16");
    expect(got.map((m) => [m.date, m.type, m.who])).toEqual([
      ["2023-10-16", "phone", "vladimir-putin+abdel-fattah-el-sisi"],
      ["2023-10-16", "phone", "vladimir-putin+ebrahim-raisi"],
      ["2023-10-16", "phone", "vladimir-putin+bashar-al-assad"],
    ]);
  });

  it("reads 'met Putin, and later with Rouhani' as two meetings, past a 'Before the summit' frame", () => {
    const a = parseArticle("s.txt", "---\npublished: 2019-09-16\n---\nHeadline of the test\n\nBefore the summit, Recep Tayyip Erdogan held a bilateral meeting with Vladimir Putin, and later with Hassan Rouhani.\n");
    const { floating } = findMentions(a, index, articleContext(a, index, a.published));
    expect(floating.map((m) => m.participants.join("+"))).toEqual(["vladimir-putin+recep-tayyip-erdogan", "recep-tayyip-erdogan+hassan-rouhani"]);
  });

  it("keeps 'the two leaders' as the subject when a summit with others follows in a 'when' clause", () => {
    const got = mentions("Bashar al-Assad flew to Sochi on Thursday for talks with Vladimir Putin. The two leaders last met in Sochi in November, when Putin also held a three-way summit with the presidents of Iran and Turkey.", "2018-05-18");
    expect(got.map((m) => [m.date, m.who])).toEqual([["2018-05-17", "vladimir-putin+bashar-al-assad"], ["2017-11", "vladimir-putin+bashar-al-assad"]]);
  });

  it("reads 'visited the kingdom' as a visit to the country of the article's other leader", () => {
    const got = mentions("Crown Prince Mohammed bin Salman received Volodymyr Zelensky in Jeddah on Thursday. Zelensky had previously visited the kingdom in March.", "2025-06-12");
    expect(got.map((m) => [m.date, m.who, m.place])).toEqual([
      ["2025-06-12", "volodymyr-zelensky+mohammed-bin-salman", "Jeddah, Saudi Arabia"],
      ["2025-03", "volodymyr-zelensky+mohammed-bin-salman", "Saudi Arabia"],
    ]);
  });

  it("does not take two leaders who 'spoke at a news conference' for a call", () => {
    expect(mentions("Emmanuel Macron and Olaf Scholz spoke at a joint news conference on Monday.")).toEqual([]);
  });

  it("reads an invitation to visit as no visit, however long the guest's name", () => {
    expect(mentions("Xi Jinping has invited Brazilian President Luiz Inacio Lula da Silva to visit China next year, the ministry said on Tuesday.", "2024-11-12")).toEqual([]);
  });

  it("does not date a call 'earlier in the week' of a past year's story by the publication week", () => {
    const got = mentions("Lula first flew to Nairobi as president in March 2004 for a trade fair. Earlier in the week, he had spoken by phone with Prime Minister Narendra Modi about the trip.", "2024-05-16");
    expect(got.filter((m) => m.date?.startsWith("2024"))).toEqual([]);
  });

  it("reads 'His Highness' opening a sentence as the leader the sentence before is about", () => {
    const got = mentions("Mohamed bin Zayed today received a phone call from Vladimir Putin.\n\nHis Highness had last met President Putin in Moscow in August, during a state visit.", "2024-10-07");
    expect(got.map((m) => [m.date, m.type, m.who])).toEqual([
      ["2024-10-07", "phone", "vladimir-putin+mohamed-bin-zayed"],
      ["2024-08", "in-person", "vladimir-putin+mohamed-bin-zayed"],
    ]);
  });

  it("reads 'His Highness' as the subject of the sentence before, not the leader after an 'H.E.' in it", () => {
    const got = mentions("His Highness Sheikh Mohamed bin Zayed Al Nahyan received a phone call today from H.E. Pedro Sánchez, President of the Government of Spain, during which they discussed bilateral relations.\n\nHis Highness also held talks via video call today with H.E. Shehbaz Sharif, Prime Minister of Pakistan, during which the two sides reviewed cooperation.", "2024-05-02");
    expect(got.map((m) => [m.type, m.who])).toEqual([
      ["phone", "mohamed-bin-zayed+pedro-sanchez"],
      ["video", "mohamed-bin-zayed+shehbaz-sharif"],
    ]);
  });

  it("reads 'Last week he' as the leader the sentence before is about", () => {
    const got = mentions("Gustavo Petro has spent the month on the road.\n\nLast week he was in Brasília, where he held talks with Luiz Inácio Lula da Silva.", "2024-05-17");
    expect(got.map((m) => m.who)).toEqual(["luiz-inacio-lula-da-silva+gustavo-petro"]);
  });

  it("reads no leader for a 'he' that may be either the man a paragraph's pronouns went on about or the one the sentence before names", () => {
    const got = mentions("Gustavo Petro has spent the month on the road. Last week he was in Brasília, where he held talks with Luiz Inácio Lula da Silva. Lula listened and promised nothing.\n\nOn Friday he was in Buenos Aires, where he shook hands with Javier Milei.", "2024-05-17");
    expect(got.map((m) => m.who)).toEqual(["luiz-inacio-lula-da-silva+gustavo-petro"]);
  });

  it("reads 'the two leaders' as the pair a planned contact just named, not the article's pair", () => {
    const opening = "Luiz Inácio Lula da Silva hosted Gustavo Petro in Brasília on Thursday. Lula and Petro discussed trade and the Amazon.\n\n";
    const last = "The two leaders last met in January, when Milei was the chief guest at Colombia's independence day.";
    const planned = mentions(`${opening}Next, Petro is due to hold talks with Javier Milei in Buenos Aires on Sunday. ${last}`, "2024-05-02");
    expect(planned.map((m) => [m.date, m.who])).toEqual([
      ["2024-05-02", "luiz-inacio-lula-da-silva+gustavo-petro"],
      ["2024-01", "gustavo-petro+javier-milei"],
    ]);
    // With no other pair told just before, the two are the article's.
    const alone = mentions(`${opening}Petro is also due to visit Chile on Sunday. ${last}`, "2024-05-02");
    expect(alone.map((m) => [m.date, m.who])).toEqual([
      ["2024-05-02", "luiz-inacio-lula-da-silva+gustavo-petro"],
      ["2024-01", "luiz-inacio-lula-da-silva+gustavo-petro"],
    ]);
  });

  it("reads 'their' right after another pair's contact as that pair, not the article's", () => {
    const opening = "Luiz Inácio Lula da Silva and Nicolás Maduro are at odds over the summit. Lula called Maduro on Friday. Maduro told Lula he would not come.\n\n";
    const earlier = "It was their second meeting in a month: in early April they met in Leticia.";
    const other = mentions(`${opening}Gustavo Petro was the first to arrive. He and Lula held a working dinner on Monday evening. ${earlier}`, "2024-05-02");
    expect(other.map((m) => [m.date, m.who]).at(-1)).toEqual(["2024-04", "luiz-inacio-lula-da-silva+gustavo-petro"]);
    const alone = mentions(`${opening}${earlier}`, "2024-05-02");
    expect(alone.map((m) => [m.date, m.who]).at(-1)).toEqual(["2024-04", "luiz-inacio-lula-da-silva+nicolas-maduro"]);
  });

  it("does not give a pair's talks 'on the edge of' a summit everyone the sentence names, but a meeting at the summit all three", () => {
    const edge = mentions("Luiz Inácio Lula da Silva and Narendra Modi held talks on Saturday on the edge of the Group of Twenty summit, with a relationship soon to be tested by Joe Biden.", "2024-05-02");
    expect(edge.map((m) => m.who)).toEqual(["narendra-modi+luiz-inacio-lula-da-silva"]);
    const all = mentions("Luiz Inácio Lula da Silva, Narendra Modi and Joe Biden met at the Group of Twenty summit on Saturday.", "2024-05-02");
    expect(all.map((m) => m.who)).toEqual(["joe-biden+narendra-modi+luiz-inacio-lula-da-silva"]);
  });

  it("does not date a call by 'the fall of' a government, but keeps 'the fall of 2019'", () => {
    expect(mentions("Ahmed al-Sharaa held a phone call with Vladimir Putin on Wednesday, their first conversation since the fall of Bashar al-Assad in December.", "2025-02-13").map((m) => m.date)).toEqual(["2025-02-12"]);
    expect(mentions("Vladimir Putin and Recep Tayyip Erdogan met in Sochi in the fall of 2019.", "2025-02-13").map((m) => m.date)).toEqual(["2019"]);
  });

  it("gives a visit to a country the leader of that country the sentence names", () => {
    const got = mentions("Cyril Ramaphosa told Vladimir Putin of his talks with Volodymyr Zelensky, who cut short a visit to South Africa earlier in the day.", "2025-04-24");
    expect(got.map((m) => [m.date, m.who])).toEqual([["2025-04-24", "volodymyr-zelensky+cyril-ramaphosa"]]);
  });
});

describe("participant rules, precision first", () => {
  it("summit-takes-all: a summit takes only the people of its own clause", () => {
    const got = mentions("Giorgia Meloni telephoned Benjamin Netanyahu on 9 October to express solidarity, and she flew to Cairo for the peace summit on 21 October, where she met Abdel Fattah el-Sisi.", "2023-12-28");
    expect(got.map((m) => [m.date, m.type, m.who])).toEqual([
      ["2023-10-09", "phone", "benjamin-netanyahu+giorgia-meloni"],
      ["2023-10-21", "in-person", "abdel-fattah-el-sisi+giorgia-meloni"],
    ]);
  });

  it("nearest-two: a clause naming one leader does not borrow another from the clause before", () => {
    const got = mentions("Olaf Scholz had spoken to Vladimir Putin by telephone over the weekend, and the Chancellor had travelled to Washington in early February for his inaugural meeting with President Joe Biden.", "2022-03-08");
    expect(got.filter((m) => m.who.includes("joe-biden") && m.who.includes("vladimir-putin"))).toEqual([]);
  });

  it("group-word: in an article about many leaders, 'their meeting' is nobody's guess", () => {
    const body = [
      "Narendra Modi flies to Tianjin. Narendra Modi and Donald Trump fell out over tariffs. Donald Trump and Narendra Modi spoke by phone in June.",
      "Xi Jinping will host Narendra Modi. Xi Jinping and Narendra Modi last met in Kazan. Xi Jinping, Donald Trump and Narendra Modi are all in the story.",
      "The summit in Wuhan in April 2018 set the tone.",
    ].join("\n\n");
    expect(mentions(body, "2025-08-30").filter((m) => m.date === "2018-04")).toEqual([]);
  });

  it("group-word: 'They met again …' is the people of the contact just told", () => {
    const got = mentions("Recep Tayyip Erdogan and Abdel Fattah el-Sisi shook hands in Doha in November 2022, an encounter brokered by their hosts.\n\nThey met again in New Delhi in September 2023.", "2024-02-14");
    expect(got.map((m) => [m.date, m.who])).toEqual([
      ["2022-11", "recep-tayyip-erdogan+abdel-fattah-el-sisi"],
      ["2023-09", "recep-tayyip-erdogan+abdel-fattah-el-sisi"],
    ]);
  });

  it("cue-after-date: a date after the leaders takes no contact word from the next clause", () => {
    expect(mentions("Vladimir Putin reiterated his invitation for Xi Jinping to attend the celebrations in Moscow in May, and expressed his readiness to travel to China for the summit.", "2025-01-21")).toEqual([]);
  });

  it("joined-subject: 'A and B held talks via video link with C' is the three", () => {
    const got = mentions("Olaf Scholz and the President of the French Republic, Emmanuel Macron, today held talks via video link with the President of the People's Republic of China, Xi Jinping.", "2022-03-08");
    expect(got.map((m) => [m.date, m.type, m.who])).toEqual([["2022-03-08", "video", "xi-jinping+emmanuel-macron+olaf-scholz"]]);
  });

  it("drops a leader named only as the sender of a message: 'conveyed Xi's greetings to Kim'", () => {
    expect(mentions("During the visit to Pyongyang on Monday, Premier Li Qiang conveyed Xi Jinping's cordial greetings to Kim Jong Un.", "2025-10-24")).toEqual([]);
  });

  it("drops a leader named by title and name as whose greetings were conveyed: 'the greetings of King X'", () => {
    expect(mentions("On Monday, Narendra Modi chaired the summit, conveying at its opening the greetings of the President of the Republic Cyril Ramaphosa to the leaders.", "2025-10-24")).toEqual([]);
    // Only a title and name may stand between "of" and the sender: "a letter of thanks to" X is sent to X.
    expect(SENDER_OF.test("conveying the greetings of the President of the Republic ")).toBe(true);
    expect(SENDER_OF.test("who brought a letter of thanks to ")).toBe(false);
    expect(SENDER_OF.test("who brought the letter of Thanks and Praise to ")).toBe(false);
    expect(mentions("On Monday, Narendra Modi received Cyril Ramaphosa, who brought a letter of thanks to Modi from his government.", "2025-10-24").map((m) => m.who)).toEqual(["narendra-modi+cyril-ramaphosa"]);
    // The host whose invitation brought a guest takes part.
    expect(SENDER_OF.test("at the invitation of President ")).toBe(false);
    expect(mentions("On Monday, at the invitation of President Cyril Ramaphosa, Narendra Modi held talks in Pretoria.", "2025-10-24").map((m) => m.who)).toEqual(["narendra-modi+cyril-ramaphosa"]);
  });
});

describe("the words the sender and proxy patterns need", () => {
  // A speed gate: the end-anchored patterns are tried only where what they need is found, so
  // wherever one matches, its gate must too (and a stretch without the word is skipped).
  it("finds 'from' and ' of ' wherever the patterns before a name match", () => {
    const senders = ["who handed over a letter from President ", "carrying warm greetings  from\tthe ", "a message FROM "];
    for (const t of senders) {
      expect(SENDER_BEFORE.test(t)).toBe(true);
      expect(SENDER_FROM_NEED.test(t)).toBe(true);
    }
    const proxies = ["The special envoy of Prime Minister ", "a minister\u00a0of\u00a0", "an aide OF the "];
    for (const t of proxies) {
      expect(PROXY_OF.test(t)).toBe(true);
      expect(OF_NEED.test(t)).toBe(true);
    }
    expect(SENDER_OF.test("conveying the greetings of the President of the Republic ")).toBe(true);
    expect(OF_NEED.test("conveying the greetings of the President of the Republic ")).toBe(true);
    expect(OF_NEED.test("Later that day, President ")).toBe(false);
    expect(SENDER_FROM_NEED.test("In a speech, Prime Minister ")).toBe(false);
  });
});

describe("predicate rules", () => {
  it("present-tense-month: 'which Brazil hosts in November' is still to come", () => {
    expect(mentions("Emmanuel Macron will join the summit, which Luiz Inacio Lula da Silva hosts in Belem in November.", "2025-08-12")).toEqual([]);
    expect(mentions("Luiz Inacio Lula da Silva hosted Emmanuel Macron in Belem in March.", "2025-08-12")).toEqual([expect.objectContaining({ date: "2025-03" })]);
  });

  it("keeps a run of sentences opening with 'He' on one leader", () => {
    const got = mentions("Nicolás Maduro, Venezuela's president, has spent years courting old allies abroad, with some success.\n\nHe flew to Moscow for talks with Vladimir Putin in December 2018. He was in Beijing in September 2018 for talks with Xi Jinping.", "2023-05-29");
    expect(got.map((m) => [m.date, m.who])).toEqual([
      ["2018-12", "vladimir-putin+nicolas-maduro"],
      ["2018-09", "xi-jinping+nicolas-maduro"],
    ]);
  });

  it("planned-after: a meeting that 'never took place' is no contact", () => {
    expect(mentions("In Hiroshima, a meeting between Luiz Inacio Lula da Silva and Volodymyr Zelensky that both sides wanted never took place.", "2023-05-29")).toEqual([]);
  });

  it("spoke-in-person: two leaders who talked over a working lunch at a venue met in person", () => {
    expect(mentions("Hassan Rouhani and Shinzo Abe talked for an hour and a half at the Kantei on Friday afternoon, including a working lunch.", "2019-12-21")).toEqual([
      expect.objectContaining({ date: "2019-12-20", type: "in-person" }),
    ]);
  });

  it("joined-subject: 'A, B and C took part in the meeting' is the three", () => {
    expect(mentions("Hassan Rouhani, Vladimir Putin and Recep Tayyip Erdogan met in Ankara on Monday.", "2019-09-17").map((m) => m.who)).toEqual(["vladimir-putin+recep-tayyip-erdogan+hassan-rouhani"]);
  });

  it("group-word: 'the two leaders' with a third leader named is not the article's pair", () => {
    const body = "Hassan Rouhani met Shinzo Abe in Tokyo on Friday. Shinzo Abe hosted Hassan Rouhani.\n\nThe two leaders had discussed Iran at length when Donald Trump made his state visit to Tokyo in May.";
    expect(mentions(body, "2019-12-21").filter((m) => m.date === "2019-05").map((m) => m.who)).toEqual(["donald-trump+shinzo-abe"]);
  });

  it("not-yet-leader: a meeting with someone 'then still prime minister' is not between leaders", () => {
    expect(mentions("Vladimir Putin flew to Samarkand in September 2016 and met Shavkat Mirziyoyev, then still prime minister.", "2018-10-20")).toEqual([]);
    expect(mentions("Vladimir Putin flew to Samarkand in September 2016 and met Shavkat Mirziyoyev.", "2018-10-20")).toEqual([expect.objectContaining({ date: "2016-09" })]);
  });

  it("not-yet-leader: 'then prime minister' said of a leader who held that office is a leader then", () => {
    const met = (body: string) => mentions(body, "2024-07-08").map((m) => `${m.date} ${m.who.split("+").sort().join("+")}`);
    expect(met("Anthony Albanese held talks with then prime minister Rishi Sunak in London in May 2023.")).toEqual(["2023-05 anthony-albanese+rishi-sunak"]);
    expect(met("Anthony Albanese held talks in London in May 2023 with Rishi Sunak, then prime minister.")).toEqual(["2023-05 anthony-albanese+rishi-sunak"]);
    // An office the leader never held, as the catalogue knows, is still no leader's.
    expect(met("Anthony Albanese held talks with Rishi Sunak, then a minister, in London in May 2023.")).toEqual([]);
  });

  it("officials-contact: a meeting or visit of ministers is theirs, not the leaders' who welcomed it", () => {
    expect(mentions("Lula and Pedro Sánchez welcomed the meeting of foreign and trade ministers held in Madrid on June 7.")).toEqual([]);
    expect(mentions("Narendra Modi and Pedro Sánchez recalled the visit of the External Affairs Minister to Madrid in May.")).toEqual([]);
    // A visit of a prime minister is a leader's own.
    expect(mentions("Pedro Sánchez recalled the visit of Prime Minister Narendra Modi to Madrid in May.").map((m) => m.who)).toEqual(["narendra-modi+pedro-sanchez"]);
  });

  it("officials-contact: talks held by video between ministers, or a joint commission's meeting, are the officials' however they were held", () => {
    const pair = "Narendra Modi met Anthony Albanese in Goa on Monday.\n\n";
    expect(mentions(`${pair}The two countries agreed on Thursday, after six hours of talks held by video conference between trade ministers, to cut tariffs in May.`, "2023-06-15")).toEqual([
      expect.objectContaining({ date: "2023-06-12", who: "narendra-modi+anthony-albanese" }),
    ]);
    expect(mentions(`${pair}The new flights were agreed at the meeting of the joint commission in Goa in February, headed by two deputy ministers.`, "2023-06-15")).toEqual([
      expect.objectContaining({ date: "2023-06-12", who: "narendra-modi+anthony-albanese" }),
    ]);
    // Held by video between the leaders themselves, the talks are theirs.
    expect(mentions("Narendra Modi and Anthony Albanese held talks by video conference on Thursday.").map((m) => [m.type, m.who])).toEqual([["video", "narendra-modi+anthony-albanese"]]);
    // "of" after a medium phrase tells what the leaders' own call was about.
    expect(mentions("On Thursday, Narendra Modi informed Anthony Albanese by phone of the outcome of the trade ministers' talks.").map((m) => [m.date, m.type, m.who])).toEqual([["2023-06-15", "phone", "narendra-modi+anthony-albanese"]]);
    // Leaders who chair a joint commission's meeting are at it.
    expect(mentions("Narendra Modi and Anthony Albanese co-chaired the first meeting of the Joint Commission in Goa on Tuesday.").map((m) => [m.date, m.type, m.who])).toEqual([["2023-06-13", "in-person", "narendra-modi+anthony-albanese"]]);
  });

  it("a leader named as the sender of a message carried by a minister is not at the meeting", () => {
    expect(mentions("Narendra Modi received on Tuesday in New Delhi the Foreign Minister of Spain, who delivered a written message to him from Prime Minister Pedro Sánchez.")).toEqual([]);
    expect(mentions("Narendra Modi received on Tuesday in New Delhi Prime Minister Pedro Sánchez, who delivered a speech on trade.").map((m) => m.who)).toEqual(["narendra-modi+pedro-sanchez"]);
  });

  it("a leader whose greetings someone conveys ('the greetings of X') is not at the contact; one at whose invitation it was held is", () => {
    expect(mentions("On Tuesday Narendra Modi chaired the summit in Goa, conveying at its opening the greetings of Prime Minister Pedro Sánchez to the leaders.")).toEqual([]);
    expect(mentions("On Tuesday Narendra Modi chaired the summit in Goa with Prime Minister Pedro Sánchez.").map((m) => m.who)).toEqual(["narendra-modi+pedro-sanchez"]);
    expect(mentions("On Tuesday Lula visited Goa at the invitation of Prime Minister Narendra Modi.").map((m) => m.who.split("+").sort().join("+"))).toEqual(["luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("a vice-president or deputy prime minister of a country is not its leader", () => {
    expect(mentions("The Vice-President of Brazil met the Vice-President of Colombia in Bogotá on Monday.")).toEqual([]);
    expect(mentions("The President of Brazil met the President of Colombia in Bogotá on Monday.").map((m) => m.who)).toEqual(["luiz-inacio-lula-da-silva+gustavo-petro"]);
  });

  it("host-of-gathering-only: a journey to a summit is no meeting with the leader named only as its host or inviter", () => {
    expect(mentions("Narendra Modi, who arrived in Paris on Tuesday, is attending the summit on climate finance convened by Emmanuel Macron.")).toEqual([]);
    expect(mentions("On Tuesday Lula travelled to Delhi for the summit at the invitation of Prime Minister Narendra Modi.")).toEqual([]);
    // Met by name, the host is a party after all.
    expect(mentions("Narendra Modi arrived in Paris on Tuesday and met Emmanuel Macron at the Élysée.").map((m) => m.who)).toEqual(["emmanuel-macron+narendra-modi"]);
  });

  it("counterpart-not-a-leader: talks 'with' someone the catalogue does not know are not the pair of the leaders named around them", () => {
    expect(mentions("Lula met Pedro Sánchez in Madrid in April, and Narendra Modi, in Tokyo, held talks with Suga on May 20.").map((m) => `${m.date} ${m.who}`)).toEqual(["2023-04 luiz-inacio-lula-da-silva+pedro-sanchez"]);
    expect(mentions("Narendra Modi held talks with European officials in Brussels on Monday, a week after Lula's visit.")).toEqual([]);
    // A long title before the name still names the counterpart.
    expect(mentions("Narendra Modi held talks on Monday with Crown Prince and Prime Minister Mohammed bin Salman in Riyadh.").map((m) => m.who)).toEqual(["narendra-modi+mohammed-bin-salman"]);
  });

  it("received-a-call: 'received a call from X' is a phone call, never a visit", () => {
    const read = (body: string) => mentions(body).map((m) => `${m.type} ${m.who.split("+").sort().join("+")}`);
    expect(read("Lula received a call on Monday from Prime Minister Narendra Modi.")).toEqual(["phone luiz-inacio-lula-da-silva+narendra-modi"]);
    expect(read("Lula received a brief telephone call from Prime Minister Narendra Modi, who was in Tokyo on Monday.")).not.toContain("in-person luiz-inacio-lula-da-silva+narendra-modi");
    expect(read("Lula received Prime Minister Narendra Modi on Monday at the Planalto Palace.")).toEqual(["in-person luiz-inacio-lula-da-silva+narendra-modi"]);
  });

  it("story-relative dates: 'the next day' is read from the contact told before it, never from the article's date", () => {
    const dated = (body: string) => mentions(body).map((m) => [m.type, m.who, m.date]);
    expect(dated("Emmanuel Macron met Narendra Modi in Lisbon on 3 June 2021. The next day Macron spoke with Modi by phone.")).toEqual([
      ["in-person", "emmanuel-macron+narendra-modi", "2021-06-03"],
      ["phone", "emmanuel-macron+narendra-modi", "2021-06-04"],
    ]);
    expect(dated("Narendra Modi visited Ankara on 14 April 2019 for talks with Recep Tayyip Erdogan. Two years later, Modi held talks with Erdogan in Delhi.").map(([, , date]) => date)).toEqual(["2019-04-14", "2021"]);
    // No date to tell it from: no contact, rather than one on the day after the article's.
    expect(dated("The next day Emmanuel Macron spoke with Narendra Modi by phone.")).toEqual([]);
    // Two dates before it: which one the phrase is told from cannot be known.
    expect(dated("Emmanuel Macron met Narendra Modi on 3 June 2021 and Recep Tayyip Erdogan on 9 June 2021. The next day Macron spoke with Modi by phone.").filter(([type]) => type === "phone")).toEqual([]);
  });

  it("reads a weekday with its day of the month when they agree near the article's date, and refuses the contact when they do not", () => {
    // 15 June 2023 is a Thursday: Monday the 12th agrees; no Monday near it is a 13th.
    expect(mentions("Luiz Inácio Lula da Silva received Narendra Modi in Brasília this Monday (12).", "2023-06-15").map((m) => m.date)).toEqual(["2023-06-12"]);
    expect(mentions("Luiz Inácio Lula da Silva received Narendra Modi in Brasília this Monday (13).", "2023-06-15")).toEqual([]);
  });

  it("tells a story-relative date from the last date of its paragraph, past one sentence that tells none", () => {
    const body = "Lula was received by Narendra Modi in New Delhi on 4 March 2023. He was praised at home for it. Ten days later the two men met again in Rome.";
    expect(mentions(body, "2024-04-20").map((m) => m.date)).toEqual(["2023-03-04", "2023-03-14"]);
    // Not across a paragraph: the new one may have turned back to the news.
    expect(mentions("Lula was received by Narendra Modi in New Delhi on 4 March 2023. He was praised at home for it.\n\nWeeks passed. Ten days later the two men met again in Rome.", "2024-04-20").map((m) => m.date)).toEqual(["2023-03-04"]);
  });

  it("same-cue-twice: two dates of one time that reach one contact word make one contact", () => {
    const body = "Tokayev's first trip as president, in June 2019, was not to Beijing, followed later the same month by a visit to Tashkent, where he and Shavkat Mirziyoyev opened a border crossing.";
    expect(mentions(body, "2020-10-20").map((m) => `${m.date} ${m.who}`)).toEqual(["2019-06 kassym-jomart-tokayev+shavkat-mirziyoyev"]);
  });

  describe("narrative-carry: an undated step of a past narrative takes the month of the step before it", () => {
    it("after 'In mid-May she went south', 'In Brasília she held talks with Lula' is of that May", () => {
      const body = "Giorgia Meloni had a crowded spring. In mid-May 2023 she went south. In Brasília she held talks with Luiz Inácio Lula da Silva on trade and migration.";
      expect(mentions(body, "2023-12-20").map((m) => `${m.date} ${m.who}`)).toEqual(["2023-05 giorgia-meloni+luiz-inacio-lula-da-silva"]);
      // "From there", and a day told before it: to the month only, as the day may have moved on.
      const day = "On 14 May 2024 Meloni landed in Brasília. From there she flew to Buenos Aires, where Javier Milei received her.";
      expect(mentions(day, "2024-12-20").map((m) => `${m.date} ${m.who}`)).toEqual(["2024-05 giorgia-meloni+javier-milei"]);
    });

    it("not a step told in the pluperfect or the present perfect, nor one in a new paragraph", () => {
      expect(mentions("In mid-May 2023 Meloni went south. In Brasília she had held talks with Luiz Inácio Lula da Silva years before.", "2023-12-20")).toEqual([]);
      expect(mentions("In mid-May 2023 Meloni went south. In Brasília she has met Luiz Inácio Lula da Silva more often than anyone.", "2023-12-20")).toEqual([]);
      expect(mentions("In mid-May 2023 Meloni went south for talks on trade.\n\nIn Brasília she held talks with Luiz Inácio Lula da Silva on trade.", "2023-12-20")).toEqual([]);
    });

    it("not a day of the news week, which the news's own rules date", () => {
      const got = mentions("On Monday Meloni landed in Brasília. In Brasília she held talks with Luiz Inácio Lula da Silva on trade.", "2023-05-17");
      expect(got.map((m) => m.date)).toEqual([]);
    });
  });
  describe("a weekday told from the story's week, not the week before the article", () => {
    it("'on the Saturday' after a day told is that week's Saturday, 'the following Monday' the Monday after it", () => {
      const saturday = "Pedro Sánchez flew to Brasília on 6 March 2024. Luiz Inácio Lula da Silva received Pedro Sánchez at the Planalto on the Saturday.";
      expect(mentions(saturday, "2024-06-20").map((m) => `${m.date} ${m.who.split("+").sort().join("+")}`)).toEqual(["2024-03-09 luiz-inacio-lula-da-silva+pedro-sanchez"]);
      const monday = "Pedro Sánchez landed in Brasília on 6 March 2024. Luiz Inácio Lula da Silva held talks with Pedro Sánchez in Brasília the following Monday.";
      expect(mentions(monday, "2024-06-20").map((m) => m.date)).toEqual(["2024-03-11"]);
    });

    it("no date at all when no single day stands before it, or when it is counted from a day not told ('his first Saturday in office')", () => {
      expect(mentions("Luiz Inácio Lula da Silva received Pedro Sánchez at the Planalto on the Saturday.", "2024-06-20")).toEqual([]);
      expect(mentions("On his first Saturday in office, Pedro Sánchez phoned Luiz Inácio Lula da Silva.", "2024-06-20")).toEqual([]);
      // A plain weekday is still the article's week.
      expect(mentions("Pedro Sánchez phoned Luiz Inácio Lula da Silva on Saturday.", "2024-06-20").map((m) => m.date)).toEqual(["2024-06-15"]);
    });
  });
  describe("date-of-the-saying: a day told before 'said that the conversation …' is when it was said", () => {
    it("a contact already told, named again in what was said the next day, keeps its own day", () => {
      const body = "On Sunday, Luiz Inácio Lula da Silva held a telephone conversation with Gustavo Petro. In his press conference on Monday, the President of Brazil said that the conversation with Petro had been very friendly.";
      expect(mentions(body, "2024-04-30").map((m) => `${m.date} ${m.type}`)).toEqual(["2024-04-28 phone"]);
    });

    it("a contact named again after 'told reporters' with no 'that' is no contact of the article's day", () => {
      const events = (body: string) =>
        extract([{ file: "r.txt", text: `---\npublished: 2024-03-15\n---\nA headline for the test\n\n${body}\n`, meta: {} }], loadCatalogue()).events.map((e) => `${e.date} ${e.type}`);
      // Monday's word on a meeting already over: the meeting was before Monday, not on Friday, the day of publication.
      expect(events("On Monday Lula told reporters the meeting with Cyril Ramaphosa had gone well.")).toEqual([]);
      // Told with a day of its own, the contact keeps that day.
      expect(events("On Sunday, Luiz Inácio Lula da Silva met Cyril Ramaphosa in Pretoria. On Monday Lula told reporters the meeting with Ramaphosa had gone well.")).toEqual(["2024-03-10 in-person"]);
    });

    it("a contact told new in what was said is still of that day", () => {
      const body = "On Monday, the presidency said that Luiz Inácio Lula da Silva had met Gustavo Petro in Bogotá.";
      expect(mentions(body, "2024-04-30").map((m) => `${m.date} ${m.type}`)).toEqual(["2024-04-29 in-person"]);
    });
  });
  describe("same-day-step: a later part of the day just told takes that day", () => {
    it("'In the evening' after a sentence telling Monday is Monday", () => {
      const body = "Narendra Modi landed in Brasília on Monday afternoon and went to his hotel. In the evening, Luiz Inácio Lula da Silva hosted Modi for a private dinner at the Alvorada Palace.";
      expect(mentions(body, "2023-06-15").map((m) => `${m.date} ${m.who.split("+").sort().join("+")}`)).toEqual(["2023-06-12 luiz-inacio-lula-da-silva+narendra-modi"]);
    });

    it("'then' before the contact's words, after a day told, is that day", () => {
      const body = "The welcome ceremony took place on 7 March 2023 at the palace. Lula and Pedro Sánchez then held talks in the library.";
      expect(mentions(body, "2023-06-15").map((m) => `${m.date} ${m.who.split("+").sort().join("+")}`)).toEqual(["2023-03-07 luiz-inacio-lula-da-silva+pedro-sanchez"]);
    });

    it("'Before the plenary session', 'Upon his arrival' and 'On the margins of the summit' go on with the day just told", () => {
      const told = "Luiz Inácio Lula da Silva landed in Belém on 8 August 2023 to open the Amazon forum.";
      for (const step of ["Before the plenary session", "Upon his arrival", "On the margins of the summit"]) {
        const body = `${told} ${step}, Luiz Inácio Lula da Silva received Gustavo Petro for a private conversation.`;
        expect(mentions(body, "2023-08-10").map((m) => `${m.date} ${m.who.split("+").sort().join("+")}`), step).toEqual(["2023-08-08 gustavo-petro+luiz-inacio-lula-da-silva"]);
      }
    });

    it("not after a month, nor after two days told, nor for a step told in the pluperfect", () => {
      expect(mentions("Narendra Modi landed in Brasília in March 2023. In the evening, Luiz Inácio Lula da Silva hosted Modi for dinner.", "2023-06-15")).toEqual([]);
      expect(mentions("Narendra Modi landed in Brasília on Monday and left on Wednesday. In the evening, Luiz Inácio Lula da Silva hosted Modi for dinner.", "2023-06-15")).toEqual([]);
      expect(mentions("Narendra Modi landed in Brasília on Monday afternoon. In the evening, Luiz Inácio Lula da Silva had hosted Modi for dinner years before.", "2023-06-15")).toEqual([]);
    });
  });
  describe("just-told-again: a sentence opening on the contact just told, or on its pair, takes its day", () => {
    const dated = (body: string) => mentions(body, "2023-06-15").map((m) => `${m.date} ${m.who.split("+").sort().join("+")}`);

    it("'The two leaders' after a sentence naming both and telling a day is that day", () => {
      expect(dated("On Monday, Luiz Inácio Lula da Silva and Cyril Ramaphosa were both in Goa for the forum. The two leaders met over lunch at the hotel.")).toEqual(["2023-06-12 cyril-ramaphosa+luiz-inacio-lula-da-silva"]);
    });

    it("'The meeting' after a sentence whose own reading of the pair failed is that day", () => {
      expect(dated("On Monday, Luiz Inácio Lula da Silva and Cyril Ramaphosa were both in Goa for the forum. The meeting, held at the hotel, was closed to the press.")).toEqual(["2023-06-12 cyril-ramaphosa+luiz-inacio-lula-da-silva"]);
    });

    it("not for a contact told as earlier, nor after a sentence naming one leader, nor after a month", () => {
      expect(dated("On Monday, Luiz Inácio Lula da Silva and Cyril Ramaphosa were both in Goa for the forum. The two leaders had last met in Nairobi.")).toEqual([]);
      expect(dated("On Monday, Luiz Inácio Lula da Silva was in Goa for the forum. The two leaders met over lunch at the hotel.")).toEqual([]);
      expect(dated("In March 2023, Luiz Inácio Lula da Silva and Cyril Ramaphosa were both in Goa for the forum. The two leaders met over lunch at the hotel.")).toEqual([]);
    });

    it("not for another contact of the pair: one more elsewhere ('also met in', 'again in'), one weeks ahead; not a bare 'also'", () => {
      const met = "Luiz Inácio Lula da Silva met Cyril Ramaphosa at a villa in Goa on Monday.";
      const goa = ["2023-06-12 cyril-ramaphosa+luiz-inacio-lula-da-silva"];
      expect(dated(`${met} The two leaders also met in Nairobi at the bloc's summit.`)).toEqual(goa);
      expect(dated(`${met} The two leaders met again in Nairobi.`)).toEqual(goa);
      expect(dated(`${met} The two presidents held a meeting weeks ahead of the visit to settle the agenda.`)).toEqual(goa);
      // A bare "also" goes on with the meeting told: it takes its day.
      expect(dated(`${met} The two leaders also held talks over lunch at the villa.`)).toEqual([...goa, ...goa]);
    });
  });
});

describe("entry-date: an entry's date heads the later sentences of its own line", () => {
  const dated = (body: string) => mentions(body, "2024-11-20").map((m) => `${m.date} ${m.who.split("+").sort().join("+")}`);

  it("a table row's second sentence, with no date of its own, is of the row's day", () => {
    expect(dated("9 September | Luiz Inácio Lula da Silva arrived in Goa for the forum. He held a bilateral meeting with Cyril Ramaphosa at the hotel.")).toEqual(["2024-09-09 cyril-ramaphosa+luiz-inacio-lula-da-silva"]);
  });

  it("so is a chronology entry's after a dash and a bullet", () => {
    expect(dated("- 12 October — Luiz Inácio Lula da Silva landed in Nairobi for the forum. He then spoke with Cyril Ramaphosa by telephone.")).toEqual(["2024-10-12 cyril-ramaphosa+luiz-inacio-lula-da-silva"]);
  });

  it("so is a row's whose date is a later cell than the first, and a row's whose cells stand in markup", () => {
    expect(dated("17 | Nairobi | 9 September | Luiz Inácio Lula da Silva arrived for the forum. He held a bilateral meeting with Cyril Ramaphosa at the hotel.")).toEqual(["2024-09-09 cyril-ramaphosa+luiz-inacio-lula-da-silva"]);
    expect(dated("3\tNairobi\t9 September\tLuiz Inácio Lula da Silva arrived for the forum. He held a bilateral meeting with Cyril Ramaphosa at the hotel.")).toEqual(["2024-09-09 cyril-ramaphosa+luiz-inacio-lula-da-silva"]);
  });

  it("not a date told inside a cell's prose, nor a cell after the contact's sentence", () => {
    expect(dated("17 | Nairobi | Luiz Inácio Lula da Silva arrived on 9 September for the forum. He held a bilateral meeting with Cyril Ramaphosa at the hotel.").filter((m) => m.startsWith("2024-09-09"))).toEqual([]);
  });

  it("not past the entry's own line, nor for an earlier contact, nor when the day is not the entry's head", () => {
    expect(dated("9 September | Luiz Inácio Lula da Silva arrived in Goa for the forum.\n\nHe held a bilateral meeting with Cyril Ramaphosa at the hotel.")).toEqual([]);
    expect(dated("9 September | Luiz Inácio Lula da Silva arrived in Goa for the forum. He had met Cyril Ramaphosa in Nairobi years ago.")).toEqual([]);
    expect(dated("9 September | Luiz Inácio Lula da Silva arrived in Goa for the forum. He and Cyril Ramaphosa see each other only at video summits after that.")).toEqual([]);
    expect(dated("On 9 September Luiz Inácio Lula da Silva arrived in Goa for the forum. He held a bilateral meeting with Cyril Ramaphosa at the hotel.").filter((m) => m.startsWith("2024-09-09"))).toEqual([]);
    // A step told as later than the entry's day is not of that day.
    expect(dated("- 12 October — Luiz Inácio Lula da Silva landed in Nairobi for the forum. He later spoke by video with Cyril Ramaphosa.").filter((m) => m.startsWith("2024-10-12"))).toEqual([]);
  });
});

describe("a correction supersedes the claim it quotes: one contact, with the corrected facts", () => {
  const told = (body: string) => mentions(body, "2024-05-18").map((m) => `${m.date} ${m.type} ${m.who.split("+").sort().join("+")}`);

  it("a corrected medium keeps the claim's day (corrected-claim)", () => {
    expect(told("• We said Gustavo Petro and Javier Milei spoke by telephone on Monday, 13 May, about the dam (\"Lima frets over the dam\", 14 May). Colombian officials have since told us the two leaders held a video call.")).toEqual(["2024-05-13 video gustavo-petro+javier-milei"]);
    expect(told("• A brief on the region (\"Quito asks for answers\", 16 May) said Gustavo Petro and Javier Milei held a video call on Wednesday, 15 May. They spoke by telephone.")).toEqual(["2024-05-15 phone gustavo-petro+javier-milei"]);
  });

  it("a corrected day is the correction's, and the cited piece's day is no contact's", () => {
    expect(told("• In a report on the Colombian president's visit to Argentina (\"Petro bets on Buenos Aires\", 10 May), we said Gustavo Petro met Javier Milei on Thursday. Their talks in Buenos Aires took place on Friday, 10 May.")).toEqual(["2024-05-10 in-person gustavo-petro+javier-milei"]);
  });

  it("a correction naming one of the pair is the pair's contact (corrected-pair)", () => {
    expect(told("• A report on the visit (World, 12 May) said Gustavo Petro and Javier Milei held their talks in Lima on 9 May. Mr Petro landed on the evening of 9 May; the talks took place the following day, 10 May.")).toEqual(["2024-05-10 in-person gustavo-petro+javier-milei"]);
  });

  it("not without a claim just before on the same line, nor with two days in the claim", () => {
    expect(told("Gustavo Petro and Javier Milei met in Lima on Monday, 13 May.\n\nColombian officials have since told us the two leaders held a video call.")).toEqual(["2024-05-13 in-person gustavo-petro+javier-milei"]);
    expect(told("• We said Gustavo Petro and Javier Milei spoke by telephone on Monday, 13 May, and again on Wednesday, 15 May. They held video calls.")).toEqual([]);
    expect(told("Mr Petro landed on the evening of 9 May; the talks took place the following day, 10 May.")).toEqual([]);
  });
});

describe("talk-in-call-story: a round of calls told one by one", () => {
  const pairs = (headline: string, body: string) => {
    const a = parseArticle("m.txt", `---\npublished: 2023-06-15\n---\n${headline}\n\n${body}\n`);
    const found = findMentions(a, index, articleContext(a, index, a.published));
    return [...found.dated, ...found.floating].map((m) => `${m.type} ${[...m.participants].sort().join("+")}`).sort();
  };
  it("takes each leader a president 'spoke with' under a headline of phone calls as one more call", () => {
    expect(pairs("Lula holds phone calls with African leaders", "Luiz Inácio Lula da Silva first spoke with South African President Cyril Ramaphosa.")).toEqual(["phone cyril-ramaphosa+luiz-inacio-lula-da-silva"]);
  });
  it("in a story of a visit, a later 'spoke with' with no medium near it is no call", () => {
    expect(pairs("Lula in Pretoria", "Luiz Inácio Lula da Silva met Cyril Ramaphosa in Pretoria on Tuesday. Later, Lula spoke with French President Emmanuel Macron.")).toEqual(["in-person cyril-ramaphosa+luiz-inacio-lula-da-silva"]);
  });
});

describe("undated-needs-both-named", () => {
  const undated = (title: string, body: string) => {
    const a = parseArticle("m.txt", `---\npublished: 2024-06-08\ntitle: ${title}\n---\n\n${body}\n`);
    return findMentions(a, index, articleContext(a, index, a.published)).floating.map((m) => `${m.type} ${[...m.participants].sort().join("+")}`);
  };
  const body = "Luiz Inácio Lula da Silva and Cyril Ramaphosa signed a trade pact worth billions. The two leaders met at the Union Buildings, where a guard of honour was presented.";

  it("keeps 'the two leaders met …' with no date of its own when they are the pair the headline names", () => {
    expect(undated("Lula and Ramaphosa sign trade pact in Pretoria", body)).toEqual(["in-person cyril-ramaphosa+luiz-inacio-lula-da-silva"]);
  });

  it("refuses it when the clause tells an earlier meeting of the two, not the headline's", () => {
    const signed = "Luiz Inácio Lula da Silva and Cyril Ramaphosa signed a trade pact worth billions by video link.";
    const title = "Lula and Ramaphosa sign trade pact in Pretoria";
    const met = (body: string) => undated(title, body).filter((m) => m.startsWith("in-person"));
    expect(met(`${signed} The two leaders had met at the Union Buildings once before, when both were out of office.`)).toEqual([]);
    expect(met(`${signed} The two leaders last met at the Union Buildings, long before the pact was drafted.`)).toEqual([]);
    expect(met(`${signed} The two leaders met at the Union Buildings years ago, when both were out of office.`)).toEqual([]);
  });

  it("refuses it when the headline names only someone else", () => {
    expect(undated("Scholz welcomes the trade pact", body)).toEqual([]);
  });

  it("keeps it under a headline that names no leader, when they are the article's clear pair", () => {
    expect(undated("Trade pact signed in Pretoria", body)).toEqual(["in-person cyril-ramaphosa+luiz-inacio-lula-da-silva"]);
  });
});

describe("a contact dated by a range of days", () => {
  it("tells its month, not the range's first day", () => {
    expect(mentions("Cyril Ramaphosa hosted Luiz Inácio Lula da Silva in Pretoria from June 5 to 7.").map((m) => [m.date, m.who])).toEqual([["2023-06", "luiz-inacio-lula-da-silva+cyril-ramaphosa"]]);
    expect(mentions("Cyril Ramaphosa met Luiz Inácio Lula da Silva in Pretoria on June 6.").map((m) => m.date)).toEqual(["2023-06-06"]);
  });
  it("joins the day the article gives the talks, as one contact", () => {
    const text = "---\npublished: 2023-06-15\n---\nA headline for the test\n\nCyril Ramaphosa hosted Luiz Inácio Lula da Silva in Pretoria from June 5 to 7.\n\nThe two presidents held talks at the Union Buildings on June 6.\n";
    expect(extract([{ file: "r.txt", text, meta: {} }], loadCatalogue()).events.map((e) => e.date)).toEqual(["2023-06-06"]);
  });
  it("a range across two months keeps its first day", () => {
    expect(mentions("Cyril Ramaphosa hosted Luiz Inácio Lula da Silva in Pretoria from May 30 to June 2.").map((m) => m.date)).toEqual(["2023-05-30"]);
  });
});

describe("the narrative's year and the present", () => {
  const dated = (body: string, published: string) => mentions(body, published).map((m) => `${m.date} ${m.type} ${m.who.split("+").sort().join("+")}`);

  it("a day of the news week told before a year-less month brings the story back to the present", () => {
    const told = "Relations froze after the border dispute in June 2023, when Lula and Gustavo Petro stopped talking.";
    const july = (list: string[]) => list.filter((e) => e.includes("-07 "));
    // "On Tuesday" is this week: "in July" after it is this year's July, not the narrative's.
    expect(july(dated(`${told} On Tuesday Lula received Gustavo Petro in Brasília, a month after his visit to Bogotá in July.`, "2024-08-30"))).toEqual([
      "2024-07 in-person gustavo-petro+luiz-inacio-lula-da-silva",
    ]);
    // With no day of the news before it, the month goes on in the narrative's year.
    expect(july(dated(`${told} Lula received Gustavo Petro in Brasília a month after his visit to Bogotá in July.`, "2024-08-30"))).toEqual([
      "2023-07 in-person gustavo-petro+luiz-inacio-lula-da-silva",
    ]);
  });

  it("a date that starts a span running to the present ('since … in January 2023') is no step the story is at", () => {
    const body = (first: string) => `${first} Lula and Gustavo Petro last spoke by phone in March, before the floods.`;
    expect(dated(body("It was their fifth call since Lula took office in January 2023."), "2024-07-28")).toEqual(["2024-03 phone gustavo-petro+luiz-inacio-lula-da-silva"]);
    expect(dated(body("Their first call came in January 2023."), "2024-07-28")).toEqual(["2023-03 phone gustavo-petro+luiz-inacio-lula-da-silva"]);
  });
});

describe("a medium set apart after the date", () => {
  const told = "Luiz Inácio Lula da Silva met Gustavo Petro in Bogotá on Tuesday.";
  it("'spoke in March, by video' is a video call in March", () => {
    expect(mentions(`${told} They last spoke in March, by video, weeks after the floods.`, "2024-07-28").map((m) => `${m.date} ${m.type}`)).toContain("2024-03 video");
  });

  it("a comma before 'over' that opens a span of time lends the meeting no medium from what the span names", () => {
    const met = mentions("Luiz Inácio Lula da Silva met Gustavo Petro in Bogotá on Thursday, over a year after their last phone call.", "2024-07-28");
    expect(met.filter((m) => m.date === "2024-07-25").map((m) => m.type)).toEqual(["in-person"]);
  });

  it("'spoke again on Thursday, this time for two hours by videoconference' is a video call", () => {
    const spoke = mentions(`${told} The two presidents spoke again on Thursday, this time for nearly two hours by videoconference, after the floods.`, "2024-07-28");
    expect(spoke.filter((m) => m.date === "2024-07-25").map((m) => m.type)).toEqual(["video"]);
    // "this time" with no medium after it lends none.
    const met = mentions("Luiz Inácio Lula da Silva met Gustavo Petro in Bogotá on Thursday, this time for nearly two hours, after the floods.", "2024-07-28");
    expect(met.filter((m) => m.date === "2024-07-25").map((m) => m.type)).toEqual(["in-person"]);
  });

  it("'met on Thursday, by video link' is still a video meeting", () => {
    const met = mentions("Luiz Inácio Lula da Silva met Gustavo Petro on Thursday, by video link, to discuss the floods.", "2024-07-28");
    expect(met.filter((m) => m.date === "2024-07-25").map((m) => m.type)).toEqual(["video"]);
  });
});

describe("a journey made for an occasion", () => {
  const visits = (body: string) => mentions(`Olaf Scholz has praised the partnership. ${body}`, "2023-06-15").map((m) => `${m.date} ${m.type}`);

  it("a journey for talks is no trip to an occasion, whatever word the talks are about ('the final text')", () => {
    expect(visits("Luiz Inácio Lula da Silva travelled to Berlin on Saturday for talks on the final text of the trade agreement.")).toEqual(["2023-06-10 in-person"]);
    expect(visits("Luiz Inácio Lula da Silva travelled to Berlin on Saturday for the final text of the trade agreement.")).toEqual(["2023-06-10 in-person"]);
  });

  it("a journey to watch a final, or for the final of a tournament, still meets no host by itself", () => {
    expect(visits("Luiz Inácio Lula da Silva travelled to Berlin on Saturday to watch the cup final.")).toEqual([]);
    expect(visits("Luiz Inácio Lula da Silva travelled to Berlin on Saturday for the final of the handball tournament.")).toEqual([]);
  });
});

describe("entry-owner on a page's headline", () => {
  const events = (title: string, body: string) => {
    const a = parseArticle("m.txt", `---\npublished: 2024-04-10\ntitle: ${title}\n---\n\n${body}\n`);
    return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.type} ${[...m.participants].sort().join("+")}`);
  };

  it("gives a record's subjectless entry the one leader its headline names", () => {
    expect(events("Lula's foreign trips in 2024", "9 April 2024 — Met President Cyril Ramaphosa in Pretoria.")).toEqual(["in-person cyril-ramaphosa+luiz-inacio-lula-da-silva"]);
  });

  it("does not make news under a one-leader headline that leader's record", () => {
    const body = "President Luiz Inácio Lula da Silva spent Tuesday in Brasília preparing the budget.\n\nReceived by President Cyril Ramaphosa in Pretoria on Tuesday, Brazil's foreign minister signed three trade accords.";
    expect(events("Lula stays home as ministers travel", body)).toEqual([]);
    expect(events("Lula stays home as ministers travel", body.replace("Received by President Cyril Ramaphosa in Pretoria on Tuesday", "Met President Cyril Ramaphosa in Pretoria on Tuesday"))).toEqual([]);
  });
});
