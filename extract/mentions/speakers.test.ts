import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { loadCatalogue } from "../catalogue";
import { LeaderIndex } from "../leaders";
import { articleContext, findMentions } from ".";
import { asWritten } from "./context";
import { interviewSubject, intervieweeOf, labelAliases, labelAsWritten, headingSpeaker, ownWordsOf, pagePartner, questionTurn, quotePronounSpeaker, quoteSpeaker, sentenceBounds, speakerLabel, turnOf, turnRunsOn } from "./speakers";

const index = new LeaderIndex(loadCatalogue());
const DAY = "2024-03-06";

/** The contacts of a dated page, as "date type a+b". */
function contacts(body: string, published = DAY): string[] {
  const a = parseArticle("s.txt", `---\ntitle: Evening bulletin\npublished: ${published}\n---\n${body}\n`);
  return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.date?.value} ${m.type} ${[...m.participants].sort().join("+")}`);
}

/** Whom a rule reads each first person of one paragraph as: "I=leader". */
function firstPersons(rule: typeof speakerLabel, text: string): string[] {
  const find = (t: string, o: number) => index.find(t, o, DAY);
  return (rule.apply({ text, offset: 0, refs: find(text, 0), find }) ?? []).map((r) => `${r.text}=${r.leaderId}`);
}

describe("speaker-label", () => {
  it("reads a transcript's 'I' as the leader its label names, in capitals or not, with a role or a clock time", () => {
    expect(firstPersons(speakerLabel, "PRESIDENT RAMAPHOSA: I spoke to President Tinubu on Monday.")).toEqual(["I=cyril-ramaphosa"]);
    expect(firstPersons(speakerLabel, "[14:02] Chancellor Scholz (by video link): Yesterday I met the Prime Minister, and he told me so.")).toEqual(["I=olaf-scholz", "me=olaf-scholz"]);
  });

  it("reads nobody for a label naming no leader or two, and not the 'I' of someone quoted in the turn", () => {
    expect(firstPersons(speakerLabel, "ANCHOR: I spoke to President Tinubu's office today.")).toEqual([]);
    expect(firstPersons(speakerLabel, "MODI AND SCHOLZ: I think we agree.")).toEqual([]);
    expect(firstPersons(speakerLabel, 'PRESIDENT LULA: He told us, "I met Chancellor Scholz," and nothing more.')).toEqual([]);
  });

  it("reads an 'I' after a run of spaces (blanked markup) as after one space, and only there", () => {
    const gap = " ".repeat(200);
    expect(firstPersons(speakerLabel, `PRESIDENT RAMAPHOSA: We knew him, and${gap}I spoke to President Tinubu.`)).toEqual(["I=cyril-ramaphosa"]);
    expect(firstPersons(speakerLabel, `PRESIDENT RAMAPHOSA: We knew him,${gap}I spoke to President Tinubu.`)).toEqual(["I=cyril-ramaphosa"]);
    expect(firstPersons(speakerLabel, `PRESIDENT RAMAPHOSA: Under King Charles${gap}I nothing changed.`)).toEqual([]);
    expect(firstPersons(speakerLabel, `PRESIDENT RAMAPHOSA: The war${gap}I remember was long.`)).toEqual(["I=cyril-ramaphosa"]);
    expect(firstPersons(speakerLabel, "PRESIDENT RAMAPHOSA: World War I was long.")).toEqual([]);
  });

  it("never takes a numeral after a name for the first person", () => {
    expect(firstPersons(speakerLabel, "PRESIDENT LULA: Since World War I there has been peace here.")).toEqual([]);
  });
});

describe("quote-speaker", () => {
  it("reads a quotation's 'I' as the leader named beside it, after the quote or before it", () => {
    expect(firstPersons(quoteSpeaker, '"I met President Widodo in Jakarta," Mr Albanese told reporters.')).toEqual(["I=anthony-albanese"]);
    expect(firstPersons(quoteSpeaker, '"I called him at once," said President Lula.')).toEqual(["I=luiz-inacio-lula-da-silva"]);
    expect(firstPersons(quoteSpeaker, 'Chancellor Scholz told reporters in Berlin: "I spoke to President Milei this morning."')).toEqual(["I=olaf-scholz"]);
  });

  it("reads the speaker with any verb of the shared reporting list ('stressed', 'announced'), not only 'said'", () => {
    expect(firstPersons(quoteSpeaker, '"I met President Widodo in Jakarta," Mr Albanese stressed.')).toEqual(["I=anthony-albanese"]);
    expect(firstPersons(quoteSpeaker, 'Chancellor Scholz announced in Berlin: "I spoke to President Milei this morning."')).toEqual(["I=olaf-scholz"]);
    expect(firstPersons(quoteSpeaker, 'He stressed: "I spoke to President Milei this morning."')).toEqual([]);
  });

  it("reads nobody when the speaker is a pronoun, an unnamed official, or a leader only mentioned near the quote", () => {
    expect(firstPersons(quoteSpeaker, 'He said: "I spoke to President Milei this morning."')).toEqual([]);
    expect(firstPersons(quoteSpeaker, '"I doubt President Lula met anyone," one senator said.')).toEqual([]);
    expect(firstPersons(quoteSpeaker, 'After meeting President Lula, the minister said: "I am hopeful."')).toEqual([]);
  });
});

describe("quote-pronoun-speaker", () => {
  it("reads a quotation given to 'he said' as the one leader its paragraph names before it", () => {
    const text = 'Speaking on the radio, Ramaphosa said the visit went well. "When I met President Tinubu in Nairobi last May, we agreed on much. That still holds," he said.';
    expect(firstPersons(quotePronounSpeaker, text)).toEqual(["I=cyril-ramaphosa"]);
    expect(firstPersons(quotePronounSpeaker, 'Lula was upbeat. "I spoke to Petro on Sunday," said he.')).toEqual(["I=luiz-inacio-lula-da-silva"]);
  });

  it("reads nobody when two leaders are named before the quotation, none is, or the pronoun does not speak it", () => {
    expect(firstPersons(quotePronounSpeaker, 'Ramaphosa thanked Tinubu. "I met President Lula in Goa," he said.')).toEqual([]);
    expect(firstPersons(quotePronounSpeaker, '"I met President Lula in Goa," he said.')).toEqual([]);
    expect(firstPersons(quotePronounSpeaker, 'Ramaphosa was asked about it. "I met President Lula in Goa," the minister said, and he left.')).toEqual([]);
  });

  it("makes the contact the speaker told in the first person", () => {
    const body = 'In an interview on Sunday, Ramaphosa said relations were good. "When I met President Tinubu in Nairobi in May 2023, we agreed to meet yearly. Nothing has changed," he said.';
    expect(contacts(body)).toContain("2023-05 in-person bola-tinubu+cyril-ramaphosa");
  });
});

describe("question's turn", () => {
  const find = (t: string, o: number) => index.find(t, o, DAY);
  const transcript = { transcript: true, isPlace: (label: string) => index.findPlaces(labelAsWritten(label), 0).length > 0 };
  it("is a questioner's labelled paragraph, or a labelled one ending in a question mark, up to an answer's label", () => {
    expect(questionTurn("Q: Reports say two leaders met. Can you confirm?", find, transcript)).toBeGreaterThan(0);
    expect(questionTurn("CCTV: Media say they met on Sunday. Is that correct?", find, transcript)).toBeGreaterThan(0);
    const line = "Q: Did they meet? A: Yes, they met on Friday.";
    expect(line.slice(0, questionTurn(line, find, transcript))).toBe("Q: Did they meet?");
  });

  it("is not an answer, a narrator's statement, or a leader's own turn that asks something", () => {
    expect(questionTurn("A: No such meeting took place.", find, transcript)).toBe(0);
    expect(questionTurn("REPORTER: The two presidents met this morning in Geneva.", find, transcript)).toBe(0);
    expect(questionTurn("PRESIDENT LULA: I met him in May. Why would I hide it?", find, transcript)).toBe(0);
  });

  it("takes a label other than a questioner's only in a text told in turns, and never a place's", () => {
    expect(questionTurn("CCTV: Media say they met on Sunday. Is that correct?", find, { ...transcript, transcript: false })).toBe(0);
    expect(questionTurn("Q: Media say they met on Sunday. Is that correct?", find, { ...transcript, transcript: false })).toBeGreaterThan(0);
    expect(questionTurn("CANBERRA: The two leaders met on Sunday. What comes next?", find, transcript)).toBe(0);
  });
});

describe("spoken news, read whole", () => {
  it("tells a labelled speaker's own call and meeting", () => {
    const body = [
      "ANCHOR: Good evening. The president joins us from Pretoria.",
      "PRESIDENT RAMAPHOSA: I spoke to President Tinubu by phone on Monday, and our ministers will meet next month.",
      "PRESIDENT RAMAPHOSA: When I met Prime Minister Abiy in Addis Ababa in February, we discussed the port.",
    ].join("\n\n");
    expect(contacts(body)).toEqual(["2024-03-04 phone bola-tinubu+cyril-ramaphosa", "2024-02 in-person abiy-ahmed+cyril-ramaphosa"]);
  });

  it("takes no contact from a question's premise; the answer decides", () => {
    const body = [
      "Q: Reports say President Milei and President Petro held a phone call on Saturday. Can you confirm?",
      "A: I have no information on that.",
      "Question: Media reports say Prime Minister Modi met Chancellor Scholz in Berlin on Sunday. Is that correct?",
      "Spokesperson: No such meeting took place.",
      "Q: Did President Lula speak to President Ramaphosa on Friday?",
      "A: Yes. President Lula and President Ramaphosa held a telephone conversation on Friday.",
    ].join("\n\n");
    expect(contacts(body, "2024-05-14")).toEqual(["2024-05-10 phone cyril-ramaphosa+luiz-inacio-lula-da-silva"]);
  });

  it("denied-after: a contact told only as a report is none when the next sentence denies it; a readout followed by another denial stays", () => {
    const report = "A newspaper reported on Thursday that President Milei and President Petro had spoken by phone on Wednesday night.";
    expect(contacts(`${report} Asked about the report, a spokesman said no such conversation had taken place.`, "2024-04-12")).toEqual([]);
    expect(contacts(`${report} A spokesman confirmed the call.`, "2024-04-12")).toEqual(["2024-04-10 phone gustavo-petro+javier-milei"]);
    // A denial of another contact: of others' ("of their ministers"), or of another kind ("no meeting" is no call).
    expect(contacts(`${report} There was no meeting of their ministers.`, "2024-04-12")).toEqual(["2024-04-10 phone gustavo-petro+javier-milei"]);
    expect(contacts(`${report} A spokesman said no such meeting had taken place.`, "2024-04-12")).toEqual(["2024-04-10 phone gustavo-petro+javier-milei"]);
    expect(contacts(`${report} A spokesman said there had been no call with him.`, "2024-04-12")).toEqual([]);
  });

  it("denied-after: a claim, a post, someone's information or a circulating picture denied in the next sentences is no contact", () => {
    const day = "2024-04-12";
    expect(contacts("Posts on social media claim that President Milei and President Petro held a secret phone call on Wednesday. We found no evidence of the call.", day)).toEqual([]);
    expect(contacts('A senator said she had "solid information" that Petro and Milei spoke by video link on Wednesday night. "There was no videoconference," the presidency said.', day)).toEqual([]);
    expect(contacts("Two websites reported that President Milei and President Petro had held a call on Wednesday. \"There has been no contact between President Petro and the Argentine president,\" an aide said.", day)).toEqual([]);
    expect(contacts("A picture showing President Milei shaking hands with President Petro in Lima on Wednesday has spread online. The image is edited, and there is no record of any meeting between Milei and Petro.", day)).toEqual([]);
    expect(contacts('A photo has been shared since Thursday with the caption: "Petro flew to Lima on Wednesday and met Milei there." Several accounts shared it. The claim is false.', day)).toEqual([]);
  });

  it("denied-after: a claim stays when what follows denies nothing of it, or denies a contact of others or of another kind", () => {
    const day = "2024-04-12";
    const posts = "Posts on social media claim that President Milei and President Petro held a phone call on Wednesday.";
    expect(contacts(`${posts} Both offices confirmed the call.`, day)).toEqual(["2024-04-10 phone gustavo-petro+javier-milei"]);
    expect(contacts(`${posts} There is no record of any meeting between them.`, day)).toEqual(["2024-04-10 phone gustavo-petro+javier-milei"]);
    expect(contacts(`${posts} There has been no contact between President Lula and President Petro since.`, day)).toEqual(["2024-04-10 phone gustavo-petro+javier-milei"]);
    // A picture of a contact with nothing denied after it is the contact.
    expect(contacts("A picture showing President Milei shaking hands with President Petro in Lima on Wednesday was released by the presidency.", day)).toEqual(["2024-04-10 in-person gustavo-petro+javier-milei"]);
  });

  it("reads a dateline ending its paragraph with a question as no questioner", () => {
    const body = "WASHINGTON: President Joe Biden met Prime Minister Fumio Kishida at the White House on Wednesday. What comes next?";
    expect(contacts(body, "2024-04-12")).toEqual(["2024-04-10 in-person fumio-kishida+joe-biden"]);
  });

  it("reads the leaders of a caption written in capitals throughout, and names nobody from a short label in capitals", () => {
    expect(contacts("PRESIDENT RAMAPHOSA AND PRESIDENT TINUBU MET IN PRETORIA ON MONDAY TO DISCUSS TRADE.")).toEqual(["2024-03-04 in-person bola-tinubu+cyril-ramaphosa"]);
    expect(asWritten("LULA, PETRO")).toBe("LULA, PETRO");
    expect(asWritten("Lula met Petro. THEN THE TWO LEADERS SPOKE AT LENGTH.")).toBe("Lula met Petro. THEN THE TWO LEADERS SPOKE AT LENGTH.");
  });

  it("date-in-quote: a quotation telling its own contact keeps the date it tells after it; a quoted date with no contact before it in the quotation dates nothing", () => {
    expect(contacts('"I had a long call with President Tinubu this morning," President Ramaphosa told reporters.')).toEqual(["2024-03-06 phone bola-tinubu+cyril-ramaphosa"]);
    expect(contacts('President Ramaphosa said: "I met President Tinubu yesterday and we agreed on the corridor."')).toEqual(["2024-03-05 in-person bola-tinubu+cyril-ramaphosa"]);
    expect(contacts('"The corridor opens on Monday," President Ramaphosa said after meeting President Tinubu in Abuja.')).toEqual([]);
    // A date of another clause later in the quotation is that clause's, not the contact's told before it.
    expect(contacts('"President Tinubu flew to Pretoria to meet President Ramaphosa, and the rand rallied on Monday," an analyst said.').join(" ")).not.toMatch(/2024-03-04/);
  });

  it("date-in-quote: ', and again in June' after a quoted contact's date tells that contact once more", () => {
    expect(contacts('"I met President Tinubu in Abuja in July 2023, and again in January 2024," President Ramaphosa told reporters.')).toEqual([
      "2023-07 in-person bola-tinubu+cyril-ramaphosa",
      "2024-01 in-person bola-tinubu+cyril-ramaphosa",
    ]);
    expect(contacts('"I met President Tinubu in Abuja in July 2023, and the rand rallied in January 2024," President Ramaphosa told reporters.')).toEqual(["2023-07 in-person bola-tinubu+cyril-ramaphosa"]);
  });

  it("reads an unattributed 'I' as nobody", () => {
    expect(contacts('"I spoke to President Tinubu by phone on Monday," a diplomat in Pretoria said.')).toEqual([]);
  });
});

describe("interview-subject", () => {
  const find = (t: string, o: number) => index.find(t, o, DAY);
  const asked = (text: string) => (interviewSubject.apply({ text, offset: 0, refs: find(text, 0), find, interviewee: "olaf-scholz" }) ?? []).map((r) => `${r.text}=${r.leaderId}`);
  const intro = (text: string) => ({ text, refs: find(text, 0) });

  const head = (text: string) => ({ text, refs: find(text, 0) });
  const question = [{ text: "**Chancellor, when did you last speak to President Lula?**" }];
  it("names the leader the headline names first when an intro paragraph says the page is his interview and the page is built as one", () => {
    expect(intervieweeOf(head("Scholz: 'We are nobody's junior partner'"), [intro("Chancellor Olaf Scholz sat down with our editor in Berlin for an interview.")], [])).toBe("olaf-scholz");
    expect(intervieweeOf(head("Scholz in radio interview: 'I called Lula at once'"), [intro("Berlin - Chancellor Olaf Scholz gave a radio interview on Tuesday.")], [])).toBe("olaf-scholz");
    expect(intervieweeOf(head("Scholz: 'I called Lula at once'"), [intro("Berlin - Chancellor Olaf Scholz gave a radio interview on Tuesday.")], question)).toBe("olaf-scholz");
  });

  it("names nobody when the intro is no interview's, names someone else first, or the headline names nobody", () => {
    expect(intervieweeOf(head("Scholz meets Lula in Brasília"), [intro("Chancellor Olaf Scholz met President Lula on Monday.")], question)).toBeNull();
    expect(intervieweeOf(head("Scholz praises Lula"), [intro("President Lula told an interviewer that Chancellor Olaf Scholz was a friend.")], question)).toBeNull();
    expect(intervieweeOf(head(""), [intro("Chancellor Olaf Scholz sat down with our editor for an interview.")], question)).toBeNull();
  });

  it("names nobody on a news story that cites an interview: no question in its body, or a lead reporting what was said in one", () => {
    const headline = head("Scholz says he will visit Ottawa");
    expect(intervieweeOf(headline, [intro("Berlin - Chancellor Olaf Scholz gave a radio interview on Tuesday.")], [{ text: "The chancellor's trip was welcomed in Ottawa." }])).toBeNull();
    expect(intervieweeOf(headline, [intro("Chancellor Olaf Scholz said in an interview with a radio station on Tuesday that he would fly to Ottawa.")], question)).toBeNull();
    expect(intervieweeOf(headline, [intro("Chancellor Olaf Scholz told reporters in a television interview that he would fly to Ottawa.")], [])).toBeNull();
  });

  it("reads an answer's 'I', unlabelled or quoted with no one else's attribution, as the interviewee", () => {
    expect(asked("I spoke with President Tinubu by telephone just this Monday.")).toEqual(["I=olaf-scholz"]);
    expect(asked('The chancellor corrected: "In Goa, I sat down with Prime Minister Modi."')).toEqual(["I=olaf-scholz"]);
  });

  it("reads nobody in a question, a labelled turn, a quotation someone else is said to have spoken, or on a page that is no interview", () => {
    expect(asked("**Did you and I not agree that you met President Lula in May?**")).toEqual([]);
    expect(asked("Have I understood that you met President Lula in May?")).toEqual([]);
    expect(asked("HOST: I met President Lula once, in Lima.")).toEqual([]);
    expect(asked('"I met President Lula in Lima," an aide said.')).toEqual([]);
    expect(asked('Speaking to reporters in Ottawa, he said: "I met President Lula in Lima on Sunday."')).toEqual([]);
    expect(asked('The foreign minister told the radio on Monday: "I met President Lula in Lima."')).toEqual([]);
    const text = "I spoke with President Tinubu by telephone just this Monday.";
    expect(interviewSubject.apply({ text, offset: 0, refs: find(text, 0), find, interviewee: null })).toBeNull();
  });

  it("tells the interviewee's contacts on a whole interview page, and none from a page that is no interview", () => {
    const page = (title: string, standfirst: string) =>
      parseArticle("i.txt", `---\ntitle: "${title}"\npublished: ${DAY}\n---\n\n${standfirst}\n\n**Did you speak to the President of Nigeria?**\n\nI spoke with President Tinubu by telephone on Monday. I have not spoken with President Lula since May.\n`);
    const read = (a: ReturnType<typeof parseArticle>) => findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.date?.value} ${m.type} ${[...m.participants].sort().join("+")}`);
    expect(read(page("Ramaphosa: 'Africa is nobody's junior partner'", "IN CONVERSATION | President Cyril Ramaphosa sat down with our editor in Pretoria."))).toEqual(["2024-03-04 phone bola-tinubu+cyril-ramaphosa"]);
    expect(read(page("Ramaphosa opens the port", "President Cyril Ramaphosa opened the port in Durban on Friday."))).toEqual([]);
  });

  it("gives a minister's quotation to nobody on a news story that says its leader spoke in an interview", () => {
    const story = parseArticle(
      "n.txt",
      `---\npublished: ${DAY}\n---\nRamaphosa says he will visit Nairobi\n\nSouth African President Cyril Ramaphosa said in an interview with a radio station on Tuesday that he would travel to Kenya in May.\n\nThe foreign minister welcomed the news. Speaking to reporters in Nairobi, he said: "I met President Tinubu in Abuja on Sunday and we discussed the same thing."\n`,
    );
    expect(findMentions(story, index, articleContext(story, index, story.published)).dated).toEqual([]);
  });
});

