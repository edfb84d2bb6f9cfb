import { describe, expect, it } from "vitest";
import { CONTACT_HINT, calledOnLeader, callVerbWithLeader, cuesIn, headlineMedium, mediumIn, speaks, spokeInPerson, talkInCallStory } from "./cues";

const kinds = (text: string) => cuesIn(text).map((c) => `${c.vocabulary}:${text.slice(c.start, c.end)}`);

describe("vocabularies", () => {
  it("hears a video call however it is named", () => {
    for (const s of [
      "held a virtual bilateral meeting with",
      "at the virtual BRICS summit",
      "held talks via video link with",
      "spoke over a secure video link from Kyiv",
      "took part in a videoconference",
      "met virtually with",
      "held a summit video teleconference meeting with",
    ]) {
      expect(mediumIn(s, 0, s.length), s).toBe("video");
    }
  });

  it("hears a video contact told as met online, moved online, over video, a video-conference or dialled in", () => {
    for (const s of [
      "Lula and Petro met online on Friday",
      "the summit, held online, lasted an hour",
      "the meeting with Boric was moved online",
      "Albanese and Widodo talked over video",
      "held a video-conference with Kishida",
      "Tinubu dialled in to the meeting with Lula",
      "with Petro joining remotely", "Tinubu and Ramaphosa spoke by secure video", "the two talked via Zoom",
    ]) {
      expect(mediumIn(s, 0, s.length), s).toBe("video");
    }
    // "online" in another sense tells no medium.
    for (const s of [
      "Lula posted the photo online", "the online shop of the museum", "Petro met voters in Lima",
      // "over a video" as a topic, "by a video" as an agent, "dialled in error": no medium
      "Lula held talks with Modi amid a row over a video posted by a minister",
      "the footage was shot by a video crew from Lima",
      "Tinubu said the number was dialled in error",
    ]) {
      expect(mediumIn(s, 0, s.length), s).toBeNull();
    }
  });

  it("hears a call told as held over a secure line, on the hotline or as a phone conference, not a line in another sense", () => {
    for (const s of ["Scholz spoke with Tinubu over a secure line", "the two talked on the hotline for an hour", "Lula and Modi held a phone conference", "spoke via a direct telephone line"]) {
      expect(mediumIn(s, 0, s.length), s).toBe("phone");
    }
    for (const s of ["they agreed to set up a hotline between their offices", "his job is on the line", "the troops on the line of contact", "Lula was firm on the line he took"]) {
      expect(mediumIn(s, 0, s.length), s).toBeNull();
    }
  });

  it("hears a call named by the adjective 'telephonic' or the adverb 'telephonically', not a phone word in another sense", () => {
    for (const s of ["Modi had a telephonic conversation with Tinubu", "their last telephonic talks were in May", "Lula and Petro spoke telephonically on Friday"]) {
      expect(mediumIn(s, 0, s.length), s).toBe("phone");
    }
    expect(mediumIn("a telephonic survey of voters in Goa", 0, 36)).toBeNull();
    // Briefed by telephone is how a briefing went, no talk between leaders.
    expect(mediumIn("Lula was briefed telephonically by his aides", 0, 44)).toBeNull();
  });

  it("hears a 'telephone meeting' (translated English) as a call, and a meeting about telephones as none", () => {
    const s = "Lula also had telephone meetings with Modi and with Tinubu";
    expect(mediumIn(s, 0, s.length)).toBe("phone");
    expect(kinds("Lula held a phone meeting with Modi.")).toContain("phone:phone meeting");
    expect(kinds("Lula chaired a meeting on telephone tariffs.").filter((k) => k.startsWith("phone:"))).toEqual([]);
  });

  it("hears an embrace, a hug, a seat across the table, an aside, a day spent together, a trip to see someone and a guest as meeting in person, not embracing a plan", () => {
    expect(kinds("The two presidents embraced on the steps of the palace.")).toEqual(["in-person:embraced"]);
    expect(kinds("Lula embraced the Colombian president at the border.")).toEqual(["in-person:embraced"]);
    expect(kinds("Sánchez hugged Lula at the airport.")).toEqual(["in-person:hugged"]);
    expect(kinds("Albanese sat across from Xi in the Great Hall.")).toEqual(["in-person:sat across"]);
    expect(kinds("At the summit she took Erdoğan aside for ten minutes.")).toContain("in-person:took Erdoğan aside");
    expect(kinds("In May Ramaphosa spent most of a day with Lula touring a port.")).toEqual(["in-person:spent most of a day with"]);
    expect(kinds("She went to Ottawa to see Trudeau in person.")).toContain("in-person:went to Ottawa to see");
    expect(kinds("Petro stood next to Lula at the border ceremony.")).toEqual(["in-person:stood next to"]);
    expect(kinds("Lula spent a day in the archives with his ministers.")).toEqual([]);
    expect(kinds("Petro, who had already been Lula's guest in Brasília in May, was careful.")).toEqual(["in-person:been Lula's guest"]);
    expect(kinds("Prabowo was the chief guest at the Republic Day parade hosted by Modi.")).toContain("in-person:was the chief guest");
    expect(kinds("The guest list for the dinner is long.")).toEqual([]);
    expect(kinds("Macron embraced the plan that Sánchez put forward.")).toEqual([]);
    expect(kinds("Scholz embraced his proposal for a customs union.")).toEqual([]);
    expect(kinds("Lula embraced the young Colombian president at the border.")).toEqual(["in-person:embraced"]);
    expect(kinds("Sánchez later went on to see the plan as a mistake.")).toEqual([]);
    expect(kinds("Modi came back to see how the harvest had gone.")).toEqual([]);
    expect(kinds("Albanese was a guest speaker at the forum.")).toEqual([]);
  });

  it("hears chatting, a night of negotiating, a shared room or table, a greeting at the door and attending alongside as meeting in person, not their look-alikes", () => {
    expect(kinds("Lula and Petro were seen chatting at length at the edge of the session.")).toEqual(["in-person:chatting"]);
    expect(kinds("Scholz spent the evening chatting online with voters.")).toEqual([]);
    expect(kinds("Tusk chatted by phone with Meloni.")).toEqual(["phone:by phone"]);
    expect(kinds("Macron, Scholz and Tusk negotiated through the night in Brussels.")).toEqual(["in-person:negotiated through the night"]);
    expect(kinds("Lula backed a negotiated end to the fighting.")).toEqual([]);
    expect(kinds("Three days later Albanese was in the Oval Office with Biden.")).toEqual(["in-person:was in the Oval Office with"]);
    expect(kinds("Among those at the table with Tusk were Sánchez and Meloni.")).toEqual(["in-person:at the table with"]);
    expect(kinds("Iran wants a seat at the table with the powers.")).toEqual([]);
    expect(kinds("Moon came out of the house to greet them.")).toEqual(["in-person:to greet"]);
    expect(kinds("Biden greets him at the entrance.")).toEqual(["in-person:greets"]);
    expect(kinds("a rally which Biden attended alongside Modi")).toEqual(["in-person:attended alongside"]);
  });

  it("hears no meeting in what is met that is no person: criticism, resistance, targets", () => {
    expect(kinds("Lula met criticism at home for the plan.")).toEqual([]);
    expect(kinds("The proposal met with fierce resistance in Berlin.")).toEqual([]);
    expect(kinds("Scholz meets the targets he set.")).toEqual([]);
    expect(kinds("Lula met with Scholz in Berlin.")).toEqual(["in-person:met"]);
    expect(kinds("Scholz met the opposition leader in Warsaw.")).toEqual(["in-person:met"]);
  });

  it("hears a speakerphone call and a leader who called to congratulate as phone calls, not 'called for' nor 'was called to'", () => {
    expect(kinds("during a speakerphone call from the White House with Tusk")).toEqual(["phone:during a speakerphone call"]);
    expect(kinds("Sisi called again to congratulate him.")).toEqual(["phone:called again to congratulate"]);
    expect(kinds("Modi called for a pause in the talks.")).not.toContainEqual(expect.stringMatching(/^phone:/));
    expect(kinds("He was called to testify before the committee.")).toEqual(["talk:called"]);
    expect(kinds("Scholz talked about trade on television.")).toEqual(["talk:talked"]);
  });

  it("hears 'bilateral' and 'sit-down' as nouns of a meeting, never 'bilateral' before the thing it qualifies", () => {
    expect(kinds("Lula and Sánchez held a short bilateral before the plenary.")).toEqual(["in-person:bilateral"]);
    expect(kinds("Ramaphosa and Lula have just finished a bilateral of about an hour.")).toEqual(["in-person:bilateral"]);
    expect(kinds("Live: Albanese holds bilateral with Carney")).toEqual(["in-person:bilateral"]);
    expect(kinds("Lula ended his trip with a private sit-down with Petro.")).toEqual(["in-person:sit-down"]);
    expect(kinds("Lula and Sánchez discussed bilateral relations and trade.")).toEqual([]);
    expect(kinds("The bilateral agenda of Brazil and Spain is long.")).toEqual([]);
    expect(kinds("Albanese and Carney agreed to deepen bilateral cooperation.")).toEqual([]);
  });

  it("hears 'in a video call' as video, and 'in a lengthy call' as a call", () => {
    expect(kinds("The two took part in a video call on Friday.")).toEqual(["video:video call"]);
    expect(kinds("The two agreed in a lengthy call on Friday.")).toEqual(["phone:in a lengthy call"]);
  });

  it("reads an event word in a venue's name as a place, so the day told after it stays the contact's", () => {
    expect(kinds("Ruto and Lula held talks in the Palace of Independence in Nairobi today.")).toEqual(["in-person:talks"]);
    expect(kinds("The two leaders met near Revolution Square on Monday.")).toEqual(["in-person:met"]);
    // The event itself, and a holiday named after it, still own their dates.
    expect(kinds("They met on the anniversary of independence in August.")).toContain("other-event:independence");
    expect(kinds("They met after the Independence Day parade on Monday.")).toContain("other-event:Independence");
  });

  it("hears a shared meal as a meeting, and a meal attended among others as none", () => {
    for (const s of ["The two presidents dined at the palace.", "She hosted a state banquet for her guest.", "They held talks over a working lunch.", "He gave a dinner in honour of the visiting premier."]) {
      expect(kinds(s).some((k) => k.startsWith("in-person:")), s).toBe(true);
    }
    for (const s of ["They were seated near each other at a lunch for the commemorations.", "Both attended a gala dinner for the delegations."]) {
      expect(kinds(s).some((k) => k.startsWith("in-person:")), s).toBe(false);
    }
  });

  it("reads a headline naming a video teleconference as video", () => {
    expect(headlineMedium("Japan-Chile Summit Video Teleconference Meeting")).toBe("video");
    expect(headlineMedium("Japan-Chile Summit Meeting")).toBeNull();
  });

  it("hears a phone call without the word 'call'", () => {
    for (const s of ["informed Macron by phone of the results", "in a telephone conversation on Monday", "discussed the war over the phone", "received a phone call from"]) {
      expect(mediumIn(s, 0, s.length), s).toBe("phone");
    }
    expect(mediumIn("met in Paris on Monday", 0, 22)).toBeNull();
  });

  it("files letters, cables, telegrams and condolences as messages, never as contacts", () => {
    expect(kinds("sent a cable of congratulations and a telegram")).toEqual(["message:cable", "message:congratulations", "message:telegram"]);
    expect(kinds("expressed his condolences")).toEqual(["message:condolences"]);
  });

  it("prefers the more specific vocabulary where two start at one place", () => {
    expect(kinds("held a video meeting")).toEqual(["video:video meeting"]);
    expect(kinds("had a phone conversation")).toEqual(["phone:phone conversation"]);
  });

  it("reads a headline that names a call as a phone call, unless it says video", () => {
    expect(headlineMedium("Readout of the President's Call with President Xi")).toBe("phone");
    expect(headlineMedium("President Xi Holds a Video Call with President Putin")).toBe("video");
    expect(headlineMedium("Putin and Erdogan talk grain in Sochi")).toBeNull();
  });

  it("hears no talking word in 'so-called'", () => {
    expect(kinds("Ruto hosted the first summit of the so-called Nairobi format with Boric.")).toEqual(["in-person:hosted", "in-person:summit"]);
    expect(kinds("Ruto called Boric.")).toEqual(["talk:called"]);
  });

  it("reads no call in a headline's demand or idiom: 'calls for', 'calls on', 'call a truce'", () => {
    expect(headlineMedium("Ruto holds talks with Boric, calls for closer trade ties")).toBeNull();
    expect(headlineMedium("Ruto and Boric call a truce in Lima")).toBeNull();
    expect(headlineMedium("Lula calls a snap election after talks with Petro")).toBeNull();
    // A headline drops the article.
    expect(headlineMedium("Petro calls snap referendum after talks with Lula")).toBeNull();
    expect(headlineMedium("Lula calls press conference after talks with Petro")).toBeNull();
    expect(headlineMedium("Tinubu calls an emergency meeting after talks with Ramaphosa")).toBeNull();
    expect(headlineMedium("Lula calls Petro a friend after their phone talks")).toBe("phone");
    expect(headlineMedium("Lula calls on Petro to reopen the border")).toBeNull();
    expect(headlineMedium("Lula calls Petro over the border crisis")).toBe("phone");
  });

  it("call-verb-with-leader: 'called off a meeting with Putin' is no call", () => {
    const s = "Trump called off a planned meeting with Vladimir Putin";
    const cues = cuesIn(s);
    const called = cues.find((c) => s.slice(c.start, c.end) === "called")!;
    const local = [{ start: s.indexOf("Vladimir"), end: s.length }];
    expect(callVerbWithLeader.apply({ s: { text: s, start: 0, end: s.length }, cue: called, cues, local, spokeIsCall: true, hasPlace: () => false })).toBeNull();
    const t = "Erdogan called Vladimir Putin";
    const tc = cuesIn(t);
    expect(callVerbWithLeader.apply({ s: { text: t, start: 0, end: t.length }, cue: tc[0], cues: tc, local: [{ start: 15, end: t.length }], spokeIsCall: true, hasPlace: () => false })).toBe("phone");
  });

  /** The "called" of a sentence naming Ruto, as call-verb-with-leader reads it. */
  const calledRuto = (text: string) => {
    const cues = cuesIn(text);
    const cue = cues.find((c) => text.slice(c.start, c.end) === "called")!;
    return { s: { text, start: 0, end: text.length }, cue, cues, local: [{ start: text.indexOf("Ruto"), end: text.indexOf("Ruto") + 4 }], spokeIsCall: true, hasPlace: () => false };
  };

  it("call-verb-with-leader: 'an event called \"Hello Ruto\"' names an event, it places no call", () => {
    expect(callVerbWithLeader.apply(calledRuto('The two addressed a rally in Nairobi at an event called "Hello Ruto" in May.'))).toBeNull();
    expect(callVerbWithLeader.apply(calledRuto("Boric called Ruto in May about the rally."))).toBe("phone");
  });

  it("call-verb-with-leader: past a comma, a leader is the one called only after a person word", () => {
    expect(callVerbWithLeader.apply(calledRuto("Boric called the treaty overdue, Ruto replied on Monday."))).toBeNull();
    expect(callVerbWithLeader.apply(calledRuto("Boric called his Kenyan counterpart, Ruto, on Monday."))).toBe("phone");
  });

  it("call-verb-with-leader: a leader after a quotation or a conjunction is the next clause's subject, not the one called", () => {
    expect(callVerbWithLeader.apply(calledRuto('Boric called the accord "late" and Ruto spoke of hope.'))).toBeNull();
    expect(callVerbWithLeader.apply(calledRuto("Boric called the deal fair but Ruto was silent."))).toBeNull();
    expect(callVerbWithLeader.apply(calledRuto("Boric called Kenyan President William Ruto on Friday."))).toBe("phone");
    expect(callVerbWithLeader.apply(calledRuto("Boric called his counterpart, Ruto, on Friday."))).toBe("phone");
  });
});

