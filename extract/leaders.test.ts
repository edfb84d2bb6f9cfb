import { describe, expect, it } from "vitest";
import { loadCatalogue } from "./catalogue";
import { LeaderIndex, lastWordStarts, nameVariants, withoutPossessive } from "./leaders";
import { matchesOf } from "./matches";

const index = new LeaderIndex(loadCatalogue());
const ids = (text: string, date: string | null = "2024-07-25", prefer?: Set<string>) => index.find(text, 0, date, prefer).map((r) => r.leaderId);

describe("leaders", () => {
  it("has at least 25 leaders with roles and tenures", () => {
    const { leaders } = loadCatalogue();
    expect(leaders.length).toBeGreaterThanOrEqual(25);
    for (const l of leaders) for (const r of l.roles) expect(!r.to || r.from < r.to).toBe(true);
  });

  it("finds names, aliases and transliterations", () => {
    expect(ids("Erdoğan met Assad; later Erdogan called al-Asad.")).toEqual(["recep-tayyip-erdogan", "bashar-al-assad", "recep-tayyip-erdogan", "bashar-al-assad"]);
    expect(ids("Poutine a reçu Bashar al-Assad")).toEqual(["vladimir-putin", "bashar-al-assad"]);
  });

  it("reads a knight called by the honorific and his given name, as the British press calls its prime minister", () => {
    expect(ids("Sir Keir held talks with Lula in Brasília on Monday.")).toEqual(["keir-starmer", "luiz-inacio-lula-da-silva"]);
    // The given name alone, or another knight, is nobody.
    expect(ids("Keir held talks with Lula on Monday.")).toEqual(["luiz-inacio-lula-da-silva"]);
    expect(ids("Sir Kevin held talks with Lula on Monday.")).toEqual(["luiz-inacio-lula-da-silva"]);
  });

  it("reads a hyphenated given name written with its second part capitalised", () => {
    expect(nameVariants("Kim Dae-jung")).toEqual(["Kim Dae-jung", "Kim Dae-Jung"]);
    // No hyphen followed by a small letter: nothing to add.
    expect(nameVariants("Kassym-Jomart Tokayev")).toEqual(["Kassym-Jomart Tokayev"]);
    expect(nameVariants("Luiz Inácio Lula da Silva")).toEqual(["Luiz Inácio Lula da Silva"]);
    expect(ids("Trudeau met President Moon Jae-In in Ottawa.", "2018-03-01")).toEqual(["justin-trudeau", "moon-jae-in"]);
    expect(ids("Trudeau met President Moon Jae-in in Ottawa.", "2018-03-01")).toEqual(["justin-trudeau", "moon-jae-in"]);
  });

  it("reads a monarch's titled name written without its regnal number", () => {
    expect(nameVariants("King Harald V")).toEqual(["King Harald V", "King Harald"]);
    expect(nameVariants("King Harald V of Norway")).toEqual(["King Harald V of Norway", "King Harald of Norway"]);
    // Without the title a bare given name may be anyone's; a president has no regnal number.
    expect(nameVariants("Harald V")).toEqual(["Harald V"]);
    expect(nameVariants("President Lula")).toEqual(["President Lula"]);
    expect(ids("Modi spoke with King Abdullah by phone on Monday.", "2023-06-01")).toEqual(["narendra-modi", "abdullah-ii"]);
    // A bare given name is no monarch's.
    expect(ids("Modi spoke with Abdullah by phone on Monday.", "2023-06-01")).toEqual(["narendra-modi"]);
  });

  it("refuses a monarch's name without its number when another country is named for him or he did not reign then", () => {
    // Another kingdom had a King Abdullah: its own country word before him, or "of" it after, is his.
    expect(ids("Lula met Saudi Arabia's King Abdullah in Riyadh on Thursday.", "2010-03-12")).toEqual(["luiz-inacio-lula-da-silva"]);
    expect(ids("Lula met the Saudi King Abdullah in Riyadh on Thursday.", "2010-03-12")).toEqual(["luiz-inacio-lula-da-silva"]);
    expect(ids("Lula met King Abdullah of Saudi Arabia in Riyadh on Thursday.", "2010-03-12")).toEqual(["luiz-inacio-lula-da-silva"]);
    // Before the catalogue's king came to the throne, the name was another man's.
    expect(ids("Lula met King Abdullah in Riyadh on Thursday.", "1995-03-12")).toEqual(["luiz-inacio-lula-da-silva"]);
    // His own country, or none, keeps him.
    expect(ids("Modi spoke with Jordan's King Abdullah by phone on Monday.", "2023-06-01")).toEqual(["narendra-modi", "abdullah-ii"]);
  });

  it("does not take an official's name after a minister's or envoy's title for a leader's one-word alias", () => {
    expect(ids("The Foreign Ministers Abbas Araghchi and Fuad Hussein met in Baghdad.")).toEqual([]);
    // A prime minister's title, or the leader's own, still names the leader.
    expect(ids("Prime Minister Netanyahu spoke with President Abbas on Monday.")).toEqual(["benjamin-netanyahu", "mahmoud-abbas"]);
  });

  it("does not take a relative or namesake named like a leader for the leader", () => {
    expect(ids("The emir was greeted by first lady Jill Biden at the White House.")).toEqual([]);
    expect(ids("Macron arrived with his wife, Brigitte Macron, and met Lula.")).toEqual(["emmanuel-macron", "luiz-inacio-lula-da-silva"]);
    expect(ids("Zelensky later met his son Hunter Biden in Kyiv.")).toEqual(["volodymyr-zelensky"]);
    expect(ids("The guests included Yuko Kishida and the mayor.")).toEqual([]);
    // The leader's own first or middle name, a title, an honorific or a place before the surname still name the leader.
    expect(ids("He was received by President Bola Ahmed Tinubu and by Shri Modi.")).toEqual(["bola-tinubu", "narendra-modi"]);
    expect(ids("talks with Supreme Leader Khamenei, Chancellor Scholz and Tayyip Erdogan")).toEqual(["ali-khamenei", "olaf-scholz", "recep-tayyip-erdogan"]);
    expect(ids("She flew on to Jakarta, where Prabowo met her, and then to London and Paris Starmer did not visit.")).toEqual(["prabowo-subianto", "keir-starmer"]);
    // A capital opening a sentence or a headline may be anything.
    expect(ids("Afterwards Trump told reporters he was pleased.")).toEqual(["donald-trump"]);
    expect(ids("Tuesday Briefing: Modi Meets Lula In Brasília")).toEqual(["narendra-modi", "luiz-inacio-lula-da-silva"]);
  });

  it("does not take a one-word name followed by someone else's surname for the leader", () => {
    // A leader's one-word name, then a surname none of the leader's names has, in running prose: a namesake.
    expect(ids("In Lima, Lula's adviser Abbas Haidari spoke to the press.")).toEqual(["luiz-inacio-lula-da-silva"]);
    expect(ids("The report quotes Scholz Gunther, a farmer from the valley, at length.")).toEqual([]);
    // The leader's own names in either order, a weekday, a country, a place, a second leader, an
    // institution named after the leader, a name joined to another by a hyphen, or a headline's
    // capitals still leave the leader.
    expect(ids("the envoy was received by President Abbas Mahmoud in his office")).toEqual(["mahmoud-abbas"]);
    expect(ids("the minister said Abbas Tuesday had agreed to the plan")).toEqual(["mahmoud-abbas"]);
    expect(ids("aides to Biden Administration officials were told of it")).toEqual(["joe-biden"]);
    expect(ids("the planned Modi-Albanese Goa summit was put off")).toEqual(["narendra-modi", "anthony-albanese"]);
    expect(ids("Abbas Welcomes Sisi In Nairobi For Talks")).toEqual(["mahmoud-abbas", "abdel-fattah-el-sisi"]);
    expect(ids("a picture shows Lula Modi and others at the table")).toEqual(["luiz-inacio-lula-da-silva", "narendra-modi"]);
  });

  it("takes a leader after a hyphenated title or a Malay or Indonesian honorific for the leader", () => {
    expect(ids("he spent an hour on tariffs with President-elect Trump at his club", "2024-11-20")).toEqual(["donald-trump"]);
    expect(ids("the envoy then saw Prime Minister-designate Starmer in his office", "2024-11-20")).toEqual(["keir-starmer"]);
    expect(ids("the minister discussed fisheries with Pak Prabowo in the capital", "2024-11-20")).toEqual(["prabowo-subianto"]);
    expect(ids("the minister discussed fisheries with Bapak Prabowo in the capital", "2024-11-20")).toEqual(["prabowo-subianto"]);
    // A hyphenated first name that is no title is still a first name: the person is a namesake.
    expect(ids("the guests included Min-ji Kishida and the mayor", "2022-05-24")).toEqual([]);
  });

  it("does not take an official's counterpart for a leader", () => {
    // A foreign minister's or an envoy's counterparts hold that post, not the leader's.
    expect(ids("Kenya's Foreign Minister Musalia Mudavadi met his Brazilian and Indian counterparts in Lima.", "2024-11-20")).toEqual([]);
    expect(ids("the special envoy held talks with her Brazilian counterpart in Goa", "2024-11-20")).toEqual([]);
    // A leader's counterpart is still the leader, and so is one after an official told in another clause.
    expect(ids("Prime Minister Modi met his Brazilian counterpart in Goa", "2024-11-20")).toEqual(["narendra-modi", "luiz-inacio-lula-da-silva"]);
    expect(ids("Flanked by his foreign minister, Modi later met his Brazilian counterpart", "2024-11-20")).toEqual(["narendra-modi", "luiz-inacio-lula-da-silva"]);
  });

  it("resolves roles to whoever held them on the date", () => {
    expect(ids("his Syrian counterpart")).toEqual(["bashar-al-assad"]);
    expect(ids("the Russian leader", "2010-05-01")).toEqual(["dmitry-medvedev"]);
    expect(ids("the Russian leader", "2015-05-01")).toEqual(["vladimir-putin"]);
    expect(ids("the Turkish President", "2012-01-01")).toEqual([]); // Erdogan was prime minister then
    expect(ids("the Turkish Prime Minister", "2012-01-01")).toEqual(["recep-tayyip-erdogan"]);
    expect(ids("The Kremlin chief spoke")).toEqual(["vladimir-putin"]);
    expect(ids("President of the Republic of Türkiye Recep Tayyip Erdogan")).toEqual(["recep-tayyip-erdogan"]);
    expect(ids("the US President", "2022-01-01")).toEqual(["joe-biden"]);
  });

  it("reads a role followed by someone else's name as that person, not the office's holder", () => {
    expect(ids("his Iranian counterpart Mohammad Javad Zarif", "2019-11-01")).toEqual([]);
    expect(ids("then Australian prime minister Scott Morrison joined them", "2022-05-24")).toEqual([]);
    // The holder's own name, however spelt, and a role with no name after it stay the leader.
    expect(ids("the Egyptian President Abdel Fattah El-Sisi", "2022-05-24")).toEqual(["abdel-fattah-el-sisi"]);
    expect(ids("his Iranian counterpart on Monday", "2019-11-01")).toEqual(["hassan-rouhani"]);
  });

  it("reads every country of a list after a plural title", () => {
    expect(ids("The leaders of the United States, Japan, India and Australia met in Tokyo", "2022-05-24")).toEqual(["joe-biden", "fumio-kishida", "narendra-modi", "anthony-albanese"]);
    // A singular title takes one country: the name after it is an apposition, not a second leader.
    expect(ids("the President of France, a country of 68 million, and", "2022-05-24")).toEqual(["emmanuel-macron"]);
  });

  it("reads a plural title of one country as a group, not its leader", () => {
    expect(ids("South American leaders arrive in Brasília", "2023-05-29")).toEqual([]);
    expect(ids("the Russian and Turkish presidents", "2023-05-29")).toEqual(["vladimir-putin", "recep-tayyip-erdogan"]);
  });

  it("reaches a country through a form of state listed in the data, and through its long name as an alias", () => {
    expect(ids("the Chancellor of the Federal Republic of Germany", "2022-06-01")).toEqual(["olaf-scholz"]);
    expect(ids("the President of the Arab Republic of Egypt", "2022-06-01")).toEqual(["abdel-fattah-el-sisi"]);
    expect(ids("the President of the Syrian Arab Republic", "2015-01-01")).toEqual(["bashar-al-assad"]);
    // A form of state the data does not list leads nowhere.
    const bare = new LeaderIndex({ ...loadCatalogue(), stateForms: [] });
    expect(bare.find("the Chancellor of the Federal Republic of Germany", 0, "2022-06-01").map((r) => r.leaderId)).toEqual([]);
    expect(bare.find("the President of the Syrian Arab Republic", 0, "2015-01-01").map((r) => r.leaderId)).toEqual(["bashar-al-assad"]);
  });

  it("without a date, reads a role only as a leader the article names", () => {
    expect(ids("the Syrian President", null)).toEqual([]);
    expect(ids("the Syrian President", null, new Set(["bashar-al-assad"]))).toEqual(["bashar-al-assad"]);
  });

  it("finds places of the gazetteer and 'the Russian capital'", () => {
    expect(index.findPlaces("talks at the Kremlin, then in the Syrian capital and in Sochi", 0).map((p) => p.name)).toEqual(["Moscow, Russia", "Damascus, Syria", "Sochi, Russia"]);
  });

  it("finds both names in a hyphenated pair ('the Erdogan-Putin talks')", () => {
    expect(ids("The Erdogan-Putin talks and the Putin-Xi summit")).toEqual(["recep-tayyip-erdogan", "vladimir-putin", "vladimir-putin", "xi-jinping"]);
  });
});