describe("asked-pair and the question's medium: an answer is about what its question asked", () => {
  const briefing = (question: string, answer: string) =>
    ["SPOKESPERSON: President Lula met Prime Minister Modi in Brasília on Monday.", `Q (Radio Goa): ${question}`, `SPOKESPERSON: ${answer}`].join("\n\n");

  it("reads the answer's 'the two leaders' as the question's two, not the article's pair", () => {
    const body = briefing("Did President Lula meet President Petro in Lima last year?", "No. The two leaders met in Brasília in May.");
    expect(contacts(body)).toEqual(["2024-03-04 in-person luiz-inacio-lula-da-silva+narendra-modi", "2023-05 in-person gustavo-petro+luiz-inacio-lula-da-silva"]);
  });

  it("gives the answer's talking word the medium the question names", () => {
    const body = briefing("Is it true that President Lula and President Petro spoke by phone last week?", "Yes, the two leaders spoke on Friday.");
    expect(contacts(body)).toContain("2024-03-01 phone gustavo-petro+luiz-inacio-lula-da-silva");
  });

  it("reads no pair from a question naming three leaders, nor for an answer naming someone else, nor for a pair word after another subject's contact", () => {
    const three = briefing("Did President Lula, President Petro and President Milei meet in Lima?", "Yes, the two leaders met there in May.");
    const told = "2024-03-04 in-person luiz-inacio-lula-da-silva+narendra-modi";
    expect(contacts(three)).toEqual([told]);
    const other = briefing("Did President Lula meet President Petro in Lima?", "President Milei was there, and the two leaders met in May.");
    expect(contacts(other)).toEqual([told]);
    const after = briefing("Will President Petro meet President Milei in Lima?", "Chancellor Scholz visited Lima in May, and both leaders had talks.");
    expect(contacts(after)).toEqual([told]);
  });

  it("keeps a contact word's own medium against the question's", () => {
    const body = briefing("Did President Lula and President Petro speak by phone?", "The two leaders met in Lima on Friday.");
    expect(contacts(body)).toContain("2024-03-01 in-person gustavo-petro+luiz-inacio-lula-da-silva");
  });

  it("does not read a speaker label's title as an official who is the subject of the turn", () => {
    const body = ["Q: Did President Lula speak to President Petro before the visit?", "SPECIAL ADVISER: Yes, the two leaders spoke by phone on Friday."].join("\n\n");
    expect(contacts(body)).toEqual(["2024-03-01 phone gustavo-petro+luiz-inacio-lula-da-silva"]);
    expect(contacts("The special adviser met his counterpart, and President Lula spoke to President Petro by phone on Friday.").join(" ")).toMatch(/phone gustavo-petro\+luiz/);
  });
});