describe("called-on-leader", () => {
  const input = (text: string, name: string) => {
    const cues = cuesIn(text);
    const cue = cues.find((c) => /^call/i.test(text.slice(c.start, c.end)))!;
    return { s: { text, start: 0, end: text.length }, cue, cues, local: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length }], spokeIsCall: true, hasPlace: () => false };
  };

  it("reads calling on a leader named just after as a visit in person", () => {
    expect(calledOnLeader.apply(input("Albanese called on President Widodo at the Merdeka Palace in the afternoon.", "Widodo"))).toBe("in-person");
    expect(calledOnLeader.apply(input("Later the same day he called on Prime Minister Kishida at his residence, who hosted a lunch in his honour.", "Kishida"))).toBe("in-person");
    // The leader behind an apposition is too far to be the one called on.
    expect(calledOnLeader.apply(input("He called on the head of the ruling coalition's parliamentary group, later Prime Minister Kishida.", "Kishida"))).toBeNull();
  });

  it("leaves an appeal ('called on X to act'), an object far off and other uses of 'called' alone", () => {
    expect(calledOnLeader.apply(input("Albanese called on Widodo to release the detained fishermen.", "Widodo"))).toBeNull();
    expect(calledOnLeader.apply(input("Albanese called on the members of the regional forum and on Widodo, among others, to act.", "Widodo"))).toBeNull();
    expect(calledOnLeader.apply(input("Albanese called Widodo at the Merdeka Palace.", "Widodo"))).toBeNull();
  });

  it("reads 'called on X for …', 'over …', 'in a letter' and 'not to …' as appeals, not visits", () => {
    expect(calledOnLeader.apply(input("Boric on Tuesday called on Argentine President Javier Milei for calm along the shared frontier.", "Milei"))).toBeNull();
    expect(calledOnLeader.apply(input("Boric called on Milei over the closure of the mountain pass.", "Milei"))).toBeNull();
    expect(calledOnLeader.apply(input("Boric called on Milei in a letter released by his office.", "Milei"))).toBeNull();
    expect(calledOnLeader.apply(input("Boric called on Milei not to close the pass.", "Milei"))).toBeNull();
    // A place, a day or the sentence's end after the one called on is still a visit.
    expect(calledOnLeader.apply(input("Boric called on Milei in Lima on Thursday.", "Milei"))).toBe("in-person");
    expect(calledOnLeader.apply(input("Before leaving, Boric called on Milei.", "Milei"))).toBe("in-person");
  });

  it("stops the appeal test at the clause's end: a later clause's 'agreed to' does not make the visit an appeal", () => {
    expect(calledOnLeader.apply(input("Boric called on Milei at the Pink House on Monday, and the two agreed to reopen the pass.", "Milei"))).toBe("in-person");
    expect(calledOnLeader.apply(input("Boric called on Milei at the Pink House to press for the pass to reopen.", "Milei"))).toBeNull();
  });
});