describe("withoutPossessive", () => {
  it("drops a possessive, and the stops and quotes after a word", () => {
    expect(withoutPossessive("Lula's")).toBe("Lula");
    expect(withoutPossessive("Modi’s")).toBe("Modi");
    expect(withoutPossessive("Scholz.")).toBe("Scholz");
    expect(withoutPossessive("Tinubu.’")).toBe("Tinubu");
  });

  it("keeps a plural's s and any other word whole", () => {
    expect(withoutPossessive("States")).toBe("States");
    expect(withoutPossessive("Boric")).toBe("Boric");
    expect(withoutPossessive("Widodo-led")).toBe("Widodo-led");
  });

  it("gives what the pattern it stands for gives", () => {
    for (const w of ["", "s", "'s", "A.'s", "Ss", "s’s", "''", "X'.'", "Milei's.", "Petro’s’"]) expect(withoutPossessive(w), w).toBe(w.replace(/[.'’]+$|['’]s$/u, ""));
  });
});

describe("lastWordStarts", () => {
  const byPattern = (text: string, max: number) =>
    matchesOf(/\S+/g, text)
      .slice(-max)
      .map((m) => m.index)
      .reverse();
  it("finds where the last words start, the last first, as the pattern \\S+ splits them", () => {
    for (const text of ["", " ", "Kenyan", "his Kenyan ", "the  Republic of\tKenya's\n", "a b c d e f", "  two words", "non\u00a0breaking\u2009thin\u3000wide\ufeffmark", "x\u180ey"])
      for (const max of [1, 2, 4]) expect(lastWordStarts(text, max), JSON.stringify([text, max])).toEqual(byPattern(text, max));
  });
  it("reads every code unit as white space exactly where the pattern \\s does", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      if (lastWordStarts(text, 2).length !== byPattern(text, 2).length) throw new Error(`code unit ${c.toString(16)}`);
    }
  });
});