describe("a speaker's 'the three of us' is a group of three", () => {
  const thanks = (guests: string) => `PRESIDENT LULA: I thank ${guests} for coming.`;

  it("is the three leaders the transcript has named, when it has named exactly three", () => {
    const body = [thanks("Prime Minister Modi and Chancellor Scholz"), "PRIME MINISTER MODI: When the three of us met in Goa in May, we agreed to meet again."].join("\n\n");
    expect(contacts(body)).toEqual(["2023-05 in-person luiz-inacio-lula-da-silva+narendra-modi+olaf-scholz"]);
    const them = [thanks("Prime Minister Modi and Chancellor Scholz"), "PRIME MINISTER MODI: The three of them met in Goa in May."].join("\n\n");
    expect(contacts(them)).toEqual(["2023-05 in-person luiz-inacio-lula-da-silva+narendra-modi+olaf-scholz"]);
  });

  it("is nobody when four are named (which three is a guess), and no contact when it is only hoped for", () => {
    expect(contacts([thanks("Prime Minister Modi, President Petro and Chancellor Scholz"), "PRIME MINISTER MODI: When the three of us met in Goa in May, we agreed to meet again."].join("\n\n"))).toEqual([]);
    expect(contacts([thanks("Prime Minister Modi and Chancellor Scholz"), "PRIME MINISTER MODI: I hope the three of us will meet in Goa in May."].join("\n\n"))).toEqual([]);
  });
});