describe("spoke-in-person", () => {
  const input = (text: string) => {
    const cue = cuesIn(text).find((c) => c.kind === "weak")!;
    const local = [...text.matchAll(/Lula|Petro/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    return { s: { text, start: 0, end: text.length }, cue, cues: cuesIn(text), local, spokeIsCall: true, hasPlace: () => false };
  };
  it("hears two leaders who went into a room and talked as a meeting, not a call", () => {
    expect(spokeInPerson.apply(input("Then Lula and Petro went inside the old customs house and talked for an hour."))).toBe("in-person");
    expect(spokeInPerson.apply(input("Then Lula and Petro talked for an hour about the border."))).toBeNull();
  });
});


describe("talk-in-call-story", () => {
  const input = (text: string, leadType: "phone" | "video" | "in-person" | null) => {
    const cue = cuesIn(text).find((c) => c.kind === "weak")!;
    const local = [...text.matchAll(/Ruto|Boric/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    return { s: { text, start: 0, end: text.length }, cue, local, leadType };
  };
  it("hears a leader who 'spoke with' another in a story of calls as one more call of that medium", () => {
    expect(talkInCallStory.apply(input("Later, Boric spoke with Kenyan President William Ruto.", "phone"))).toBe("phone");
    expect(talkInCallStory.apply(input("Boric then talked to Ruto about the port.", "video"))).toBe("video");
  });
  it("leaves talking alone in a story of visits or of nothing yet, and speaking to reporters or of someone in a story of calls", () => {
    expect(talkInCallStory.apply(input("Later, Boric spoke with Kenyan President William Ruto.", "in-person"))).toBeNull();
    expect(talkInCallStory.apply(input("Later, Boric spoke with Kenyan President William Ruto.", null))).toBeNull();
    expect(talkInCallStory.apply(input("Boric spoke to reporters after Ruto left.", "phone"))).toBeNull();
    expect(talkInCallStory.apply(input("Boric spoke warmly of Ruto.", "phone"))).toBeNull();
  });
});

describe("CONTACT_HINT and the cues", () => {
  // readAhead takes a contact or talking word among a sentence's cues as the hint's answer, and asks
  // the hint only when there is none: the hint must match every sentence whose cues hold one.
  it("matches wherever the cues find a contact or talking word, whatever comes before it", () => {
    for (const s of [
      "Lula met Modi in Goa on Tuesday",
      "Scholz and Trudeau spoke by phone",
      "The summit opened in Nairobi, where Tinubu held talks with Ramaphosa",
      "After the parade, Kishida called Albanese",
      "The so-called summit ended; Sisi later talked over video with Biden",
      "The letter Boric sent was read out before Petro dialled in",
      "Milei, at the ceremony, sat beside Meloni and the two talked",
    ]) {
      expect(cuesIn(s).some(speaks), s).toBe(true);
      expect(CONTACT_HINT.test(s), s).toBe(true);
    }
  });

  it("finds no contact or talking word among the cues where the hint finds none", () => {
    for (const s of ["Lula sent Modi a letter", "Scholz attended the funeral in Ottawa", "Trudeau and Tusk were both in Lima"]) {
      expect(CONTACT_HINT.test(s), s).toBe(false);
      expect(cuesIn(s).some(speaks), s).toBe(false);
    }
  });
});