describe("turn-runs-on: a labelled turn goes on over the unlabelled paragraphs after it", () => {
  const find = (t: string, o: number) => index.find(t, o, DAY);

  it("says whose turn a paragraph opens, none, or that it keeps the turn", () => {
    expect(turnOf("PRESIDENT RAMAPHOSA: Thank you all.", 0, find)).toBe("cyril-ramaphosa");
    expect(turnOf("Q: And the port?", 0, find)).toBeNull();
    expect(turnOf("I met him in May.", 0, find)).toBeUndefined();
    // An unlabelled question, words addressed to someone, or another's words given by a reporting clause end the turn.
    expect(turnOf("Mr President, when I met the Prime Minister in Lima, he said the line was stalled. Is it?", 0, find)).toBeNull();
    expect(turnOf("When I met the Prime Minister in Lima, he would not give an inch, a senior diplomat told reporters afterwards.", 0, find)).toBeNull();
    expect(turnOf("I told him so, and he agreed.", 0, find)).toBeUndefined();
  });

  it("takes a heading line that is an office and one leader's name alone for that leader's turn", () => {
    expect(turnOf("President Ramaphosa", 0, find)).toBe("cyril-ramaphosa");
    expect(turnOf("PRIME MINISTER MODI", 0, find)).toBe("narendra-modi");
    expect(headingSpeaker("Chancellor Scholz", 0, find)).toBe("olaf-scholz");
    // A heading about a leader, two leaders, or no leader, and a sentence, are no speaker's heading.
    expect(headingSpeaker("Scholz's Visit To Goa", 0, find)).toBeUndefined();
    expect(headingSpeaker("President Ramaphosa And Prime Minister Modi", 0, find)).toBeUndefined();
    expect(headingSpeaker("Opening Remarks", 0, find)).toBeUndefined();
    expect(headingSpeaker("President Ramaphosa spoke first.", 0, find)).toBeUndefined();
  });

  it("gives the paragraphs under a speaker's heading line to that speaker, until the next heading", () => {
    const body = ["Joint statements to the press in Nairobi", "President Ramaphosa", "Welcome to our capital, Prime Minister.", "When I met Chancellor Scholz in Goa last May, we spoke of this.", "Prime Minister Modi", "Thank you, Mr President.", "I spoke with President Lula on the telephone in April."].join("\n\n");
    expect(contacts(body)).toEqual(expect.arrayContaining(["2023-05 in-person cyril-ramaphosa+olaf-scholz", "2023-04 phone luiz-inacio-lula-da-silva+narendra-modi"]));
    // Without the headings the same "I" is nobody.
    expect(contacts(body.replace("President Ramaphosa\n\n", "").replace("Prime Minister Modi\n\n", ""))).toEqual([]);
  });

  it("reads the running turn's 'I' as its speaker, not in a labelled paragraph nor in another's quotation", () => {
    const text = "I met President Tinubu in Abuja in May.";
    expect((turnRunsOn.apply({ text, offset: 0, refs: find(text, 0), find, turn: "cyril-ramaphosa" }) ?? []).map((r) => r.leaderId)).toEqual(["cyril-ramaphosa"]);
    expect(turnRunsOn.apply({ text, offset: 0, refs: find(text, 0), find, turn: null })).toBeNull();
    const labelled = "ANCHOR: I met President Tinubu in Abuja in May.";
    expect(turnRunsOn.apply({ text: labelled, offset: 0, refs: find(labelled, 0), find, turn: "cyril-ramaphosa" })).toBeNull();
    const quoted = 'He told us, "I met President Tinubu," and nothing more.';
    expect(turnRunsOn.apply({ text: quoted, offset: 0, refs: find(quoted, 0), find, turn: "cyril-ramaphosa" })).toBeNull();
  });

  it("tells the contact of a speaker's second paragraph, and none after a question's label or on a page without turns", () => {
    const turn = ["ANCHOR: Good evening. The president joins us from Pretoria.", "PRESIDENT RAMAPHOSA: Thank you all for coming to Pretoria on such a cold morning, and welcome to the Union Buildings.", "I spoke to President Tinubu by phone on Monday."].join("\n\n");
    expect(contacts(turn)).toEqual(["2024-03-04 phone bola-tinubu+cyril-ramaphosa"]);
    const asked = ["ANCHOR: Good evening. The president joins us from Pretoria.", "PRESIDENT RAMAPHOSA: Thank you all for coming to Pretoria on such a cold morning, and welcome to the Union Buildings.", "Q: One more question, sir, on the trade corridor that your ministers have been working on for a year.", "I spoke to President Tinubu by phone on Monday."].join("\n\n");
    expect(contacts(asked)).toEqual([]);
    expect(contacts(["Good evening. The president joins us from Pretoria.", "Thank you all for coming.", "I spoke to President Tinubu by phone on Monday."].join("\n\n"))).toEqual([]);
  });
});

describe("a label whose office an 'of' joins", () => {
  it("reads the leader of 'President of Brazil …' and 'Prime Minister of the Republic of India …', with a role in parentheses", () => {
    expect(firstPersons(speakerLabel, "President of Brazil Lula: I spoke with President Petro on Monday.")).toEqual(["I=luiz-inacio-lula-da-silva"]);
    expect(firstPersons(speakerLabel, "Prime Minister of the Republic of India Narendra Modi (retranslated): I thank you for the dinner.")).toEqual(["I=narendra-modi"]);
  });

  it("still reads nobody for an office alone or a ministry's spokesman", () => {
    expect(firstPersons(speakerLabel, "Spokesman of the Ministry of Foreign Affairs: I have nothing to add.")).toEqual([]);
  });
});

describe("page-partner: a speaker's 'we' telling a contact is he and his counterpart on the page", () => {
  const guest = "President Lula: Thank you, President Petro, for coming to Brasília. It is good to have you here.";
  const turn = (words: string) => [guest, `I am very glad to see you. ${words}`, "President Petro: Thank you, my friend."].join("\n\n");

  it("is the speaker and the other of the page's pair, in a contact told with its medium and date", () => {
    expect(contacts(turn("We spoke by telephone in January, and now we meet in person."))).toEqual(["2024-01 phone gustavo-petro+luiz-inacio-lula-da-silva"]);
    expect(contacts(turn("We have already had a chance to talk by video in February."))).toEqual(["2024-02 video gustavo-petro+luiz-inacio-lula-da-silva"]);
    expect(contacts(turn("I remember our telephone conversation in January very well."))).toEqual(["2024-01 phone gustavo-petro+luiz-inacio-lula-da-silva"]);
  });

  it("is no contact for a plan, a denial, a 'we' with someone else as its object, or a 'we' with no date", () => {
    expect(contacts(turn("If we meet in Lima in May, we will talk about the river."))).toEqual([]);
    expect(contacts(turn("We did not speak by telephone in January."))).toEqual([]);
    expect(contacts(turn("We spoke with the families by telephone in January."))).toEqual([]);
    expect(contacts(turn("We met the press in January in Bogotá."))).toEqual([]);
    expect(contacts(turn("We met many times, in Bogotá and in Brasília."))).toEqual([]);
  });

  it("is nobody when another leader is named just before it or after it in its sentence", () => {
    expect(contacts(turn("I also thank President Milei for his letter. We spoke by telephone in January."))).toEqual([]);
    expect(contacts(turn("We spoke by telephone with President Milei in January."))).toEqual([]);
  });

  it("is nobody when the 'we' takes in others later in its clause: a company after 'with', or the speaker's own side", () => {
    expect(contacts(turn("We met in Cusco with the mayors of the southern provinces in January."))).toEqual([]);
    expect(contacts(turn("Our meeting in January in Cusco, together with the mayors of the coast, went well."))).toEqual([]);
    expect(contacts(turn("We spoke by video in January, the foreign minister and I, about the harbour."))).toEqual([]);
    expect(contacts(turn("We spoke by video in January alongside the central bankers."))).toEqual([]);
    // A pronoun after "with" is the counterpart: still the pair.
    expect(contacts(turn("We talked by video in March, and I thank you for that."))).toEqual(["2024-03 video gustavo-petro+luiz-inacio-lula-da-silva"]);
  });

  it("is nobody when another leader is named two sentences before it", () => {
    expect(contacts(turn("In February I flew to Ottawa to see Prime Minister Justin Trudeau. The visit was warm. We spoke by video in January as well."))).toEqual(
      expect.not.arrayContaining([expect.stringContaining("gustavo-petro+luiz-inacio-lula-da-silva")]),
    );
    // The counterpart himself named there is no other: the page's pair.
    expect(contacts(turn("Thank you again, President Petro. The road was long. We spoke by video in January as well."))).toEqual(["2024-01 video gustavo-petro+luiz-inacio-lula-da-silva"]);
  });

  it("reads the rest of the sentence for others in the 'we'", () => {
    const pair = () => ["luiz-inacio-lula-da-silva", "gustavo-petro"];
    const lula = "luiz-inacio-lula-da-silva";
    expect(pagePartner.apply({ speaker: lula, namedBefore: [], rest: " met in Lima in May with the governors.", pagePair: pair })).toBeNull();
    expect(pagePartner.apply({ speaker: lula, namedBefore: [], rest: " talked in May, my ministers and I.", pagePair: pair })).toBeNull();
    expect(pagePartner.apply({ speaker: lula, namedBefore: [], rest: " met in Lima in May with you.", pagePair: pair })).toBe("gustavo-petro");
    expect(pagePartner.apply({ speaker: lula, namedBefore: [], rest: " met in Lima in May.", pagePair: pair })).toBe("gustavo-petro");
    expect(pagePartner.apply({ speaker: lula, namedBefore: [], rest: " met in Lima in May, and I thank you.", pagePair: pair })).toBe("gustavo-petro");
  });

  it("takes the page's other only for a speaker who is one of its pair, with nobody else named before", () => {
    const pair = () => ["luiz-inacio-lula-da-silva", "gustavo-petro"];
    expect(pagePartner.apply({ speaker: "luiz-inacio-lula-da-silva", namedBefore: ["gustavo-petro"], rest: "", pagePair: pair })).toBe("gustavo-petro");
    expect(pagePartner.apply({ speaker: "gustavo-petro", namedBefore: [], rest: "", pagePair: pair })).toBe("luiz-inacio-lula-da-silva");
    expect(pagePartner.apply({ speaker: "olaf-scholz", namedBefore: [], rest: "", pagePair: pair })).toBeNull();
    expect(pagePartner.apply({ speaker: "luiz-inacio-lula-da-silva", namedBefore: ["javier-milei"], rest: "", pagePair: pair })).toBeNull();
    expect(pagePartner.apply({ speaker: "luiz-inacio-lula-da-silva", namedBefore: [], rest: "", pagePair: () => null })).toBeNull();
  });

  it("finds the sentence around a position and the one before it", () => {
    const text = "One. Two is here. Three.";
    expect(sentenceBounds(text, text.indexOf("Two"))).toEqual({ before: 0, start: 5, end: 17 });
    expect(sentenceBounds(text, 0)).toEqual({ before: 0, start: 0, end: 4 });
    expect(sentenceBounds(text, text.indexOf("Three"))).toEqual({ before: 5, start: 18, end: text.length });
  });
});

describe("own words of a page (ownWordsOf)", () => {
  const head = (text: string) => ({ text, refs: index.find(text, 0, DAY) });
  it("is the leader a speech's, statement's or press conference's headline gives it to, or the press office's principal when it names nobody", () => {
    expect(ownWordsOf(head("Remarks by President Ramaphosa at the state banquet in Pretoria"), null)).toBe("cyril-ramaphosa");
    expect(ownWordsOf(head("Press Conference by Prime Minister Kishida following the summit"), null)).toBe("fumio-kishida");
    expect(ownWordsOf(head("Full text of President Lula's signed article in a Kenyan daily"), null)).toBe("luiz-inacio-lula-da-silva");
    expect(ownWordsOf(head("Speech by the President of the Republic to the diplomatic corps"), "cyril-ramaphosa")).toBe("cyril-ramaphosa");
    expect(ownWordsOf(head("From the Desk of the President: a week of visitors"), "cyril-ramaphosa")).toBe("cyril-ramaphosa");
  });

  it("is nobody for a joint press conference, a news headline, or an owner by office on a page of no press office", () => {
    expect(ownWordsOf(head("Remarks by President Biden and Prime Minister Kishida in Joint Press Conference"), null)).toBeNull();
    expect(ownWordsOf(head("Lula criticises Milei after Lima talks"), null)).toBeNull();
    expect(ownWordsOf(head("Lula's speech angers Milei"), null)).toBeNull();
    expect(ownWordsOf(head("Speech by the President at the opening of parliament"), null)).toBeNull();
  });
});

describe("a page in a leader's own words", () => {
  function told(title: string, body: string): string[] {
    const a = parseArticle("w.txt", `---\ntitle: ${title}\npublished: ${DAY}\n---\n${title}\n\n${body}\n`);
    return findMentions(a, index, articleContext(a, index, a.published)).dated.map((m) => `${m.date?.value} ${m.type} ${[...m.participants].sort().join("+")}`);
  }
  const SPEECH = "Remarks by President Ramaphosa at the opening of the trade fair";

  it("reads its unlabelled 'I' as its owner's", () => {
    expect(told(SPEECH, "Thank you all for coming.\n\nThis morning I had a meeting with President Tinubu in Pretoria.")).toEqual(["2024-03-06 in-person bola-tinubu+cyril-ramaphosa"]);
    expect(told("Trade fair opens in Pretoria", "Thank you all for coming.\n\nThis morning I had a meeting with President Tinubu in Pretoria.")).toEqual([]);
  });

  it("tells no contact its owner only plans or wants", () => {
    expect(told(SPEECH, "Thank you all for coming.\n\nNext week I will meet President Tinubu in Pretoria.")).toEqual([]);
  });

  it("reads the owner's 'him' as the leader named just before", () => {
    expect(told(SPEECH, "Next year Pretoria will host a summit with President Lula. I look forward to welcoming him again, as I did on 5 March 2023, when he was the guest of honour at a state banquet in Pretoria.")).toContain(
      "2023-03-05 in-person cyril-ramaphosa+luiz-inacio-lula-da-silva",
    );
    expect(told("Trade fair opens in Pretoria", "Next year Pretoria will host a summit with President Lula. Officials look forward to welcoming him again.")).toEqual([]);
    // The speaker named before is no antecedent of his own "him".
    expect(told(SPEECH, "President Ramaphosa opened the fair in Pretoria. On 5 March 2023 I had a long meeting with him in Pretoria.")).toEqual([]);
  });
});

describe("transcript labels: an office after a comma, a note after the colon, the short labels that follow", () => {
  it("reads a label with the speaker's office after a comma, and a note in parentheses after its colon", () => {
    expect(firstPersons(speakerLabel, "CYRIL RAMAPHOSA, PRESIDENT: This morning I met President Tinubu.")).toEqual(["I=cyril-ramaphosa"]);
    expect(firstPersons(speakerLabel, "PRIME MINISTER KISHIDA: (As interpreted.) When I met President Lula in Goa, we agreed.")).toEqual(["I=fumio-kishida"]);
    // The comma's words must be a label's capitalised words, not a sentence's.
    expect(firstPersons(speakerLabel, "Yesterday, the minister said: I was not there.")).toEqual([]);
  });

  it("learns the short labels a full label teaches: a later part of the name, the office after the comma", () => {
    const find = (t: string, o: number) => index.find(t, o, DAY);
    const aliases = labelAliases(
      [
        { text: "JANE DOE, ANCHOR: Good evening.", start: 0 },
        { text: "CYRIL MATAMELA RAMAPHOSA, PRESIDENT OF SOUTH AFRICA: Thank you.", start: 40 },
      ],
      find,
    );
    expect(aliases.get("matamela ramaphosa")).toBe("cyril-ramaphosa");
    expect(aliases.get("president of south africa")).toBe("cyril-ramaphosa");
    // A label naming nobody teaches nothing.
    expect(aliases.get("anchor")).toBeUndefined();
    expect(aliases.get("doe")).toBeUndefined();
  });

  it("forgets a short label two leaders' full labels would both teach", () => {
    const find = (t: string, o: number) => index.find(t, o, DAY);
    const aliases = labelAliases(
      [
        { text: "CYRIL RAMAPHOSA, PRESIDENT: Welcome.", start: 0 },
        { text: "BOLA TINUBU, PRESIDENT: Thank you.", start: 40 },
      ],
      find,
    );
    expect(aliases.get("president")).toBeUndefined();
  });

  it("gives the short label's turn to its speaker on a page", () => {
    const page = [
      "WANJIRU KAMAU, HOST: Good evening, and welcome to the programme. Tonight we are joined by the head of state himself.",
      "CYRIL RAMAPHOSA, PRESIDENT: Thank you for having me, it is always a pleasure to be on the programme with you.",
      "WANJIRU KAMAU: Did you see the Nigerian leader during the summit this week?",
      "PRESIDENT: Yes. This morning I had a meeting with President Tinubu in Pretoria.",
    ].join("\n\n");
    expect(contacts(page)).toEqual(["2024-03-06 in-person bola-tinubu+cyril-ramaphosa"]);
  });

  it("writes a name's particle in lower case, as the name is written", () => {
    expect(labelAsWritten("MOHAMMED BIN SALMAN")).toBe("Mohammed bin Salman");
    expect(labelAsWritten("BIN SALMAN")).toBe("Bin Salman");
  });
});
