/**
 * Every word the mentions stage reads, each in exactly one vocabulary, listed once. The rules
 * (finders, resolvers, filters) say what to do with a word; this module only says which words
 * there are, so the vocabulary can grow without touching the rules.
 *
 * A vocabulary is a list of alternatives (regular-expression sources, most specific first: the
 * first alternative that matches at a position wins) compiled into one pattern.
 */
import { BARE_OFFICE_TITLES, LESSER_OFFICES, OFFICE_NAME_WORDS, OFFICE_NAMES, officeAlternation, officialAlternation } from "../offices";
import { WEEKDAYS } from "../dates";
import { CALENDAR_WORDS } from "../leaders";
import type { ContactType } from "../types";

const words = (alternatives: string[], flags = "i") => new RegExp(`\\b(?:${alternatives.join("|")})\\b`, flags);

/** The offices' names ("president|prime minister|…"), from the one office vocabulary (extract/offices.ts). */
const OFFICES_ALONE = officeAlternation(OFFICE_NAMES);
/** A leader's office named in a sentence, any office of the catalogue's list, "leader" or "head of state", singular or plural: the cheap test before reading offices at the sentence's own dates (officesThen). */
export const OFFICE_WORD = new RegExp(`\\b(?:(?:${officeAlternation(OFFICE_NAMES)}|leader)s?|heads? of (?:state|government))\\b`, "i");

/** Contact by video. Checked before phone: "secure video call" is video, not a call. */
/**
 * Verbs of reporting: "X said", "X told reporters", "X stated that". One list for every rule that
 * sets a teller apart from what is told (a quotation's speaker, a contact's teller), so the same
 * sentence is read alike whichever verb it uses.
 */
export const REPORTING_VERB = String.raw`(?:said|says|told|tells|added|adds|noted|stressed|recalled|confirmed|announced|explained|declared|stated|insisted|claimed|revealed|disclosed|wrote|replied|answered|remarked)`;

export const VIDEO = [
  // "a video call", "a video-conference"
  "video[ -]?(?:link(?:up)?|conference|call|chat|format|address|meeting|summit|talks|conversation|session)s?",
  "videoconferenc\\w*",
  "video teleconferenc\\w*",
  "video-?link\\w*",
  // "via video", "by secure video", "via a secure video"; not "a clip shot by a video crew"
  "(?:via|by) (?:secure |encrypted )?video",
  "via (?:an? )?(?:secure |encrypted )?video",
  // "talked over video", "met over secure video": "over video" tells the medium only right after a
  // talking verb; "talks amid a row over a video posted by a minister" is a quarrel about a clip
  // ("over a video link" is read by "video link" above)
  // The word first, the verb before it checked after: an alternative that opens with a lookbehind
  // makes V8 try the whole cue pattern at every position of every sentence (the same for the
  // lookbehinds after "called", "came", "at", "ll" and "next" below).
  "over(?<=\\b(?:talk(?:ed|s|ing)?|spok(?:e|en)|speak(?:s|ing)?|met|meet(?:s|ing)?|confer(?:red|s|ring)?|chat(?:ted|s|ting)?) over) (?:secure |encrypted )?video",
  // "spoke via Zoom", "on Skype": a video platform's name is its medium
  "(?:via|over|on|by) (?:Zoom|Skype|Webex|FaceTime)",
  // "a virtual bilateral meeting", "the virtual BRICS summit"
  "virtual(?:ly)? (?:[A-Za-z-]+ ){0,3}?(?:meeting|summit|talks|format|conversation|call|session|bilateral)s?",
  "online (?:[A-Za-z-]+ )?(?:meeting|talks|summit|format|conversation)s?",
  "(?:held|met|spoke|talked|joined|attended|participated) virtually",
  // "the two met online", "the summit, held online,", "the meeting moved online": a contact held by video
  "(?:held|met|spoke|talked|conferred) online",
  "(?:moved|switched|shifted) online",
  "(?:join(?:ed|ing)|attend(?:ed|ing)|took part|taking part|participat(?:ed|ing)) (?:\\w+ )?(?:remotely|online)",
  // "Kishida dialled in to the meeting", "leaders who dialled in from their capitals": joined a meeting held on screens
  "dial(?:l)?(?:ed|ing) in(?:to)?(?! (?:error|vain)\\b)",
];

/** Contact by telephone, with or without the word "call". */
export const PHONE = [
  // "a telephonic conversation", "telephonic talks": South Asian and wire English name the medium by its adjective;
  // "held telephone meetings with A and B": English translated from languages whose word for a talk is "meeting"; "a phone conference"
  "(?:tele)?phon(?:e|ic) (?:call|conversation|conference|talks?|discussion|chat|exchange|negotiations?|meeting)s?",
  // "they spoke telephonically"; never "briefed telephonically" alone, which says how a briefing went, not a talk
  "(?:spoke|spoken|talked|conferred|conversed) telephonically",
  "(?:by|over the|on the|via) (?:tele)?phone",
  "(?:tele)?phoned",
  "telephoned",
  "phone-call",
  "spoke by phone",
  "phone call",
  // "spoke over a secure line", "talked on the hotline": a line between two offices is a telephone's
  "(?:over|on|via|by) (?:a |an |the |their )?(?:(?:secure|encrypted|dedicated|direct) (?:(?:tele)?phone )?line|hot ?line)",
  // "a speakerphone call from the Oval Office", "put on speakerphone"
  "speakerphone(?: calls?)?",
  // "called again to congratulate him": a call with a leader named before it; not "was called to testify", "called for".
  "called(?<!\\b(?:was|were|been|being|be|is|are) called) (?:(?:again|back|later|first|personally|immediately) )?to (?:congratulate|thank|condole|offer|express|convey|wish|brief)",
  // "in a lengthy call", not "in a video call" (the video word inside it decides)
  "(?:in|during) (?:a|an) (?!video|virtual)(?:\\w+[- ])?call",
];

/** Shared meals: in person when shared ("dined with", "over lunch"), and what makes talking in person. */
const MEALS = "dinner|lunch|luncheon|breakfast|banquet";

/**
 * Multilateral gatherings, each word once ("the G20 summit", "a forum", "the conference"), and a
 * gathering's sitting ("the plenary session"): the setting a contact is told beside, what a host
 * chairs, where a journey goes.
 */
const GATHERINGS = "summit|conference|forum";
/**
 * A gathering's word anywhere in a text: a story's opening that tells one summit, conference or
 * forum ("12 summits held" is a wrap of many), or a contact told beside "the summit".
 */
export const GATHERING_IN_TEXT = new RegExp(`\\b(?:${GATHERINGS})\\b`, "i");
/** A year (1900–2099) written as a word. */
export const A_YEAR = /\b(?:19|20)\d\d\b/;
/**
 * In a headline and lead, a gathering told as of another time than the publication day: a
 * follow-up ("last week's summit"), a preview ("next week's summit", "leaders are expected").
 */
export const GATHERING_OF_ANOTHER_TIME = /\b(?:(?:last|next|previous|coming|upcoming)\s+(?:week|weekend|month|year)|yesterday|tomorrow|(?:is|are)\s+expected)\b/i;
/** Just after a gathering word: another body's gathering ("the summit of the Andean Community"). */
export const GATHERING_OF_A_BODY = new RegExp(`\\b(?:${GATHERINGS})\\s+of\\s+(?:the\\s+)?\\p{Lu}`, "u");
/** A contact the sentence tells as an earlier one ("last held", "had previously met"). */
export const TOLD_AS_EARLIER = /\b(?:last|previously|earlier|once|formerly)\b/i;
const SITTING = "session";
/** A gathering's own premises: "the summit venue", "the conference hall"; arriving there meets its host as every guest does. */
const GATHERING_PREMISES = "venue|site|centre|center|hall|entrance|carpet";
/** How a gathering's host is named: "hosted by", "chaired by", "convened by". */
const CHAIRED = "hosted|chaired|convened|organi[sz]ed|presided over";

/**
 * A leader convening a gathering of several, told with no one else named ("X chaired the summit",
 * "X gathered several leaders by videoconference"): the sentence after it may list who came.
 * "Leaders" alone is a gathering only when gathered or brought together: "hosted a dinner for
 * business leaders" convenes no summit.
 */
const CONVENED_NOUN = `${GATHERINGS}|${SITTING}|meeting|videoconference|video\\s+conference`;
export const CONVENED_GATHERING = new RegExp(`\\b(?:(?:${CHAIRED})\\b[^.;]{0,80}?\\b(?:${CONVENED_NOUN})|(?:gathered|brought\\s+together)\\b[^.;]{0,80}?\\b(?:${CONVENED_NOUN}|leaders))\\b`, "i");
/** After a gathering's noun: "was attended by", "were also attended by". */
export const ATTENDED_BY = /^\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:also\s+)?attended\s+by\s/;
/** A contact's noun that names a gathering several may attend. */
export const GATHERING_NOUN = /\b(?:summit|meeting|conference|videoconference|video\s+conference|call|session|talks)$/i;
/** Those listed taking part in a gathering: "attended the summit", "joined the meeting by video link", "took part". */
export const TOOK_PART = /\b(?:attended|joined|took\s+part|participated)\b/i;
/**
 * A sentence that only lists who else took part, with no contact word of its own: opened by a
 * word of taking part ("Taking part were A and B", "Also on the call were …", "Leaders attending
 * included …") ...
 */
export const LIST_OPENING = /^(?:also\s+)?(?:taking\s+part|participating|on\s+the\s+(?:call|line))\s+(?:were|was)\s|^(?:the\s+)?(?:other\s+)?(?:leaders|participants|attendees|those)\s+(?:(?:attending|taking\s+part|participating)\s+)?included\s/i;
/** … or a list that is the subject of "joined" or "took part" with no object ("A, B and C joined from Lima", "… also took part"). */
export const LIST_JOINED = /\s(?:also\s+)?(?:joined|took\s+part|participated)(?=\s+(?:from|by|via|remotely|online|virtually|as\s+well|too)\b|\s*[,.;]|$)/i;
/** Right after a leader's name, a word of taking part with no object of its own: "participated as an observer", "also took part", "joined from Lima", "joined the leaders online" (the gathering or its people, no other object). */
export const TOOK_PART_AFTER = /^,?\s*(?:also\s+)?(?:participated|took\s+part|joined(?:\s+(?:them|the\s+(?:other\s+)?leaders|the\s+(?:summit|meeting|call|conference|videoconference|session)))?)(?=\s+(?:as|from|by|via|remotely|online|virtually|too)\b|\s*[,.;]|$)/i;
/** Before "joined": a clause of its own (a verb, a relative), not a bare list of names and titles. */
export const NOT_A_BARE_LIST = /\b(?:said|says|who|whom|which|that|was|were|is|are|had|has|have|met|held|spoke|after|before|when|while|where|if)\b|[;:]/i;
/** Before or in a list's word of taking part, a word that says they did not take part: "Neither A nor B participated", "A and B never joined", "A, not B, took part", "Not taking part were …". */
export const LIST_NEGATED = /\b(?:neither|nor|not|never|no|declined|refused|without|absent|stayed\s+away)\b|n['’]t\b/i;
/** Right before a gathering's noun told again, taking part in it: "exchanged views in the virtual meeting", "also joined the call", "took part in the summit". */
export const TOOK_PART_IN_AGAIN = /\b(?:in|on|joined|attended)\s+the\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** The cheap test before either: a word of taking part. */
export const LIST_HINT = /\b(?:taking\s+part|took\s+part|participat|attending|joined|on\s+the\s+(?:call|line)|included)/i;

/** Receiving someone, each word once: a contact word (IN_PERSON), and who hosted (HOSTING, HOSTED_BY). */
const HOSTED = ["hosted", "received", "welcomed", "greeted"];
const HOSTING_WORDS = [...HOSTED, "hosts", "hosting", "receives", "welcomes", "greets"];
/** Asking someone over: who hosted, never a contact word ("invited Lula to visit"). */
const INVITED = "invited";

/**
 * A journey told by where it ends ("arrived in Nairobi", "flew to Ottawa", "a trip to Rome"): a
 * visit's words, each listed once. The rules that read them: a journey names its traveller
 * (TRAVEL), an arrival yields its date to the contact it led to (ARRIVAL), and a journey to a
 * gathering is no meeting with its host (JOURNEY_OR_GATHERING).
 */
// Not "came to nothing", "came to power", "when it comes to trade", "came to see how the talks
// went", "came to accept the deal": an end, an office or a change of mind, no journey.
const CAME_TO_NOT =
  "(?!\\s+(?:nothing|naught|an end|a halt|power|office|terms|blows|light|be|believe|know|realise|realize|accept|understand|appreciate|regard|rely|trust|view|mean|represent|symboli[sz]e|define|dominate|embody|like|dislike|resent|respect|admire|see\\s+(?:how|whether|if|what|why|it|that|this))\\b)";
const ARRIVING = ["arrived in", "arrives in", "landed in", "lands in", `came(?<!\\bit came) to${CAME_TO_NOT}`, `comes(?<!\\bit comes) to${CAME_TO_NOT}`, "travell?ed to", "flew to", "flew into"];
const JOURNEY = [...ARRIVING, "trip to"];

/** What is met that is no person: "met criticism", "met with resistance", "meets the targets". */
const MET_NOT = "(?!\\s+(?:with\\s+)?(?:(?:the|its|his|her|their|all|fierce|stiff|strong|little|some|much|widespread|broad|sharp|heavy|mixed|no)\\s+){0,2}(?:criticism|resistance|opposition(?!\\s+(?:leaders?|figures?|politicians?|part(?:y|ies)|candidates?|chiefs?|heads?))|scepticism|skepticism|approval|condemnation|protests?|silence|derision|applause|disapproval|hostility|indifference|backlash|demands?|targets?|goals?|deadlines?|expectations|criteria|requirements|obligations|conditions|needs)\\b)";

/** Meeting in person: a verb or noun of meeting, visiting, hosting or travelling to. */
export const IN_PERSON = [
  `met${MET_NOT}`,
  "meet",
  `meets${MET_NOT}`,
  "meeting",
  "meetings",
  "talks",
  "visit",
  "visits",
  "visited",
  "visiting",
  ...HOSTING_WORDS,
  ...JOURNEY,
  "summit",
  "sat down",
  // "sitting down with Biden and Kishida at the White House": the same word in its other forms.
  "sitting down",
  "negotiations",
  "discussions",
  "encounter",
  "tête-à-tête",
  // Summit-speak: "held a bilateral with", "a bilateral of an hour", "a short bilateral talk", "a pull-aside";
  // never the adjective of "bilateral trade" or "bilateral meeting" (the noun after it is the word).
  "bilateral talk",
  "bilaterals?(?=\\s+(?:with|of|in|at|on|between|beforehand|before|after|lasting|earlier|later|today|yesterday|this|that|last)\\b|\\s*(?:[.,;:)!?—–]|$))",
  "pull-asides?",
  "get-together",
  "held a meeting",
  "in-person",
  "came together",
  "come together",
  "comes together",
  "shook hands",
  "shake hands",
  "shaking hands",
  // Bodily contact, asides and time spent side by side happen only in person: "embraced in Nairobi",
  // "took Ramaphosa aside", "spent most of a day with Lula", "went to Ottawa to see Trudeau", "had been Lula's guest";
  // not "embraced the plan", "embraced his proposal": a determiner before anything but a person.
  `embraced(?!\\s+(?:the|a|an|this|that|these|those|its|his|her|their|our|such)\\s+(?!(?:[\\w-]+\\s+){0,3}(?:leader|${OFFICES_ALONE}|prince|counterpart|host|guest|visitor)s?\\b))`,
  "hugged",
  "sat across",
  "spent (?:[^\\s,.;]+ ){0,3}(?:day|days|hours?|evening|afternoon|morning) with",
  // Not "went on to see the deal as a mistake", "came to see how the talks went".
  "(?:went|came|travell?ed|flew) (?!on\\b)(?:[^\\s,.;]+ ){0,3}to see(?!\\s+(?:how|whether|if|what|why|it|that|this)\\b)",
  "stood (?:next to|beside|alongside)",
  "attended (?:[^\\s,.;]+ ){0,2}alongside",
  // "came out to greet them"; "greetings" sent are a message.
  "to greet",
  // Chatting is done side by side ("were seen chatting at length"); "chatting online", "chatted by phone" is not.
  "chat(?:ted|ting)(?!\\s+(?:online|on (?:the )?(?:phone|line|video)|by (?:phone|video)|via|over (?:the )?phone)\\b)",
  // "negotiated through the night", "negotiated for 16 hours": at one table; not "a negotiated peace", "the deal they negotiated".
  "negotiated (?:(?:late |deep )?(?:through|into) the night|for (?:[^\\s,.;]+ )?hours)",
  // A room or a table shared: "was in the Oval Office with", "among those at the table with"; not "a seat at the table".
  "(?:was|were|sat|been|be) in the Oval Office with",
  "(?:at|around)(?<!\\bseat (?:at|around)) the (?:same )?table with",
  "side by side",
  "walked (?:with|alongside)",
  // A guest of a leader, not "a guest editor", "a guest lecture".
  "(?:was|been|as) (?:[^\\s,.;]+ ){0,2}guest(?!\\s+(?:editor|speaker|lecture|lecturer|columnist|star|appearance|house|room|list|worker)s?\\b)",
  "(?:took|taken) (?:[^\\s,.;]+ ){0,3}aside",
  // "a private sit-down with", never "sit down" alone (an instruction, a protest).
  "sit-downs?",
  // A meal shared, not one attended: "dined with", "over dinner", "hosted a state banquet for"; never "seated at a lunch".
  "dined",
  `(?:${MEALS}) (?:with|in honou?r of)`,
  `over (?:a )?(?:working )?(?:${MEALS})`,
  `(?:had|hosted|gave|held|offered) (?:a |an )?(?:[\\w-]+ )?(?:${MEALS})`,
];

/** Of the in-person words, the nouns that name no medium: in a story about a call, they are the call. */
export const MEDIUMLESS = /^(?:talks|negotiations|discussions)$/i;

/** Verbs and nouns of talking that name no medium: a contact only with a medium or a place nearby ("so-called" names, it calls nobody). */
export const TALK = ["spoke", "spoken", "speak", "speaks", "speaking", "talked", "talk", "talking", "conversations?", "conversed", "called(?<!\\bso-called)", "calls?", "rang", "dial(?:l)?ed", "dialogue", "exchange of views"];

/** Written contact: read as a message, never as a meeting or a call. */
export const MESSAGE = ["telegrams?", "letters?", "messages?", "condolences?", "cables?", "greetings", "congratulations"];
/** Carried like a message, though no contact word of its own. */
const INVITATION = "invitations?";
/** Wishes and regards, sent like a message. */
const SENT_WISHES = ["wishes", "regards"];
/** What a leader may send without being there: a message, an invitation, wishes, regards. */
const SENT = [...MESSAGE, INVITATION, ...SENT_WISHES];
/** What a leader sends that is no invitation: "at the invitation of X" names the host, a party. */
const SENT_NOT_INVITED = [...MESSAGE, ...SENT_WISHES];

/** Other things a date in a contact sentence may belong to: then the date is not the contact's. */
export const OTHER_EVENT = [
  "birthday",
  "birth",
  "born",
  "elections?",
  "vote",
  "voting",
  "referendum",
  "inauguration",
  "truce",
  "ceasefire",
  "cease-fire",
  "operation",
  "intervention",
  "war",
  "attacks?",
  "strikes?",
  "offensive",
  "anniversary",
  "agreement",
  "deal",
  "accord",
  "treaty",
  "signed",
  "decree",
  "uprisings?",
  "revolution",
  "conflict",
  "crisis",
  "deployed",
  "deployment",
  "launched",
  "began",
  "begun",
  "started",
  "took effect",
  "founded",
  "died",
  "killed",
  "protests?",
  "earthquake",
  "holiday",
  "celebration",
  "parade",
  "withdrawal",
  "troops",
  "sanctions?",
  "campaign",
  "start",
  "beginning",
  "outbreak",
  "invasion",
  "annexation",
  "independence",
  "founding",
  "coup",
  "famine",
  "pandemic",
  "assassination",
  "took (?:the )?office",
  "blockade",
  "imposed",
  "returned to office",
  "sworn in",
  "elected",
  "re-elected",
  "came to power",
  "assumed office",
  "downing",
  "downed",
  "shot down",
  "shooting down",
  "crash",
  "crashed",
  "bombing",
  "explosion",
  "blast",
  // "the fall of a government", not "the fall of 2019"
  "fall of (?!(?:the )?(?:19|20)\\d\\d\\b|last\\b|this\\b|next\\b|that\\b)",
  "collapse",
  "ouster",
  "overthrow",
  "death",
];

/** Verbs of reporting: a date after them is when the contact was told, not when it happened. */
export const REPORT = ["announced", "announce", "reported", "reports", "said", "says", "told", "stated", "published", "released", "posted", "aired", "broadcast", "confirmed", "quoted", "according to", "wrote", "tweeted"];

export type CueKind = "contact" | "weak" | "message" | "block" | "report";

export interface Vocabulary {
  name: string;
  kind: CueKind;
  type?: ContactType;
  re: RegExp;
}

/** The cue vocabularies in their order of precedence: where two could start at the same place, the earlier wins. */
export const CUE_VOCABULARIES: Vocabulary[] = [
  { name: "video", kind: "contact", type: "video", re: words(VIDEO) },
  { name: "phone", kind: "contact", type: "phone", re: words(PHONE) },
  { name: "in-person", kind: "contact", type: "in-person", re: words(IN_PERSON) },
  { name: "talk", kind: "weak", re: words(TALK) },
  { name: "message", kind: "message", re: words(MESSAGE) },
  { name: "other-event", kind: "block", re: words(OTHER_EVENT) },
  { name: "report", kind: "report", re: words(REPORT) },
];

/**
 * A capitalised other-event word that is part of a venue's name ("the Palace of Independence",
 * "Revolution Square", "the Victory Park"): a place, not an event a date could belong to. Read
 * around the word: a venue noun and "of" before it, or a venue noun right after it.
 */
export const VENUE_BEFORE = /\b(?:Palace|Square|Hall|House|Avenue|Park|Monument|Memorial|Museum|Stadium|Boulevard|Bridge|Street)\s+of\s+(?:the\s+)?$/;
export const VENUE_AFTER = /^\s+(?:Palace|Square|Hall|House|Avenue|Park|Monument|Memorial|Museum|Stadium|Boulevard|Bridge|Street)\b/;
/**
 * A contact told beside the gathering the story is about, with no date of its own: "ahead of the
 * tripartite session", "before the plenary", "on the sidelines of the summit", "within the framework
 * of the summit" (a translation's phrase for the same). It is of the
 * gathering's day (the news's), not the publication's. Not "after the summit", often a journey on.
 */
export const BESIDE_THE_GATHERING = new RegExp(
  `\\b(?:(?:on|at) the (?:sidelines|margins|side-lines) of|(?:with)?in the framework of the (?:[\\p{L}-]+\\s+){0,2}?(?:${GATHERINGS})|(?:before|ahead of) the (?:[\\p{L}-]+\\s+){0,2}?(?:${GATHERINGS}|${SITTING}|plenary|ceremony|opening))\\b`,
  "iu",
);
/**
 * A sentence that opens as the next step of the story's day: "Then, …", "In addition, …", "Later,
 * …", "The same day, …", "In the evening, …", or "X also held talks / spoke / met …" with the
 * subject first. Not "had also met …" (an earlier contact) nor "also renewed his invitation" (no contact verb).
 */
export const NEXT_OF_THE_DAY =
  /^(?:then|in addition|afterwards|subsequently|later(?: (?:that|in the) (?:day|morning|afternoon|evening))?|(?:on )?the same day|that (?:morning|afternoon|evening)|in the (?:morning|afternoon|evening)),?\s|^(?![^,;]{0,80}?\b(?:had|has|have)\s+also\b)[^,;]{0,80}?\balso\s+(?:spoke|held|had|met|talked|received|hosted|conducted)\b/i;
/**
 * A step told as of the very day just told, not merely as the story's next step: "Later the same
 * day, …", "The same day, …", "That evening, …". Its day is the one of the contact told before it.
 */
export const SAME_DAY_OPENING = /^(?:later (?:that|the same) day|(?:on )?the same day|that (?:morning|afternoon|evening)),?\s/i;
/**
 * A line that names a contact as a heading, its subject left to the page ("Telephone conversation
 * with President of Uzbekistan X", "PM meeting with President Y of Kenya: 10 July 2024", "Meeting
 * with Prime Minister of Iraq Z (10 October)"): a press office's or digest's entry title; never a
 * sentence, which ends like one ("Meeting with Abiy, Xi said …").
 */
export const CONTACT_HEADING = new RegExp(
  `^(?:[•*–—-]\\s*)?(?:(?:the\\s+)?(?:PM|${officeAlternation(OFFICE_NAMES, true)}|Head of State)(?:['’]s)?\\s+)?(?:(?:tele)?phone\\s+|video\\s+)?(?:conversation|call|meeting|talks|conference|videoconference|bilateral meeting)s?\\s+with\\s(?![^\\n]*[.!?]["”’)]?\\s*$)`,
  "iu",
);
/**
 * After a contact heading's "with", what a heading holds: a counterpart's title and name, a date,
 * a place in parentheses; never a verb or a trailing clause ("Talks with Prime Minister X focused
 * on trade, officials said"), which a lowercase word other than a name's or a date's particle shows.
 */
export const HEADING_TAIL = /^(?:[^\p{Ll}\n]|(?<![\p{L}'’])(?:of|the|and|on|in|at|de|da|del|do|dos|du|van|von|der|al|bin|el|la|le|y)(?![\p{L}'’])|(?<=\p{L})\p{Ll})*$/u;
/** How long a contact heading runs at most after its "with" (a title, a name, a date). */
export const HEADING_TAIL_MAX = 100;
/** The media, most specific first: what a phone or video word near a contact makes it. */
export const MEDIA: { type: ContactType; re: RegExp }[] = [
  { type: "video", re: words(VIDEO) },
  { type: "phone", re: words(PHONE) },
];

/**
 * "called off a meeting", "called for a ceasefire", "called on Xi to", "call a truce", "called a
 * snap election", "called a press conference", "called an emergency meeting": not a phone call.
 * A headline drops the article ("calls snap referendum", "calls press conference"): it is optional.
 */
const NOT_PHONED_AFTER_CALLED = String.raw`off|for|on|upon|it|into|out|(?:an?\s+)?(?:truce|halt|ceasefire|cease-fire|snap|early|general|election|vote|referendum|strike|press|news)|an?\s+(?:emergency\s+)?(?:meeting|summit|session)`;
/**
 * A headline naming a call ("Readout of the President's Call with …"): a phone call unless it says
 * video. Not "Xi holds talks with B, calls for closer ties", "calls on B to …": a demand, no call.
 */
export const HEADLINE_CALL = words([`calls?(?!\\s+(?:${NOT_PHONED_AFTER_CALLED})\\b)`, "phone", "telephone"]);

/** Verbs that place a call when a leader is their object ("X called Y"). */
const CALL_VERBS = ["called", "phoned", "rang", "telephoned", "dial(?:l)?ed"];
export const CALL_VERB = new RegExp(`^(?:${CALL_VERBS.join("|")})$`, "i");
/** The noun "call" that is a contact with a leader after "from" or "with". */
export const CALL_NOUN = /^calls?$/i;
/** After "called", what makes it no phone call: "called off", "called for", or a name in quotes ("an event called “Howdy Modi”"). */
export const CALLED_NOT_PHONED = new RegExp(`^\\s+(?:(?:${NOT_PHONED_AFTER_CALLED})\\b|["“‘'])`, "i");
/** "called on", "calls upon": a courtesy call on someone, or an appeal to them ("called on Lula to act"). */
export const CALLED_ON = /^\s+(?:on|upon)\s/i;
/** After the one called on, in the same clause: an infinitive makes it an appeal, not a visit. */
export const APPEAL_AFTER = /^[^.;]{0,80}?\bto\s+\p{Ll}/u;
/**
 * Just after the one called on: what a courtesy call is told with, a place or occasion ("at the
 * palace", "in Nairobi", "during the summit", "on Monday") or the clause's end. Anything else
 * ("for restraint", "over the border", "in a letter", "not to …") is the wire's appeal.
 */
export const VISIT_AFTER = /^(?:\s*(?:$|[.;,)—–-])|\s+(?:at|during|after|before|later|earlier|again|shortly|briefly)\b|\s+(?:in|on)\s+(?:\p{Lu}|\d))/u;
/** "called <on> X …": what may stand between the call and the one called on ("called on President X"), not a clause or "to". */
export const CALLED_ON_BETWEEN = /[,;]|\bto\s/;
/** After "called <leader>": words that make it naming ("called him a friend"), not phoning. */
export const NAMING = /^\s*(?:an?\s|the\s|his\s|her\s|their\s|["“'‘])/i;

/** "spoke", "talked": with two leaders and no place, a call in news copy. */
export const SPOKE = /^(?:spoke|spoken|talked)$/i;
export const SPOKE_WITH = /^\s+(?:with|to)\s/i;
/** After "spoke", "talked": of whom or what someone spoke ("has spoken of beautiful letters from Kim"), no conversation. */
export const SPOKE_OF = /^\s+(?:\w+ly\s+)?of\b/i;
/** "spoke to both houses of Parliament", "speaks to students", "spoke at a rally": an audience, not a conversation partner. */
export const SPOKE_TO_AUDIENCE =
  /^\s+(?:\w+ly\s+)?(?:to|before|at|in front of)\s+(?:the\s+|a\s+|an\s+|both\s+|a joint\s+|a joint session of\s+|joint session of\s+)?(?:houses? of (?:[Pp]arliament|[Cc]ongress)|parliament|parliamentarians|congress|lawmakers|legislators|deputies|senators|MPs|the nation|nation|reporters|journalists|press|media|students|audiences?|supporters|crowds?|delegates|troops|soldiers|diaspora|investors|business leaders|rall(?:y|ies)|news conference|press conference|(?:\p{Lu}[\p{L}'’-]*\s+)*(?:Parliament|Assembly|Congress|Senate|Bundestag|Duma|Knesset|University))\b/u;
/** Before "talked", in its clause: the talkers went into a room together ("went inside the house and talked"). */
export const WENT_INSIDE = /\b(?:went|walked|stepped|withdrew|retired)\s+(?:inside|into)\b[^,;]*$/i;
/** "talked over a working lunch", "talked at the Kantei": talking that was in person. */
export const MEAL_OR_VENUE = new RegExp(`\\b(?:${MEALS}|tea|stroll|walk)\\b|\\b(?:at|in) the (?!phone\\b|telephone\\b)[A-Z]`);
/** "spoke at a news conference", "spoke to reporters": speaking, not to each other. */
export const SPOKE_ELSEWHERE = /^\s+(?:\w+\s+)?(?:at|during|after|before|in front of|to (?:reporters|journalists|the press|the media))\b/i;

// ---- modality: what makes a contact word not a contact that happened ----

/**
 * Plan nouns of NOT_HELD that can be the topic of talk ("efforts to", "plans to", "the possibility"),
 * not a modal or a verb of wish: "discussed plans to …" tells a talk, "plans to …" a plan.
 */
export const PLAN_NOUN = /^(?:plans?|efforts? to|possibility|proposals?|attempts?|intention)$/i;
/** A past verb of talk whose object is the plan noun right after it ("reviewed efforts to", "discussed the possibility of"). */
export const TALK_VERB_BEFORE = /\b(?:discussed|reviewed|explored|examined|assessed|considered|welcomed|praised|outlined|exchanged views on|talked about)\s+(?:the\s+|their\s+|joint\s+|new\s+|further\s+)?$/i;
/** Infinitives of holding, hosting or going to a contact ("to meet", "to hold talks", "to visit"): after a modal or "agreed to", a contact still to come. */
const CONTACT_INFINITIVES = ["have", "hold", "meet", "visit", "receive", "host", "travel", "attend"];
/** Infinitives of talking or sitting down together ("to speak", "to call", "to sit down"): a contact agreed on, not an outcome. */
const TALK_INFINITIVES = ["speak", "talk", "call", "phone", "sit", "convene", "see"];
/**
 * "agreed to expand trade during their meeting": a past agreement on something other than a
 * contact, its setting introduced by "during" right before the contact word (ends at it). Not
 * "agreed to meet during the summit" (the contact agreed on is still to come): the agreed verb is no
 * contact verb. A clause stop between them ends the agreement's reach.
 */
export const AGREED_OUTCOME_BEFORE = new RegExp(
  String.raw`\bagreed\s+to\s+(?!(?:${[...CONTACT_INFINITIVES, ...TALK_INFINITIVES].join("|")})\b)[\p{Ll}-]+\b[^.;:!?]{0,160}\bduring\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\p{L}\d-]+\s+){0,2}$`,
  "iu",
);
/** Before a setting: words that put it ahead ("during the upcoming summit", "during next month's visit"). */
export const SETTING_AHEAD = /\b(?:upcoming|forthcoming|next|coming|planned|proposed|expected|future)\b/i;
/** A journey as the contact word: a setting agreed on is nearly always the plan ("agreed to sign the pact during a state visit"). */
export const JOURNEY_NOUN = /\b(?:visit|trip|tour|journey)s?\b/i;
/** After a setting: it has yet to open ("the summit in Rio, which opens in November"). */
export const SETTING_STILL_TO_OPEN = /\b(?:which|that)\s+(?:opens|begins|starts|is\s+due|is\s+scheduled|will)\b|\bwill\s+(?:open|begin|start|be\s+held)\b/i;
/** A contact word "during" introduces: the cue itself ("during a phone call") or the words right before it. */
export const DURING_CONTACT = /^during\b/i;
export const DURING_BEFORE = /\bduring\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** Just before a contact word: planned, wished, possible, refused or denied. */
/** "the next day", "the next month" tell a step of a past story (see mentions/story-dates.ts); "next week", "the next summit" a plan. */
export const NOT_HELD =
  /\b(will|ll(?<=['’]ll)|won['’]t|would|wouldn['’]t|might|could|couldn['’]t|can|cannot|can['’]t|shall|should|plans?|planned|planning|expected|expects|hopes?|hoped|hoping|wish(?:es|ed)?|aims?(?!\s+of\b)|aiming|seeks?|seeking|sought|look(?:s|ed|ing)? forward|keen|eager|ready|willing|intends?|intention|wants?|wanted|invited?|invitation|possibility|possible|potential|proposed?|proposal|scheduled|set to|due to|upcoming|(?:next(?<!\bthe\snext)|next(?!\s+(?:week|month|year)\b))(?!\s+day\b)|future|agreed to|offer(?:s|ed|ing)? to|(?:is|are|was|were) to|must|arrange|arranging|attempts?|attempted|attempting|try to|trying to|tried to|bid to|efforts? to|cancel(?:l)?ed|postponed|called off|refused|declined|boycott(?:s|ed|ing)?|skipped|snubbed|stayed away from|did not|didn['’]t|(?:has|have|had|was|were|is|are|does|do)n['’]t|never|not|no|nor|neither|without|rumou?red|reports? of|rejected|denied|if|whether|to be held)\b[^.]*$/i;
/**
 * Negative words that do not negate what follows: "it is no secret that X called Y", "it is not the
 * first time that X receives Y", "not only met X but", "it was not until Friday that X met Y": the
 * contact after them is told as fact. Each is written once with "not" or its contraction ("isn't a
 * secret", "wasn't until"), since NOT_HELD and NOT_HELD_DENIED know both.
 */
const NOT = String.raw`(?:not|(?:is|was|are|were)n['’]t)`;
export const NEGATION_IDIOM = new RegExp(
  String.raw`\b(?:(?:(?:is|was|it's)\s+no|(?:is|was)\s+not\s+an?|(?:is|was)n['’]t\s+an?)\s+(?:secret|surprise|coincidence|accident)|${NOT}\s+(?:for\s+)?the\s+first\s+time|${NOT}\s+only|${NOT}\s+until|no\s+doubt)\b`,
  "gi",
);
/**
 * Before a contact word, words that do not govern it: a fronted phrase of setting closed by a comma
 * at the sentence's start ("Ahead of next week's summit, X spoke by phone with Y") and an aside on
 * a person between commas (`ASIDE_ON_PERSON`). Blanked before a plan or a negation is looked for.
 */
export const FRONTED_SETTING = /^\W*(?:[Aa]head of|[Bb]efore|[Aa]fter|[Aa]t|[Dd]uring|[Oo]n the eve of|[Ii]n the run-up to|[Oo]n the (?:sidelines|margins) of|[Ff]ollowing|[Dd]espite|[Aa]mid)\s(?![^,;:]*\b(?:no|not|never)\b)[^,;:]{0,80},\s/;
/** An aside on a person between commas ("X and Y, who will both attend next month's summit, met in Delhi"): the clause goes on past it. */
export const ASIDE_ON_PERSON = /,\s+(?:who|whose)\s[^,;:]{0,80},/g;
/** ", but": a negation or plan before it governs its own clause, not the contact after it ("had not found the key, but the talks were a start"). */
export const BUT_CLAUSE = /[,;]\s+but\s+/gi;
/**
 * "the fourth foreign leader to visit", "one of the few heads of state to travel to": an infinitive
 * after an ordinal or a count of people tells what they did, not an aim.
 */
export const RANKED_AGENT = new RegExp(
  `\\b(?:the|one of the|among the)\\s+(?:first|second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)|last|only|few|latest|earliest)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:leaders?|heads? of (?:state|government)|(?:${OFFICES_ALONE}|monarch)s?|visitors?|guests?)\\b(?:\\s+(?:of|from)(?:\\s+[\\p{L}\\d-]+){1,4})?\\s*$`,
  "iu",
);
/**
 * A word that makes the contact noun right after it something looked forward to, not told:
 * "ahead of a meeting with", "preparations for his visit", "the prospect of talks", "pressed for a
 * call". Followed by at most a determiner and a few modifiers before the noun.
 */
export const PLAN_HEAD =
  /\b(?:ahead of|in (?:the )?run-up to|on the eve of|in preparation for|preparations? for|prepar(?:e|es|ed|ing) for|arrangements? (?:for|concerning|regarding|on)|prospects? (?:of|for)|plans? for|proposals? for|(?:calls?|called|calling|requests?|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|appeal(?:s|ed|ing)?)(?:\s+(?:on|last|this|early|late)\s+\p{L}+|\s+(?:again|repeatedly|publicly))?\s+for|hopes? (?:of|for)|hop(?:ed|ing) for|idea of|talk of|request(?:s|ed|ing)?|s(?:ought|eeks?|eeking)|pav(?:e|es|ed|ing) the way for|groundwork for|(?:supposed|meant) to \p{L}+)\s+(?:[\p{L}\d'’-]+\s+){0,3}$/iu;
/** A word that refuses or replaces the contact noun or gerund right after it: "ruled out a meeting", "turned down talks", "again avoided any bilateral meeting", "instead of meeting". */
export const REFUSAL_HEAD = /\b(?:ruled out|rules out|ruling out|turned down|turns down|missed|misses|avoid(?:ed|s|ing)?|shunn?(?:ed|ing)?|shuns|instead of|rather than|in lieu of|in place of)\s+(?:[\p{L}\d'’-]+\s+){0,3}$/iu;
/**
 * After a contact noun that is its clause's subject, a predicate of plan, doubt or failure:
 * "a summit … was possible", "the meeting … never happened", "a visit, scheduled for Monday, was
 * postponed", "his meeting with X would focus on trade", "a visit … had not been confirmed", "a
 * visit has been requested", "the plan … came to nothing", a headline's "meeting falls through", "a
 * meeting … has been mentioned by aides but not confirmed". Not "was requested": a readout's "the
 * call was requested by the Kenyan side" tells a call that happened at someone's request.
 */
export const IRREALIS_PREDICATE =
  /^([^.;:!?]{0,100}?)\b(?:(?:[Ii]s|[Aa]re|was|were|has been|have been|had been|remains?|remained|seems?|seemed)\s+(?:still\s+|now\s+|also\s+|not\s+)?(?:possible|likely|unlikely|uncertain|in doubt|doubtful|on the cards|in the works|impossible|(?:not\s+)?ruled out|(?:not\s+)?excluded|postponed|cancell?ed|called off|delayed|put off|scrapped|shelved)|never (?:took place|happened|materiali[sz]ed)|did not (?:take place|happen|go ahead)|(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|finali[sz]ed|agreed)|(?:has|have|had) been\s+(?:requested|sought|mooted|floated|pencill?ed in|proposed|suggested)|(?:was|were)\s+(?:mooted|floated|pencill?ed in)|came to nothing|f(?:ell|alls|allen)\s+through|but\s+not\s+(?:yet\s+)?(?:confirmed|finali[sz]ed|agreed)|failed to (?:take place|happen|materiali[sz]e)|(?:planned|scheduled|slated|expected) for|(?:will|would|shall|could|might|may|can)\b)/u;
/** Between a contact noun and its predicate, a word that starts another clause: the predicate is then someone else's. */
export const OTHER_CLAUSE = /\band\s+(?!the\b)\p{Ll}|\b(?:but|while|whereas|after|before|when|said|says|told|added|as|because|since|though|although|which|who|that|where)\b|,\s+(?:he|she|they|it)\b/u;
/** A speech act in a contact word's clause: "addressed the summit by video link", "sent a recorded video message to". */
export const SPEECH_ACT = /\b(?:address(?:ed|es|ing)?|speech|remarks|messages?|greetings)\b/i;
/** Gatherings and journeys a contact can be told as happening at or on: "at the G7 summit, where …", "on the sidelines of the summit", "during his visit to Madrid". */
export const SETTING = new RegExp(`^(?:(?:${GATHERINGS}|${SITTING})s?|visits?|trip)$`, "i");
/** Before such a gathering or journey, the words that make it a setting ("for the G7 summit", "during his visit", "at Tuesday's summit"), not the contact itself ("their last summit"). */
export const SETTING_BEFORE = /\b(?:at|for|during|in|on the (?:sidelines|margins) of|attend(?:s|ed|ing)?)\s+(?:the|an?|this|that|his|her|their|its|[\p{L}\d]+['’]s)\s+(?:[\p{L}\d'’-]+\s+){0,5}$/iu;
/** Right after a gathering: it is told as held ("the meeting which was held at 10 Downing Street", "the summit that took place in May"). */
export const TOLD_HELD = /^\s*,?\s+(?:which|that)\s+(?:was|were)\s+(?:held|convened)\b|^\s*,?\s+(?:which|that)\s+took place\b|^\s+(?:held|convened)\s+(?:at|in|on)\b/i;
/** Contact words a speech can be delivered to or through: a gathering or a video link. */
export const GATHERING = new RegExp(`^(?:(?:${GATHERINGS}|${SITTING}|meeting)s?)$`, "i");
/** "welcomed the prospect of …", "welcomes the decision", a quoted '"welcomed" the deal': a welcoming verb, then a determiner and the object's first lower-case words. */
export const WELCOMED_OBJECT = /^["”’']?\s+(?:the|a|an|this|that|these|those|their|its|our|his|her|both)\s+((?:[\p{L}.’'-]+\s+){0,2}[\p{L}.’'-]+)/u;
/** Words that make such an object a person after all: "welcomed the visiting president", "welcomed the two leaders". */
export const PERSON_WORD = new RegExp(`\\b(?:(?:${OFFICE_NAME_WORDS.join("|")})s?|guests?|visitors?|leaders?|queen|princess|sheikh|monarch|rulers?|hosts?|chiefs?|counterparts?|heads?|delegations?|dignitar(?:y|ies)|pope|vice|envoys?|officials?|visiting|men|women|pair)\\b`);
/** "reports that X met Y proved false", "dismissed as baseless claims that they had spoken": a claim of a contact, before the contact word. */
/** A fact-check's label opening the sentence it checks: "CLAIM: a post says …". */
export const CLAIM_LABEL = /^\W*(?:claim|false claim|rumou?r)\s*:/i;
export const CLAIM_BEFORE = /\b(?:reports?|claims?|rumou?rs?|allegations?|suggestions?|speculation|stories|posts?)\s+(?:[\w-]+\s+){0,6}?(?:that|of|claimed|alleged|suggested)\b[^.;]*$/i;
/** Words by which a sentence disputes what it reports, or says flatly that none took place ("there had been no telephone contact"). */
export const CONTESTING = /\b(?:false|untrue|baseless|unfounded|fake|fabricated|denied|denies|deny|dismissed|dismisses|dismissing|rejected|rejects|refuted|refutes|debunked|groundless|inaccurate|incorrect)\b|\bthere\s+(?:had|has|have)\s+been\s+no\b/i;
/** Just after a contact word: "talks with Xi are planned for Friday", "the meeting will take place". */
export const NOT_HELD_AFTER =
  /^[^.;,]{0,80}?\b(?:(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?(?:planned|scheduled|expected|due|set|slated|pencill?ed in|predicted|foreseen|envisaged|anticipated|to be held|being (?:prepared|planned|arranged|organi[sz]ed|discussed|considered|worked out|coordinated|negotiated|finali[sz]ed|explored))|will\s+(?:be|take)\b|never\s+(?:took place|happen(?:ed)?|materiali[sz]ed?)|did not (?:take place|happen)|(?:was|were)\s+(?:cancell?ed|called off|postponed))/i;
/**
 * Just after a contact noun, a timeline's present tense: "the summit never takes place", "the
 * talks do not happen". Group 1 is what stands between: only the noun's own words may (see
 * NOT_NOW_GAP). Not a generic present that says how, or how often ("talks that do not happen
 * often enough", "does not take place in a vacuum").
 */
export const NOT_HELD_NOW = /^([^.;,]{0,80}?)\b(?:never\s+(?:takes?\s+place|happens|materiali[sz]es)|(?:does|do)\s+not\s+(?:take\s+place|happen))\b(?!\s+(?:often|enough|in\s+(?:a\s+)?(?:vacuum|isolation)|overnight|by\s+(?:chance|accident)|every|always|easily|without))/i;
/** Between a contact noun and such a present: a relative clause, a purpose or a date, which make it another verb's, or a generic one. */
export const NOT_NOW_GAP = /\b(?:that|which|who|whom|for|on|last|this|since)\b|\d/i;
/** Right after a contact noun, a relative clause of plan or cancellation: "the summit that was to bring together …", "a meeting which was called off", "the summit, which Lula will host". */
export const RELATIVE_PLAN = /^\s*,?\s+(?:[\w-]+\s+){0,2}?(?:that|which)\s+(?:[A-Z][\w’'.-]*\s+){0,3}(?:(?:was|were|is|are)\s+(?:to|supposed to|meant to|due to|expected to|scheduled to|set to|cancell?ed|called off|postponed|scrapped)|will|would)\b/i;
/**
 * After a contact noun, a relative clause that says it never happened or that the leaders named in
 * it stayed away: "a meeting with X that both sides said they wanted never took place", "the
 * summit in July, which Xi and Lula did not attend".
 */
export const RELATIVE_UNHELD =
  /^[^.;:!?]{0,80}?\b(?:that|which)\b[^.;:!?]{0,60}?\b(?:never\s+(?:took place|happened|materiali[sz]ed|came about)|(?:did not|didn['’]t|could not|couldn['’]t|failed to)\s+(?:attend|join|take place|happen|materiali[sz]e|go ahead|come about))\b/i;
/**
 * A contact noun heading its sentence ("A tripartite summit bringing together … is also expected
 * to be held"): the first finite verb after it, and the word after that, tell its modality.
 */
export const SUBJECT_HEAD = /^\W*(?:a|an|the|this|that|their|his|her|its|another)\s+(?:[\p{L}\d'’-]+\s+){0,3}$/iu;
/** The contact nouns that can head a sentence as its subject. */
export const CONTACT_NOUN = /^(?:meetings?|summits?|talks|visits?|calls?|conversations?|negotiations|discussions|trilateral|bilateral|phone calls?|telephone (?:calls?|conversations?|talks)|video ?(?:calls?|conferences?|link)|videoconferences?|encounters?|trip)$/i;
export const FIRST_FINITE = /\b(?:is|are|was|were|will|would|has|have|had)\b(?:\s+(?:also|now|still|not|yet))*\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u;
export const PLAN_AFTER_FINITE = /^(?:expected|scheduled|planned|due|set|slated|supposed|meant|to|being|likely|unlikely|cancell?ed|called|postponed|scrapped|shelved|be|take)$/i;
/** "received on Monday a written message from", "messages of condolence were received from": a message, not a visit. */
export const MESSAGE_AFTER_VERB = new RegExp(`^[^,;.]{0,40}?\\b(?:${[...MESSAGE, INVITATION].join("|")})\\b`, "i");
export const MESSAGE_BEFORE_VERB = new RegExp(`\\b(?:${MESSAGE.join("|")})\\b[^,;.]{0,40}?\\b(?:was|were)\\s+(?:also\\s+)?$`, "i");
export const CARRIER_VERB = /^(?:received|receives|receiving|receive|sent|sends|delivered|handed|conveyed|exchanged)$/i;
/** The end of a clause where a date opens the next one: ", and on Friday", "; then in May". */
export const CLAUSE_OPENS_BEFORE_DATE = /(?:,\s*(?:and|but|while|then)|;)(?:\s+then)?(?:\s+(?:on|in|at))?\s*$/i;
/** A join that starts yet another clause: a date opening one clause does not reach a contact word past it. */
export const NEXT_CLAUSE_JOIN = /[;,]\s*(?:and|but)\b|;/;
/** NEXT_CLAUSE_JOIN ending just before a clause ("A had telephoned B, and | C spoke to him"). */
export const CLAUSE_JOINED_BEFORE = new RegExp(`(?:${NEXT_CLAUSE_JOIN.source})\\s*$`, "i");
/** A clause opening on its joining word ("| and C spoke to him"). */
export const CLAUSE_JOINED_AFTER = /^[\s,;]*(?:and|but)\b/i;
/** Words that open a clause of their own between a plan's verb and a date: "would have been the first since their summit in July". */
export const CLAUSE_OPENER = /\b(?:since|when|where|after|than|which|who)\b/i;
/** Just before a contact verb: a relative clause whose subject is a name ("… the summit that President Ruto hosted"). */
export const RELATIVE_SUBJECT = /\b(?:that|which)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}$/u;
/**
 * A modal verb of plan with its contact verb, anywhere in the contact's clause: "President Ruto must
 * have bilateral meetings with …"; told in the past, a plan the story does not say was kept: "Biden
 * was to have landed on Thursday for a visit", "they were due to meet in Lima". Not the past after
 * a purpose noun: "the aim of the visit was to hold talks" tells what a visit that happened was for.
 */
/**
 * A time told between a modal and its verb, as agency copy puts it: "will on Sunday host", "is due
 * later this week to visit", "will tomorrow meet". Only a weekday or a short word of time, so the
 * gap stays a few words and cannot run on into another clause.
 */
const MODAL_TIME_GAP = String.raw`(?:(?:on|this|next|later|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tomorrow|tonight|later|soon|(?:this|next)\s+week|this\s+(?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|this\s+week))?\s+`;
/**
 * A clause that is only a phrase of purpose or manner, with no verb of its own, right before the
 * contact word: "…, on an official visit", "…, for a working visit". It is told under the clause
 * before it, so that clause's modal ("will host X on Sunday, on an official visit") is its own.
 */
export const VERBLESS_ADJUNCT = /^\s*(?:on|for|during|in)\s+(?:an?|his|her|their|the|its)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
export const CLAUSE_MODAL = new RegExp(
  String.raw`\b(?:must|shall|will|ll(?<=['’]ll)|(?:is|are) to|(?:was|were) to(?<!\b(?:aim|purpose|goal|objective|intention|point)\b[^.;]{0,60}\b(?:was|were) to)|(?:is|are|was|were) (?:due|set|supposed) to)\s+(?:also\s+)?(?:${MODAL_TIME_GAP})?(?:${[...CONTACT_INFINITIVES, "go", "fly"].join("|")})\b`,
  "i",
);
/** Meeting nouns that a story about a call may use for the call itself. */
export const MEETING_NOUN = /^(?:meeting|summit|summit meeting|talks)$/i;
/** Just before such a noun: it is the one already told ("the meeting", "today's talks", "the first substantive summit"). */
export const DEFINITE_BEFORE = /\b(?:the|this|today['’]s|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Words that say a contact was in the same room. */
export const IN_PERSON_ONLY = /\b(?:in person|in-person|face[- ]to[- ]face|shook hands|handshake|arrived|visit(?:ed|ing)?)\b/i;
/** After a date heading a timeline entry: "June 12, 2019 — …", "12 March: …". */
export const TIMELINE_DASH = /^\s*(?:[—–:]|-\s)/;
/** Contact words that tell a journey's end: the contact it leads to may be told, and dated, after it. */
export const ARRIVAL = new RegExp(`^(?:${ARRIVING.join("|")})$`, "i");
/** Just before a date, in its clause: the date of a plan ("both due in Brasília on Tuesday"). */
export const PLANNED_BEFORE_DATE = /\b(?:(?:who|which|that) (?:arrive|travel|fly|come|head)|will|would|plans? to|planned|planning|expected|expects|scheduled|set to|due (?:to|in|at|for)|upcoming|hopes? to|intends? to|to be held)\b[^,;]*$/i;
/**
 * A temporal clause in the simple present, which English uses for what is still to come: "three
 * days before Lula flies to Paris for a summit", "until he meets Xi", "once they sit down". Its
 * subject is a pronoun or a name, so that a noun is not read as the verb ("after the two heads of
 * state held talks", "after Kishida's visit"). Up to and including the contact word, which must
 * stand in the temporal clause itself: a comma ends it, and the main clause after it tells its own
 * tense ("Before he meets X on Friday, Y held talks with Z on Thursday").
 */
export const TEMPORAL_PRESENT = new RegExp(
  String.raw`\b(?:[Bb]efore|[Uu]ntil|[Oo]nce|[Ww]hen|[Aa]fter)\s+(?:he|she|they|the two(?:\s+(?:leaders|presidents|men))?|(?:(?:${officeAlternation(OFFICE_NAMES, true)}|Mr\.?|Ms\.?|Mrs\.?)\s+)?\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,2})\s+(?:(?:also|next|finally|again)\s+)?(?:meets|meet|hosts|host|visits|visit|receives|receive|welcomes|arrives|arrive|travels|travel|flies|fly|sits|sit|attends|attend)\b[^.;:!?,]*$`,
  "u",
);
/**
 * A contact told as what someone else says happened, before its word: a report, a claim, the media,
 * posts, someone's "information" ("A newspaper reported that A and B had spoken", "Posts claim that
 * …", "she had "reliable information" that A and B spoke"), or a picture or caption that circulates
 * ("A picture showing A shaking hands with B has spread", "with the caption: "A met B last night"").
 */
export const REPORTED_BEFORE = /\b(?:(?:reported|reports?|claimed|claims?|alleged|rumou?rs?|media|newspapers?|outlets?|sources|posts?|information)\b[^.;]*\bthat|(?:pictures?|photo(?:graph)?s?|images?|videos?)\s+(?:showing|purporting\s+to\s+show)|captions?)\b[^.;]*$/i;
const DENIED_NOUN = String.raw`call|conversation|meeting|talks?|contact|visit|exchange|videoconference`;
/**
 * A denial that a contact took place: "no such conversation had taken place", "denied that the two
 * had spoken", "there was no call", "there has been no contact", "we found no evidence of the call",
 * "there is no record of any meeting", "The claim is false"; its noun, where it names one, in `noun`.
 */
export const DENIED_NEXT = new RegExp(
  String.raw`\b(?:no\s+such\s+(?:\w+\s+)?(?<noun>${DENIED_NOUN})|there\s+(?:was|has\s+been|had\s+been)\s+no\s+(?:\w+\s+)?(?<noun2>${DENIED_NOUN})|no\s+(?:evidence|record|trace)\s+of\s+(?:the|a|any|such)\s+(?:\w+\s+)?(?<noun3>${DENIED_NOUN})|denied\s+(?:the\s+report|that\s+(?:the\s+two|they|any))|(?:the|this)\s+claim\s+(?:is|was)\s+(?:false|untrue|baseless|fabricated|fake))\b`,
  "i",
);
/** After a denial, in its sentence: a span it is about ("no meeting between them since 2019", "in years"), the wire's way of saying "the first since", which presupposes this contact. */
export const DENIAL_SPAN = /\b(?:since|before|in\s+(?:(?:over|more\s+than|\w+)\s+)?(?:years|decades|months)|for\s+(?:(?:over|more\s+than|\w+)\s+)?(?:years|decades|months))\b/i;
/** "Lula said in a post on X that …": a post by the one who tells it, first-hand, not a claim; its teller up to the verb in group 1. */
export const OWN_POST = /^([^.;]*?)\b(?:said|wrote|announced|confirmed|posted)\s+(?:in|on)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?post\b(?![^.;]*\b(?:reported|reports?|claimed|claims?|alleged|rumou?rs?|media|newspapers?|outlets?|sources|information)\b)/i;
/** Another claim named before "the claim is false" ("a neighbour's claim over river water"): the denial is of that one. */
export const CLAIM_NOUN = /\bclaims?\b/i;
/** The denied nouns that may stand for a contact of each kind: a denied meeting is no denied call. */
export const DENIED_KINDS: Readonly<Record<ContactType, RegExp>> = {
  "in-person": /^(?:conversation|meeting|talks?|contact|visit|exchange)$/,
  phone: /^(?:call|conversation|talks?|contact|exchange)$/,
  video: /^(?:call|conversation|meeting|talks?|contact|exchange|videoconference)$/,
};
/** Right after a denied contact: other people named as its party ("no meeting of their ministers", "no such call with the envoy"), not the pair ("with him", "between the two"). */
export const OTHER_PARTY_AFTER = /^\s+(?:of|between|among|with|involving)\s+(?!(?:him|her|them|each other|one another|the two(?:\s+(?:leaders|presidents|men))?)\b)/i;
/** "may" is a modal only in lower case; "May" is a month. */
export const MAY_MODAL = /\bmay\b[^.]*$/;
/** Before a contact noun: an infinitive of starting or holding it ("to start technical negotiations", "to hold talks"), an aim like "to meet". */
export const START_INFINITIVE = /\bto\s+(?:start|begin|launch|resume|open|hold|have|pursue|seek)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Before an infinitive contact ("flew to Beijing to meet Xi"): a movement that happened, so the contact did too. */
export const MOVED_TO = /\b(?:flew|travell?ed|arrived|came|went|headed|journeyed|was in|were in|landed|visited|stopped in|crossed)\b/i;
/**
 * "the outcome of the April 27 summit", "briefed Trump on his discussions with Kim", "informed the
 * Prime Minister by phone of his meeting with X", and in a headline's or a list entry's present
 * tense "Lula briefs Modi on Lima summit", "spoke with A and B on Friday about the summit" (ABOUT_BEFORE):
 * a contact named as a topic, its people unknown.
 */
export const TOPIC_OF = /(?:\b(?:outcome|outcomes|results?|details|readout|preparations?|agenda)\s+(?:of|for)\s+(?:the\s+|their\s+|his\s+|her\s+|this\s+|last\s+)?(?:[\w-]+\s+){0,3}|\b(?:briefed|briefs|informed|informs|told|tells|updated|updates)\s+(?:[\w.-]+\s+){1,6}(?:on|about|of)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2})$/i;
/** "… about the summit": a contact noun as what a talking verb before it (TALKED_BEFORE) was about. */
export const ABOUT_BEFORE = /\babout\s+(?:the|this|next|an?)\s+(?:[\w-]+\s+){0,2}$/i;
export const TALKED_BEFORE = /\b(?:spoke|spoken|talked|conferred)\b/i;
/**
 * A sentence opening on a contact already told, as the time of what follows: "Following the talks,",
 * "After their meeting in Lima,", "At the end of the summit,". Up to the contact noun.
 */
export const FOLLOWING_TOLD = /^\s*(?:(?:Immediately|Shortly|Soon)\s+)?(?:Following|After|At the end of|At the close of|(?:On|Upon|After|Following) the conclusion of)\s+(?:the|their|today['’]s|this)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * Just before a leader: a verb of contact whose object the leader is ("briefed Prime Minister",
 * "met", "spoke to the President of Chile,"), with the leader's titles between.
 */
export const CONTACT_VERB_BEFORE = /\b(?:met|meets|briefed|informed|called|phoned|rang|received|hosted|welcomed|visited|(?:spoke|speaks|talked|talks|conferred)\s+(?:to|with))\s+(?:(?:the|of|[\p{Lu}][\p{L}'’.-]*),?\s+){0,6}$/u;
/** After a contact noun that names no medium ("talks", "negotiations"), in its clause: a predicate of a process that failed or dragged, not of one meeting ("the talks that followed collapsed in December"). */
export const TRACK_PREDICATE = /^([^.;,]{0,60}?)\s(?:(?:had|have|has|then|finally|eventually|again|soon|later)\s+)?(?:collapsed|stalled|broke down|broken down|faltered|foundered|dragged on|deadlocked|ran aground)\b/i;
/** Between such a noun and that predicate, a word that gives the predicate to another subject ("talks in Nairobi after the truce collapsed"). */
export const TRACK_OTHER_SUBJECT = /\b(?:after|before|when|as|while|because|since|though|although|but|and\s+(?:the|a|an|its|his|her|their)|until|once|where|whose)\b/i;
/** The prepositions that tell how a contact was held: "by video", "via telephone", "over the phone". */
const MEDIUM_PREPOSITION = "by|via|over";
/** The media a call is held by: "a phone call", "a video call". */
const CALL_MEDIUM = "phone|telephone|video";
/**
 * Right after a contact noun, its party named as officials or a body of them: "of foreign and
 * defence ministers", "of the External Affairs Minister" (not "of Prime Minister X"), "held by
 * video conference between energy ministers", "of the intergovernmental commission". How it was
 * held may stand between the noun and its party. Group 1 is the word that names the party: after a
 * medium phrase only "between" does ("informed X by phone of the ministers' talks" tells the
 * call's topic).
 */
export const OFFICIALS_OF = new RegExp(String.raw`^\s+(?:(?:held|conducted|${MEDIUM_PREPOSITION}|${CALL_MEDIUM}|conference|videoconference|link)\s+){0,4}(of|between)\s+(?:the\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,4}?(?<!prime\s)(?:ministers?|officials|envoys?|deputies|aides|advis[eo]rs|negotiators|diplomats|delegations?|ambass?adors?|secretar(?:y|ies)(?!\s+general)|commissions?|committees?)\b`, "iu");
/** Before a contact noun, the leaders chairing it: "co-chaired the first meeting of the Joint Commission" is theirs too. */
export const CHAIRED_BEFORE = /\b(?:co-?)?(?:chair(?:ed|s|ing)?|presided\s+over|presides\s+over)\s+(?:the\s+|a\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A cue that is a medium phrase, not a contact noun or verb: "by video", "via telephone". */
export const MEDIUM_PHRASE = new RegExp(`^(?:${MEDIUM_PREPOSITION})\\s`, "i");
/** Right after a contact word, its counterpart named after "with": "talks with Kim", "a meeting with European officials". */
export const COUNTERPART_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}?with\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})/u;
/**
 * After "received": a call, not a visitor ("received a call", "received a brief telephone call",
 * "received calls from A and B"),
 * also past its day told between commas or with "on" ("received, the day before yesterday, a
 * telephone call", "received on Monday a call").
 */
export const RECEIVED_CALL = new RegExp(String.raw`^(?:\s*,[^,.;]{1,40},|\s+(?:on|this|last)\s+[a-z]+)?\s+(?:(?:a|an)\s+(?:(?:brief|short|long|lengthy|surprise|courtesy|congratulatory)\s+)?(?:(${CALL_MEDIUM})\s+)?call|(?:(${CALL_MEDIUM})\s+)?calls)\b`, "i");
/**
 * Right before "received", the call it received, told first: "a call he received", "the video call
 * that Lula had received", "the courtesy call Modi received". Group 1 or 2 is its medium. With no
 * "that" or "which", only a call with its own article or possessive, and none after a word of
 * sequence: "After the call Modi received Tusk at the palace" (wire copy drops the comma) tells a
 * guest received after the call, in person.
 */
export const CALL_RECEIVED = new RegExp(String.raw`(?:\b(?:(${CALL_MEDIUM})\s+)?call\s+(?:that|which)\s+|(?<!\b(?:[Aa]fter|[Ff]ollowing|[Bb]efore|[Ss]ince|[Uu]ntil|[Aa]head\s+of)\s+)\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:\p{Ll}+\s+)?(?:(${CALL_MEDIUM})\s+)?call\s+)(?:he|she|they|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:had\s+|has\s+|just\s+)?$`, "u");
/** "has not met Xi since a visit": the visit after "since" did happen. */
export const SINCE = /\bsince\b/i;
/** A contact told for a time still to come: "tomorrow", "next week", "later this month". */
export const FUTURE_TIME = words(["tomorrow", "next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)", "later this (?:week|month|year)", "in the coming (?:days|weeks|months)", "to be held", "due to (?:begin|start|take place)"]);
/**
 * Just before a contact verb: the present progressive ("I am meeting", "Lula is meeting", "the two
 * leaders are speaking", and a medium after it: "are speaking by phone"). With a day of the week in its clause it tells an arrangement still to
 * come ("is meeting Scholz on Monday"), as "tomorrow" does; "was meeting" and "meets" do not.
 */
export const PRESENT_PROGRESSIVE = /\b(?:am|is|are|['’]m|['’]re)\s+(?:(?:also|again|now|still|then)\s+)?(?:[a-z]+ing\s+)?$/i;
/** A day named in a clause without "last" or "next" ("on Friday", "this weekend"): with a present progressive, the coming one. */
export const DAY_IN_CLAUSE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|this (?:weekend|week|afternoon|evening))\b/i;
/** "to be held": said of a contact still to come wherever it stands. */
export const TO_BE_HELD = /\bto be held\b/i;
/** "met Mirziyoyev, then still prime minister", "the president-elect": someone not yet (or no longer) the leader the catalogue knows. */
export const NOT_YET_LEADER = new RegExp(
  `\\bthen (?:still )?(?:an? |the )?(?:prime minister|${LESSER_OFFICES.join("|")}|deputy|minister|governor|mayor|opposition leader|candidate|senator)\\b|\\b(?:${OFFICES_ALONE})-elect\\b`,
  "i",
);
/**
 * Right before a leader's name: the leader is the one left out ("granted meetings to most leaders
 * but not to X", "everyone except X", "a summit with Y, not with X") or the one someone else stands for ("Foreign Minister W, on
 * behalf of X, met Y"): not there.
 */
export const LEFT_OUT_BEFORE = /(?:\bbut not|[,—–]\s*not(?=\s+(?:with|to|for)\s)(?!\s+(?:to\s+mention|for\s+(?:long|the\s+first\s+time))\b)|\bnot even|\bexcept(?: for)?|\bother than|\bapart from|\bexcluding|\bon behalf of|\bin the name of|\brepresenting)\s+(?:to\s+|with\s+|for\s+)?(?:(?:the|his|her)\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/iu;
/** LEFT_OUT_BEFORE's words without their word boundaries: a sentence without any of them needs no window tried. */
export const LEFT_OUT_WORDS = /(?:but not|[,—–]\s*not\s+(?:with|to|for)|not even|except|other than|apart from|excluding|on behalf of|in the name of|representing)\s/iu;
/** Right before a leader's name: an office below the one the catalogue knows them by ("Abu Dhabi Crown Prince Sheikh", "then Vice President"). */
export const LESSER_TITLE_BEFORE = new RegExp(
  `\\b(?:${LESSER_OFFICES.join("|")}|deputy (?:crown prince|prime minister|president)|finance minister|prime minister-designate|president-elect)\\s+(?:(?:Sheikh|Prince|Mr\\.?|Mrs\\.?|Ms\\.?)\\s+)?$`,
  "i",
);
/** "have met more than 40 times", "speak regularly", "met twice, in A and in B": how often, not a contact one can date. */
export const HABITUAL = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens? of|several|many|numerous|countless|multiple) times\b|\b(?:repeatedly|regularly|frequently|often|twice|thrice)\b|\bon (?:two|three|four|several|many|numerous) occasions\b/i;

// ---- sections: a page cut into days or live entries ----

/**
 * A line that heads what is still to come: "COMING UP", "The week ahead", "Looking ahead:", "What to
 * watch". A bullet or a heading's marks may stand around it; nothing else does.
 */
export const AHEAD_HEADING = /^[\s►▶•■◆*#|]*(?:coming up|(?:the\s+)?(?:week|days|month)\s+ahead|looking ahead|what['’]s (?:next|ahead|coming)|what to (?:watch|expect)(?:\s+(?:for|this week|next week))?|(?:on the )?agenda (?:for )?next week|next week|upcoming)[\s:*#]*$/i;
/**
 * A contact told as done: a past-tense contact verb as the cue ("met", "spoke"), or "held"/"had"
 * right before a contact noun ("held talks", "had a phone call"). Plans are not told this way, so
 * a heading of what is still to come does not make such a contact a plan.
 */
export const PAST_CONTACT_VERB = /^(?:met|hosted|received|welcomed|spoke|talked|visited|phoned|telephoned|called)$/i;
export const PAST_CONTACT_BEFORE = /\b(?:held|had)\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A live entry's head: an hour alone on its line, with its zone ("14:45", "20:31 GMT", "10.14 MYT", "9:05 a.m. ET"). */
export const CLOCK_HEADING = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?$/;
/** What a day heading may hold besides its date: a weekday, an hour, a zone, punctuation ("Monday, 21 October", "Tue 18 Mar 2025 09:12 GMT"). */
export const HEADING_DATE_REST = /^(?:[\s,.:|()–—-]|\b(?:[Mm]on|[Tt]ues?|[Ww]ed(?:nes)?|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]at(?:ur)?|[Ss]un)(?:day)?\b|\d{1,2}[:.]\d{2}|\b[ap]\.?m\b|\b[A-Z]{2,5}(?:[+-]\d{1,2})?\b)*$/;
/**
 * A sentence that goes on with the narrative's last step, where it went next: "There he held talks
 * with …", "From there she flew to …", "In New Delhi she …", "During that visit …".
 */
export const NARRATIVE_CONTINUATION =
  /^(?:There|From there|Then|Afterwards|After that|(?:In|At) (?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,?\s+(?:he|she|they|the two)\b|During (?:the|that) (?:visit|trip|tour|stay)\b|On (?:the|that) (?:same )?(?:visit|trip|tour)\b)/u;
/**
 * A later part of the day just told: "In the evening, …", "That afternoon …", "Later in the day",
 * "Hours after …", "Before the plenary session, …", "During the meeting, …", "At the conclusion of the summit, …",
 * "Upon his arrival, …", "On the margins of the
 * summit, …", or "then" before the contact's words ("The two leaders then held talks").
 */
export const SAME_DAY_STEP =
  new RegExp(String.raw`^(?:(?:later\s+)?in\s+the\s+(?:morning|afternoon|evening)|(?:later\s+)?that\s+(?:morning|afternoon|evening|night)|later\s+(?:that|in\s+the)\s+day|hours\s+(?:later|after)|afterwards|(?:after|before|following|during|prior\s+to|ahead\s+of|at\s+the\s+(?:end|close|conclusion)\s+of)\s+(?:the|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:talks|meeting|session|ceremony|welcome|plenary|summit)|upon\s+(?:his|her|their)\s+arrival|on\s+the\s+(?:margins|sidelines)\s+of\s+the\s+(?:summit|meeting|session|forum))\b|\bthen\s+(?:[\w-]+\s+){0,2}[\w-]+$`, "i");
/** "has met", "have spoken": experience up to now, not a step of a past narrative. */
export const PRESENT_PERFECT = /\b(?:has|have)\s+(?:also\s+|since\s+|already\s+|never\s+)?(?:met|spoken|talked|held|hosted|visited|received|travell?ed|been)\b/i;
/** "the two had met in March", "they last spoke": a contact told as background, not as the section's news. */
export const PAST_BEFORE_SECTION =
  /\bhad\s+(?:(?:already|previously|earlier|last|first|also|not|never)\s+)?(?:met|spoken|talked|held|hosted|visited|received|been)\b|\b(?:last|previously)\s+(?:met|spoke|talked|held)\b|\b(?:most recent|previous|prior|last)\s+(?:[\p{L}-]+\s+)?(?:meeting|talks|call|conversation|visit|summit|contact)\b/iu;

// ---- who: groups, pronouns, proxies ----

/** After a number ("the two", "the three"), the nouns that make it people: "the two leaders", "the three heads of state". */
const LEADERS_NOUN = "leaders|presidents|heads of state|men|statesmen";
/** After "both", the nouns that make it two people: "both leaders", "both men". */
const BOTH_NOUN = "leaders|presidents|men";
/** Right after a bare number ("the two met", "the three had spoken"): the number is the subject, so people. */
const GROUP_AS_SUBJECT = "had|have|has|held|met|spoke|talked|last|also|previously|first";
/** "the leaders", "the heads of state", not "the leaders of A, B and C" (those are named). */
const THE_LEADERS = "the (?:leaders|presidents|pair|parties|heads of state)(?!\\s+of\\b)";
/** The other side named from one leader: "his counterpart", "her guest". */
const COUNTERPART = "(?:his|her) (?:counterpart|guest|host|visitor)";

/** Offices that are no leader's (extract/offices.ts), lower case and as titles. */
const OFFICIALS = officialAlternation();
const OFFICIALS_CAPITALISED = officialAlternation(true);

/** "the two leaders", "their", "the meeting": stands for the article's main pair of leaders. */
export const COLLECTIVE = new RegExp(
  `\\b(the two (?:${LEADERS_NOUN}|sides)|the two(?=\\s+(?:${GROUP_AS_SUBJECT})\\b)|both (?:${BOTH_NOUN}|sides)|${THE_LEADERS}|they|their|each other|one another|${COUNTERPART}|the visiting (?:president|leader|head of state)|the (?:meeting|talks|visit|summit|call|conversation|encounter|negotiations))\\b`,
  "i",
);
/** Right after a contact's words, its people as a pair: "the telephone talks between the two leaders", "the meeting of both presidents". */
export const PAIR_OF_THE_CONTACT = new RegExp(`^\\s+(?:held\\s+)?(?:between|of)\\s+(?:the two (?:${LEADERS_NOUN})|both (?:${BOTH_NOUN}))\\b`, "i");
/**
 * A word for the people of a contact, not for the contact itself: "they", "their", "the two",
 * "his counterpart". Unlike COLLECTIVE it leaves out "the summit", "the meeting": a gathering may
 * be of many.
 */
export const PEOPLE_GROUP = new RegExp(`\\b(?:the two|both|${THE_LEADERS}|they|their|them|each other|one another|${COUNTERPART}|the visiting)\\b`, "i");
/** "the two leaders", "both presidents": exactly the pair the article is about. */
export const DUAL = new RegExp(`\\b(?:the two (?:${LEADERS_NOUN})|both (?:${BOTH_NOUN}))\\b`, "i");
/**
 * A sentence that opens on the contact just told, or on its people: "The meeting, requested by …",
 * "Their talks lasted …", "The two leaders held a tete-a-tete …", "Both presidents …", "The pair …".
 */
export const JUST_TOLD_OPENING = new RegExp(String.raw`^(?:(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|conversation|encounter|call|summit)|the\s+two\b|both\s+(?:${BOTH_NOUN})|the\s+pair)\b`, "i");
/** A word for exactly two people: "the two (leaders)", "both men", "they", "their" (not "the two countries" or "the two sides"). */
export const PAIR_WORD = new RegExp(`\\b(?:the two(?!\\s+(?:countries|nations|governments|sides|delegations|ministers|capitals|states)\\b)|both (?:${BOTH_NOUN})|they|their|each other)\\b`, "i");
/**
 * A sentence that tells another contact of the pair just told, not that one told on: one more
 * somewhere named ("also met in Bali", "met again in Lima"), or one at another time ("weeks ahead
 * of the trip", "days later", "previously"). A bare "also" is not enough: "The two leaders also
 * held talks" goes on with the contact just told. (No i flag: \p{Lu} must stay a capital.)
 */
export const ANOTHER_CONTACT_OF_PAIR = /\b(?:[Pp]reviously|(?:[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears)\s+(?:before|after|earlier|later|ahead))\b|\b(?:[Aa]lso|again)\b[^,;.]{0,30}?\bin\s+\p{Lu}/u;
/** A sentence that counts from an event ("the first call since his re-election"): its time is after that event, which may be after any date told before. */
export const COUNTS_SINCE = /\bsince\b/i;
/** A verb in the pluperfect, then the rest of its clause up to a date: "who had hosted him at his residence in". */
export const PLUPERFECT_BEFORE = /\bhad\s+(?:(?:already|previously|earlier|also|first|last)\s+)?(?:[a-z]+(?:ed|en)|met|held|spoken|made|gone|come|sat)\b[^,;.]*$/i;
/** A sentence told from today: a present reporting verb or a future ("Ramaphosa says the two had met …", "… and will meet again"). */
export const TOLD_FROM_TODAY = /\b(?:says|say|tells|adds|recalls|insists|notes|will)\b/i;
/** A contact told as one before the news: "had last met", "last spoke", "the last time they met", "their first … since", "had already met". */
export const EARLIER_CONTACT = /\b(?:had\s+(?:(?:already|previously|earlier|last|first|also)\s+)?(?:met|spoken|talked|held|sat)|(?:last|previously|already|first)\s+(?:met|spoke|talked|held|sat)|the (?:last|previous|first) time|first\b[^.;]{0,60}\bsince)\b/i;
/** A meeting told as an earlier one: "their first meeting", "the previous summit", "last talks". */
export const EARLIER_MEETING = /\b(?:first|last|previous|earlier)\s+(?:meeting|encounter|talks|summit|visit|call)\b/i;
/** A year framing what follows it: "in 2023", "during 2019", "last year", "the previous year". */
export const FRAMING_YEAR = /^(?:(?:in|during)\s+(?:19|20)\d\d|last year|the previous year)$/i;
/**
 * Before a date: an aside opened between commas and still open, so the date is the aside's: a
 * relative clause ("…, who last met in") or a participle one (", having first met at the G20 in").
 */
export const IN_ASIDE = /,\s*(?:who|whom|whose|which|where|having)\b[^,;]*$/i;
/** Between a framing year and a later date: a contrasting clause ("…, but on March 18") ends the year's reach. */
export const YEAR_CONTRAST = /,\s*but\b/i;
/** A time long gone with no date to it: "years ago", "once before", "in the past": what is told there is not today's news. */
export const LONG_PAST = /\b(?:ago|once before|in the past|(?:years|decades|long) (?:before|earlier))\b/i;
/** A date that is the news day itself: "today", "this morning", "tonight". */
export const NEWS_DAY = /^(?:today|tonight|this (?:morning|afternoon|evening))$/i;
/**
 * A leader named only by an office with no country ("the prime minister", "the President of the
 * Republic", "His Highness", "the Crown Prince", "the host"): someone the sentence does not name,
 * who may be the contact's subject.
 */
export const BARE_TITLE = new RegExp(`\\b(?:the (?:${OFFICES_ALONE}|head of state|host)|(?:his|her) (?:royal )?(?:highness|majesty))\\b`, "gi");
/**
 * An office named bare in an official readout, capitalised as its own government writes it ("The
 * Head of State received …", "Prime Minister shared …", "the President of the Republic spoke …"):
 * group 1 is the title; what stands before and after it is checked by the rule that reads it. Read
 * with `matchesNotAfter` (not after a letter or a hyphen): opened by that lookbehind, the pattern
 * was tried at every position of every paragraph.
 */
export const BARE_OFFICE = new RegExp(`(${officeAlternation(Object.keys(BARE_OFFICE_TITLES))})(?![\\p{L}-])`, "gu");
/**
 * An office named bare in news copy, in lower case after "the" ("the prime minister arrived …",
 * "The premier was received by …"): the match opens on "the", group 1 is the office as written, and
 * NEWS_OFFICE_TITLES gives its catalogue titles (a lookbehind for "the" instead made V8 try the
 * pattern at every position; no office ends in "the", so the matches are the same). Whose it is, the office rules decide (participants.ts): the article's
 * principal, unless another holder was named before it; else the one earlier holder. Either only
 * when the article has called that leader by the same word before and the sentence does not open
 * on another country's place ("In Ottawa, the prime minister …").
 */
export const NEWS_OFFICE = new RegExp(`\\b[Tt]he\\s+(${officeAlternation(Object.keys(BARE_OFFICE_TITLES).map((k) => k.toLowerCase()))})(?![\\p{L}-])`, "gu");
/** The catalogue titles a lower-case bare office may stand for (NEWS_OFFICE's group 1). */
export const NEWS_OFFICE_TITLES: Readonly<Record<string, string[]>> = Object.fromEntries(Object.entries(BARE_OFFICE_TITLES).map(([k, v]) => [k.toLowerCase(), v]));
/**
 * An office word written before a leader's name, then only the name's words (perhaps "of
 * <Country>" and a comma) to the end: "Indian Prime Minister Narendra Modi". Group 1 is a key of
 * NEWS_OFFICE_TITLES in any case: the article has called that leader by that word.
 */
export const CALLED_BY_OFFICE = new RegExp(`\\b(${officeAlternation(Object.keys(NEWS_OFFICE_TITLES), true)})(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*)?,?(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){1,4}$`, "u");
/** A sentence that opens on a place: "In Ottawa, …", "In New Delhi on Monday, …". */
export const ELSEWHERE_OPENING = /^\s*In\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})\b/u;
/** An office that is no leader's: a minister (not the prime minister), envoy, adviser, delegation. */
export const OFFICIAL = new RegExp(`\\b(?:${OFFICIALS})s?\\b`, "gi");
/** An official named at all (no global flag: a test, not a scan). */
export const AN_OFFICIAL = new RegExp(`\\b(?:${OFFICIALS})s?\\b`, "i");
/** A pronoun subject just before the contact's words: "after he met …", "she later visited …". */
export const PRONOUN_SUBJECT = /\b(?:he|she)\s+(?:\p{L}+\s+)?$/iu;
/** A sentence opening with a pronoun or an honorific goes on about the previous sentence's subject. */
/** Country codes sold worldwide as generic domains: a page on one is no sign of that country's office. */
export const GENERIC_COUNTRY_DOMAINS = new Set(["co", "io", "ai", "me", "tv", "ly", "fm", "am", "cc", "ws", "to", "gg", "sh", "ac", "la", "nu", "tk", "bz", "vc", "so", "st", "im", "ag", "gl", "is", "cx", "af"]);
/** A government's or a parliament's host, its labels before the country code ("www.presidency.gov."). */
export const GOVERNMENT_HOST = /(?:^|\.)(?:gov|gob|gouv|govt|go|gv|parl|parliament|presidencia|presidency)\.$/i;
/**
 * A court's or an agency's courtesy for a ruler ("His Highness", "Her Majesty", "His Royal Highness"):
 * group 1 is the pronoun, group 2 the word. Both make the key (`courtesyKey`): "Her Majesty" is
 * the Queen, never the King the article called "His Majesty".
 */
export const COURTESY = /\b(His|Her)\s+(?:Royal\s+)?(Highness|Majesty)\b/gu;
/** The cheap word test before `COURTESY`: most paragraphs hold none. */
export const COURTESY_WORD = /\b(?:Highness|Majesty)\b/;
/** The key of a courtesy: its pronoun and word, lower case ("her majesty"). */
export const courtesyKey = (pronoun: string, word: string) => `${pronoun} ${word}`.toLowerCase();
/** A sentence opening with its subject's contact told by a possessive pronoun: "His meeting with X", "Her first talks with X". */
export const POSSESSIVE_CONTACT_OPENING = /^(?:His|Her)\s+(?:(?:first|last|latest|second|third|own|brief|recent|bilateral|private|official|separate)\s+){0,2}(?:meeting|talks|call|phone\s+call|conversation|summit)\s+with\b/;
export const PRONOUN_OPENING = new RegExp(`^(?:He|She|(?:His|Her) (?:Highness|Majesty|Excellency))\\b|${POSSESSIVE_CONTACT_OPENING.source}`);
/** Openers of a time clause or phrase shared by PRONOUN_AFTER_OPENING and OPENING_ADVERBIAL. */
const TIME_OPENERS = "After|Before|Since";
/**
 * A pronoun subject after a short opening phrase of time or place ("In May he met …", "From there
 * she flew …", "Only in April did he …"), or two of them ("On Thursday, on the sidelines of the
 * forum, he met …", "On 7 May, the day after his election, he travelled …", a weekday and its date,
 * month first: "On Sunday, March 6, he spoke …"): the sentence is still
 * about the leader told before. The first phrase may be as long as a gathering's setting with its
 * date ("On the sidelines of the summit on Monday (27/6/2022), he …").
 */
export const PRONOUN_AFTER_OPENING = new RegExp(
  String.raw`^(?:${TIME_OPENERS}|In|On|From|Later|Then|That|The following|Only|During|At|By|Earlier|Last|Days|Weeks|A (?:day|week|month|year) later)\b[^,;:"“.]{0,60}?(?:,\s+(?:on|in|at|during|after|before|the)\s[^,;:"“.]{0,40}?|,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?,?\s+(?:did\s+)?(?:he|she)\s`,
);
/**
 * A sentence opening on a clause of time or manner set off by its comma ("Before meeting Modi, …",
 * "After talks with Lula, …", "While in Goa, …"): a leader named in it is not the sentence's
 * subject. Its openers are PRONOUN_AFTER_OPENING's of time (TIME_OPENERS) and a few of manner.
 * Its comma may be a list's ("After A met B, C and D in Lima, …"): the reader checks that what
 * follows it is a main clause's subject, not the list's next name.
 */
export const OPENING_ADVERBIAL = new RegExp(String.raw`^(?:${TIME_OPENERS}|While|Following|Ahead of|Having|Unlike|Like|Besides|Apart from|Until|Once)\b[^,.;:!?]{1,80},\s`);
/**
 * After OPENING_ADVERBIAL, a main clause's subject leader whom a later "he" may stand for: his
 * name, perhaps after a title, then a verb, not a list's next item (", D", " and D"), a possessive
 * ("A's foreign minister") or a relative clause. What it reads: the text from the leader's name's end.
 */
export const SUBJECT_GOES_ON = /^\s+(?!and\b|or\b|who\b|whose\b)\p{Ll}/u;
/** What may stand between a main clause's start and its subject leader's name: a title in capitals ("President", "Prime Minister"), nothing in lower case. */
export const TITLE_BEFORE_NAME = /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
export const PRONOUN = /\b(?:he|his|him)\b/i;
/** An office after "the", perhaps with one word of its own before it ("the Federal Chancellor", "the prime minister"): someone a later "he" may stand for. */
export const OFFICE_AFTER_THE = new RegExp(`\\bthe\\s+(?:\\p{Lu}[\\p{L}-]+\\s+)?(?:${officeAlternation(OFFICE_NAMES, true)})\\b`, "u");
/**
 * A sentence opening with someone named by an office that is no leader's ("Foreign Minister …",
 * "the Deputy Prime Minister", "His Royal Highness Crown Prince …"): its "he" and "his" are that
 * person, never the leader named last before it.
 */
export const OFFICIAL_OPENING = new RegExp(
  `^(?:(?:His|Her)\\s+(?:Royal\\s+)?(?:Highness|Majesty|Excellency)\\s+(?:Crown\\s+)?(?:Prince|Princess|Sheikh|Sheikha|Minister)\\b|(?:The\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}?(?:${OFFICIALS_CAPITALISED}|Chief of Staff)\\b)`, "u");
export const ANY_PRONOUN = /\b(?:he|she|his|her|him)\b/i;
/** A personal pronoun, subject or object, of any person ("Scholz said he met …", "… had met him"): one who tells a contact may be in what is told. */
export const PERSONAL_PRONOUN = /\b(?:he|she|they|we|I|him|her|them|us|me|himself|herself)\b/;
/** "Trump's special envoy", "Modi's foreign minister": someone acting for a leader, not the leader. */
export const PROXY_AFTER_POSSESSIVE =
  new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:(?:${OFFICIALS}|representative|official)s?|wife|husband|son|daughter|chief of staff|deputy|team|administration|government|office)\\b`, "iu");
/** "the special envoy of Prime Minister X", "a minister of X": someone acting for the leader named next, not the leader. */
export const PROXY_OF = new RegExp(`\\b(?:${OFFICIALS}|representative|official)s?\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}$`, "iu");
/** "after Maduro's fall", "since Trump's inauguration": a leader named as the possessor of an event of his own career, not a party to the sentence's contact. */
export const EVENT_AFTER_POSSESSIVE =
  /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:fall|downfall|death|funeral|ouster|overthrow|removal|resignation|arrest|assassination|election|re-election|inauguration|swearing-in|birthday|rise to power|reign|regime)\b/iu;
/** "conveyed Xi's cordial greetings to Kim": a leader named as the sender of a message is not at the contact. */
export const SENDER_AFTER_POSSESSIVE = new RegExp(`^['’]s\\s+(?:[\\w-]+\\s+){0,3}?(?:${SENT.join("|")})\\b`, "i");
/** "who delivered a written message to the President from King X": the leader a message is from, named after it. */
export const SENDER_BEFORE = new RegExp(`\\b(?:${SENT.join("|")})\\b[^.;:]{0,60}?\\bfrom\\s+(?:(?:the|his|her)\\s+)?(?:[\\p{L}'’-]+\\s+){0,7}$`, "iu");
/**
 * "conveying the greetings of the Custodian of the Two Holy Mosques King X to the leaders": the
 * leader a message is of, named by title and name right after it, sent it and is not at the
 * contact. Only a message's own words take "of" ("at the invitation of X" names the host, a party),
 * and only a title may stand between ("a telegram of congratulations to X" is sent to X).
 */
export const SENDER_OF = new RegExp(`\\b(?:${SENT_NOT_INVITED.join("|")})\\s+of\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}'’.-]*|of|the)\\s+){0,7}$`, "u");
/**
 * What the end-anchored patterns before a leader's name need: SENDER_BEFORE a "from" and a space,
 * SENDER_OF and PROXY_OF an "of" between spaces. They are tried from every position of the 110
 * characters before each name; most stretches hold neither word, and these find that in one search.
 */
export const SENDER_FROM_NEED = /from\s/i;
export const OF_NEED = /\sof\s/i;
/** A contact verb in the present tense: with a bare month ("which Brazil hosts in November") it tells what is coming. */
export const PRESENT_TENSE = /^(?:meets|hosts|visits|receives|welcomes|arrives in|comes to|travels to|holds)$/i;
/**
 * A sentence's opening word of time or sequence ("Later the Head of State phoned …"): capitalised
 * only because it opens the sentence, it qualifies no office after it.
 */
export const SEQUENCE_OPENER = /(?:^|[.!?]\s+|\n\s*)(?:Later|Then|Earlier|Afterwards|Subsequently|Meanwhile|Separately|Also|Next|Finally|Thereafter|Today|Yesterday)(?:\s+(?:on|in)\s+the\s+(?:day|morning|afternoon|evening))?,?\s+$/;
/** "Conversation took place on 14 of February": a contact noun opening a sentence that names nobody. */
export const OPENING = /^(?:the\s+)?(?:conversation|call|talks|meeting|visit|negotiations|summit)\b/i;
/** Summit words that give a group's size. */
const GROUP_SIZE_WORDS = "trilateral|three-way|four-way";
/** A weekday's name alone ("Friday"): the phrase an article's "on Friday" is read from. */
export const WEEKDAY_ALONE = new RegExp(`^(?:${WEEKDAYS.join("|")})$`, "i");
/**
 * Before a weekday: "on" with an article, or a quantifier, that makes it any such day ("on a
 * Friday", "on one Sunday", "every Monday"). A sentence opening "A Sunday of telephone diplomacy"
 * under a day's heading is that very day.
 */
export const INDEFINITE_BEFORE = /\b(?:[Oo]n\s+(?:a|one)|every|each)\s+$/;
/** Between a stated date and a later day: another year, or words that bring the story back to the present ("now", "last"). */
export const ANOTHER_TIME = /\b(?:1[89]\d\d|20\d\d|has|have|now|today|currently|this year|yesterday|last|ago)\b/i;
/** "TUE 17/10", "Mon 26/2": a weekday (its first three letters, of dates.ts's list, and any more) and a day and month in figures, as working notes head their days. */
export const WEEKDAY_NUMBERS = new RegExp(String.raw`\b((?:${WEEKDAYS.map((w) => w.slice(0, 3)).join("|")})[a-z]*)\.?,?\s+(\d{1,2})[/.](\d{1,2})\b(?![/.]\d)`, "i");
/** A summit word, and what comes before it when the contact is only near the summit. */
export const SUMMIT = new RegExp(`\\b(?:(before|after|ahead of|sidelines of|margins of)\\s+(?:an?\\s+|the\\s+)?(?:\\S+\\s+)?)?(?:summit|${GROUP_SIZE_WORDS})\\b`, "i");
/** A summit word that is a group's size ("trilateral", "three-way"): it may be the contact's own group noun. */
export const GROUP_SIZE_WORD = new RegExp(`^(?:${GROUP_SIZE_WORDS})$`, "i");
/** Words of a bilateral as such ("one-on-one", "separately"), and of a place beside a gathering ("sidelines", "margins"). */
const ONE_ON_ONE_WORDS = "bilateral|one-on-one|separately|separate";
const BESIDE_GATHERING_WORDS = "sidelines|margins|fringes?|on the edge of";
/** A meeting called bilateral or separate does not take everyone at the summit it was held at. */
export const BILATERAL = new RegExp(`\\b(?:${ONE_ON_ONE_WORDS}|${BESIDE_GATHERING_WORDS})\\b`, "i");
/** Words of a bilateral as such, not of a place beside a gathering. */
export const ONE_ON_ONE = new RegExp(`\\b(?:${ONE_ON_ONE_WORDS})\\b`, "i");
/** Right before a gathering's noun: "the", and at most two words ("the closed-door", "the extraordinary joint"). */
export const NAMED_AGAIN = /\bthe\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** After a title: a transcript speaker label's colon, perhaps after a role in parentheses ("ADVISER (by phone):"). */
export const SPEAKER_LABEL_AFTER = /^\s*(?:\([^)\n]{0,40}\)\s*)?:\s/;
/**
 * An aside about a person between commas: ", who served as minister under B,", ", a former
 * general who …,", ", whose country joined in January,". An aside opening with "which" tells more
 * of the thing before it (often the contact itself) and is not one.
 */
export const ASIDE = /,\s+(?:an?\s+[^,;:()]{0,60}?\s)?(?:who|whose|whom)\b[^,;:()]{3,160},/g;
/** Conjunctions that open a clause of its own after a comma ("…, and", "…, whereas"): what follows tells another thing. */
const CLAUSE_CONJUNCTIONS = "and|but|while|whereas";
/** Where one clause of a sentence ends and the next begins: a contact's people and summit stay in its clause. */
export const CLAUSE_BREAK = new RegExp(`;|,\\s+(?:${CLAUSE_CONJUNCTIONS}|when|where|after|before|as)\\b|\\s(?:and|but)\\s+(?:he|she|they|it)\\b`, "gi");
/** Between a contact word and an attending verb after it: a coordinated clause of its own (", and", "; "), so the verb is not the contact's. */
export const CLAUSE_OF_ITS_OWN = new RegExp(`;|,\\s+(?:${CLAUSE_CONJUNCTIONS})\\s`);
/**
 * Between a calling verb and the leader after it, what shows the leader is not its object: a
 * quotation or a conjunction ("called the treaty "overdue" and Starmer spoke of …" named a treaty,
 * and the leader after it is the next clause's subject).
 */
export const NOT_THE_OBJECT_BETWEEN = new RegExp(`["“”‘’]|\\b(?:${CLAUSE_CONJUNCTIONS}|as)\\b|;`);
/** Words for a group of more than two people: "the leaders" after a three-way call are those three. */
export const PLURAL_GROUP = /\b(?:the (?:three|four|five|six) (?:leaders|presidents)|the leaders|all (?:three|four|five)|they)\b/i;
/**
 * A group of a stated size of three or more: "the three leaders", "a four-way call", "trilateral",
 * a speaker's "the three of us" (himself and two others). The group is that many people, never the
 * article's pair.
 */
export const SIZED_GROUP =
  new RegExp(
    `\\b(?:(?:the|all|both|these)\\s+(three|four|five|six)\\s+(?:${LEADERS_NOUN})|(three|four|five|six)-(?:way|party|nation|leader)|(trilateral)|the\\s+(three|four|five)(?=\\s+(?:of\\s+(?:us|them)|${GROUP_AS_SUBJECT}|came|gathered|sat)\\b))\\b`,
    "i",
  );
/**
 * A word for the people of a contact told before, as a subject: "the two presidents", "the five
 * leaders", "the leaders", "the five of them", "the pair", "both men". Group 1 or 2 is its size
 * when it states one ("the pair" and "both" are two); none for "the leaders".
 */
export const GROUP_SUBJECT = new RegExp(
  `\\b(?:(?:the|all)\\s+(?:(two|three|four|five|six|seven)\\s+)?(?:${LEADERS_NOUN}|heads of state and government)(?!\\s+of\\b)|the\\s+(two|three|four|five|six|seven)\\s+of\\s+them|(the pair|both (?:${BOTH_NOUN})))\\b`,
  "gi",
);
/**
 * Between such a group and a leader named after it, the words that make that leader its
 * counterpart in the same clause: "held a phone call with", "were joined on Tuesday by", "rang",
 * and the leader's titles ("with U.S. President", "by Canadian Prime Minister").
 */
export const GROUP_COUNTERPART_GAP = /^[^.;:,()—–]{0,80}?\b(?:with|by|called|rang|phoned|telephoned)\s+(?:(?:the|of|\p{Lu}[\p{L}'’.-]*)\s+){0,6}$/u;
/**
 * A leader's verb taking the two people of a contact told before as its object: "hosted the pair",
 * "brought the two men to the Kantei". Not "them", which may be anyone (delegations, ministers,
 * reporters): "received them" names no pair.
 */
export const HOSTED_GROUP = new RegExp(
  `^\\s+(?:(?:again|also|then|once more|later)\\s+)?(?:hosted|received|welcomed|brought|gathered|joined|convened)\\s+(the pair|the two (?:${LEADERS_NOUN})|both (?:${BOTH_NOUN}))\\b`,
  "i",
);
/**
 * Contact nouns in the plural, one contact per person named after their "with/from/to": "telephone
 * conversations with A, B and C", "received calls from A and B", "held phone calls on the feast with
 * A and B" ("Lula received phone calls, and A and B held talks" names nobody it called).
 */
export const PLURAL_CONTACTS = /^(?:(?:received|had|held|made)\s+)?(?:telephone |phone |video )?(?:conversations|calls|meetings|bilaterals)\b[^,;.]{0,60}?\b(?:with|from|to)\b/i;
/**
 * A step told as after another ("He later spoke by video with …", "Afterwards they …",
 * "Subsequently …"): within one entry of a chronology, a step of its own whose day the entry's date
 * does not give.
 */
export const ANOTHER_STEP = /\b(?:later|afterwards|subsequently|thereafter)\b/i;
/** A contact word in the plural at its end ("appear together only at video summits"): many occasions, no one day's. */
export const MANY_CONTACTS_WORD = /\b(?:summits|meetings|calls|conversations|bilaterals|visits)$/i;
/**
 * The sentence takes the contact back or reports it as a claim: "later corrected itself", "had
 * only exchanged letters", "posts say he secretly called", "offered to stay on to see him, but no
 * meeting took place", "the two did not speak beyond the greeting" (a handshake is all there was), "spent
 * the day on the telephone, though never to each other". Said anywhere in the sentence.
 */
export const RETRACTED = /\b(?:corrected (?:itself|himself|herself|themselves|the (?:record|statement|report))|retracted|walked back|(?:had )?only ["“]?exchanged|(?:posts?|claims?|rumou?rs?) (?:shared|circulating|say|said|saying|claim(?:ed|ing)?)|(?:secretly|reportedly) (?:called|met|phoned|spoke)|no such (?:call|meeting|conversation)|no (?:meeting|call|talks|encounter|conversation) (?:took place|was held|happened|materiali[sz]ed)(?! with\b)|(?:the two|both)(?: leaders| men| presidents)? (?:did not|didn['’]t|never) (?:speak|talk)(?: (?:to|with) each other)?(?= beyond| apart from| except| other than|\s*[.;,]|$)|never (?:to|with) each other)\b/i;
/**
 * How a corrections column cites a piece it corrects: its section or its headline in quotation
 * marks, then the day it ran, in brackets: (World, 25 March), ("Lula bets on Lima", 11 April).
 * The day is the piece's, no contact's.
 */
const CITED_PIECE_HEAD = String.raw`\((?:"[^"()]{1,120}"|“[^”()]{1,120}”|[^()\d"“]{1,30}),\s*`;
const CITED_PIECE_DAY = String.raw`(?:\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\.?\s+\d{1,2})`;
/** Right before a date: the head of a cited piece's bracket, its section or its quoted headline and a comma. */
export const CITED_PIECE_BEFORE_DATE = new RegExp(`${CITED_PIECE_HEAD}$`, "i");
/** Right after such a date: the bracket closes. */
export const CITED_PIECE_AFTER_DATE = /^\s*\)/;
/** The pieces a corrections column corrects. */
const PIECE = String.raw`(?:report|article|story|caption|headline|graphic|item|piece|brief|analysis|profile|column|post)`;
/**
 * Before a contact word, in its clause: what a published piece said before it was corrected. "An
 * earlier version of this story said …", "the article incorrectly stated …", a corrections column's
 * "A report on the visit (World, 25 March) said …" or "An analysis ("A region divided", 12 April)
 * located …" (a piece with its section or headline and its day in brackets), its "A news item on …
 * said …", and the paper's own "we said …", "We wrote that …" opening a column's bulleted item or after
 * the piece's bracket. Never a "we said" without them: a leader's "ALBANESE: We said we would
 * meet" and a doorstop's "We said on 3 May that …" tell news, not an error. Nor a quoted "we said"
 * ('"We said we would meet," Lula told …': a quotation
 * mark, not the sentence's start, stands before it).
 */
export const CORRECTED_REPORT = new RegExp(
  String.raw`(?:\b(?:earlier|previous|original|initial)\s+version\s+of\s+(?:this|the|our)\s+(?:article|story|report|piece|item|post)|\b(?:earlier|previous|original|initial)\s+version\s+(?:also\s+)?(?:said|stated|reported|described|wrote|gave|located|placed|dated)|\b${PIECE}\s+(?:had\s+)?(?:originally|previously|initially|incorrectly|wrongly|erroneously|mistakenly)|\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|stated|reported|described|identified|gave|dated)|\b${PIECE}\b[^.;()]{0,80}${CITED_PIECE_HEAD}${CITED_PIECE_DAY}\),?\s+(?:we\s+)?(?:said|stated|reported|described|wrote|located|placed|dated|gave)|\bnews\s+item\b[^.;()"“]{0,80}\s(?:said|stated|reported)|^[•*·▪►–—-]\s*we\s+(?:had\s+)?(?:said|wrote|reported|stated))\b[^;]*$`,
  "i",
);
/**
 * A contact word in the description of a piece a corrections column cites: "In a report on the
 * prime minister's visit (…, 11 April)", "A report on the summit (World, 12 May) said …". The words
 * before it open the description, the words after it reach the piece's bracket: it names what the
 * piece was about, and the correction tells what took place.
 */
export const CITED_TOPIC_BEFORE = new RegExp(String.raw`\b${PIECE}\s+(?:on|about|of)\b[^.;()]{0,80}$`, "i");
export const CITED_TOPIC_AFTER = new RegExp(String.raw`^[^.;()]{0,80}${CITED_PIECE_HEAD}${CITED_PIECE_DAY}\)`, "i");
/**
 * A corrections column's citation of the piece it corrects: a quoted headline and its day in
 * brackets ('("Lula courts Lima", 12 April)'). The sentence that cites a piece this way tells what
 * the piece said, before or after the contact word.
 */
export const CORRECTION_CITATION = new RegExp(String.raw`\(\s*["“][^"“”()]{1,120}["”]\s*,\s*${CITED_PIECE_DAY}\s*\)`, "i");
/** A piece's telling before a contact word in a correction: "we said", "a caption … said", "an analysis … located". */
export const PIECE_TOLD = /\b(?:said|wrote|stated|reported|described|located|placed|dated|gave)\b/i;
/** "met separately with A, B and C", "received A, B and C in individual meetings", "back-to-back talks with A and with B", "talks with A and B on consecutive days": one contact with each, never one among them all. */
/** Beside HABITUAL: a span of time or a relative clause that makes contacts experience, not one day's news ("over the years", "several summits", "who has"). */
export const EXPERIENCE_SPAN = /\b(?:over the (?:years|past)|in the past|several|many|numerous|each year|every year|who (?:has|have))\b/i;
/**
 * A paragraph that opens on a span of contacts with many partners, told in the present perfect ("X
 * has been building ties with various countries' leaders", "has met several heads of state this
 * year"): the contacts it goes on to tell are its examples, background rather than the day's news.
 */
/** In a span's sentence: a current period, which makes the span the news itself ("has met several leaders this week"). */
export const CURRENT_SPAN = /\b(?:this\s+(?:week|weekend|month)|today|in\s+recent\s+days|in\s+the\s+past\s+(?:few\s+)?days|on\s+(?:this|the)\s+(?:trip|tour|visit))\b/i;
export const SPAN_OF_MANY_PARTNERS = /\b(?:has|have)\s+(?:been\s+)?[a-z]+\b[^.;:!?]{0,80}?\b(?:various|several|many|numerous|a\s+(?:number|range|host|string|series)\s+of)\s+(?:[\w'’-]+\s+){0,2}?(?:leaders|counterparts|heads\s+of\s+(?:state|government)|countries|nations)\b/i;
/** Words of order ("in succession", "one by one"): SEPARATE holds them, SEQUENCE_WORD tells them apart. */
const SEQUENCE_WORDS = "in succession|successively|one after (?:another|the other)|one by one";
/**
 * Words that part a contact of one subject with several into one contact with each: "met
 * separately with A and B", "back-to-back talks", "met in succession with A, B and C", "received A
 * and B one after another". Not "in turn": it mostly tells whose turn it was to speak. The words of
 * order (SEQUENCE_WORD) part only next to the contact word or its objects, in its own clause.
 */
export const SEPARATE = new RegExp(`\\b(?:separate(?:ly)?|individual(?:ly)?|back-to-back|one-on-one|one-to-one|respectively|on (?:consecutive|successive) days|${SEQUENCE_WORDS})\\b`, "i");
/**
 * SEPARATE's words of order. They tell many things besides whom one met in turn ("their third
 * meeting in succession", "who has successively led two governments", "…, and A and B one by one
 * signed"), so they part a contact's objects only told right at the contact word ("successively
 * received", "met in succession with") or right after its objects ("received A and B one after
 * another"), and never the leaders of the next clause.
 */
export const SEQUENCE_WORD = new RegExp(`^(?:${SEQUENCE_WORDS})$`, "i");
/** SEPARATE's opposite: words that make a contact with two objects one contact of all of them ("a joint video call with A and with B", "three-way talks"). */
export const JOINT = /\b(?:joint(?:ly)?|three-way|trilateral|tripartite|together)\b/i;
/** "a separate meeting", "an individual session": one contact set apart from another, not one with each. */
export const SINGLE_ARTICLE_BEFORE = /\ban?\s+$/i;
/**
 * Between a contact word and the leader who is its own object: at most how it was held ("by phone"),
 * "with" or "to", and the leader's title ("called Prime Minister …", "held talks by phone with his
 * Indian counterpart …", "with the President of Brazil, …"). Anything else, a lower-case word ("an
 * aide to", "officials loyal to", "about") or an "of" right before the leader ("the Foreign Minister
 * of …"), makes the leader someone else's or the topic, not the one met or called.
 */
export const OWN_OBJECT_GAP = /^\s*(?:(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\s+|by\s+video(?:\s+link|\s+call)?\s+)?(?:(?:with|to)\s+)?(?:(?:the|his|her|their|counterparts?|visiting|of|\p{Lu}[\p{L}'’.-]*),?\s+)*$/u;
/** An "of" right before the leader: the leader owns the person between ("the Foreign Minister of …"). */
/**
 * Before each comma in the gap before an own object: an office or "counterpart" ("with the
 * President of Brazil, Lula", "with his counterpart, Lula"): "held talks with the IMF, Scholz said"
 * names the speaker of an attribution.
 */
export const OFFICE_BEFORE_COMMA = new RegExp(`(?:[Cc]ounterparts?|${officeAlternation(OFFICE_NAMES, true)})(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*)*\\s*$`, "u");
/**
 * After a leader, what makes the name no contact's object: a group of the leader's ("the Scholz
 * government", "Scholz aides"), an alternative ("Scholz or Milei"), or an attribution ("…, Scholz said").
 */
export const NOT_OWN_OBJECT_AFTER = new RegExp(`^(?:\\s+(?:or|nor)\\b|\\s+(?:government|administration|aides?|allies|officials?|camp|team|cabinet|envoys?|delegation|supporters|ministers?|spokes(?:man|woman|person))\\b|,?\\s+${REPORTING_VERB}\\b)`, "i");
export const OWNER_OF_BEFORE = /\bof\s+$/;
/**
 * "met X, and later with Y", "spoke with X and with Y", "a call with X and, later in the day, with Y",
 * "had a bilateral meeting with X, whom she thanked for …, and a meeting with Y": a second object told
 * apart, perhaps with a meeting noun of its own (the `noun` group).
 */
export const LATER_WITH = /,?\s+and(?:\s*,\s*[^,;()]{1,40},\s*|\s+(later|then|afterwards|subsequently)\s+|\s+)(?:also\s+)?(?<noun>(?:an?|another)\s+(?:(?:separate|bilateral|brief|short|private|one-on-one)\s+)?(?:meeting|bilateral|talks)\s+)?with\s/i;

// ---- where ----

/** "visited the kingdom": the country of the article's other leader. */
export const THE_COUNTRY = /\bthe (?:country|kingdom|republic|emirate)\b/i;
// ---- strangers: people with a leader's title whom the catalogue does not know ----

/** A personal name: an initial or a capitalised word, then up to three more capitalised words. */
const PERSON_NAME = String.raw`(?:\p{Lu}\.\s*)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}`;
/** Words that may stand between a contact's subject and its contact word ("also met", "has held", "held phone calls"). */
const BEFORE_CONTACT_WORD = String.raw`(?:(?:also|later|then|first|briefly|separately|has|have|had|held|holds)\s+){0,2}`;
/**
 * A person introduced by a leader's title and a name ("President William Ruto", "Premier Li
 * Qiang"): group 1 is the name. Whether it is a catalogue leader's is for the reader to ask; one
 * that is not makes the name a stranger for the rest of the article.
 */
export const TITLED_NAME = new RegExp(`\\b(?:${officeAlternation(OFFICE_NAMES, true)})\\s+(${PERSON_NAME})`, "gu");
/**
 * Right before a contact word, its subject named by a leader's title and a name ("Kenyan President
 * William Ruto met", "Premier Li Qiang also held talks"); whether the name is a catalogue leader's
 * is for the rule to ask.
 */
export const TITLED_SUBJECT = new RegExp(`(?:^|[^\\p{L}])(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}?(?:${officeAlternation(OFFICE_NAMES, true)})\\s+${PERSON_NAME}\\s+${BEFORE_CONTACT_WORD}$`, "u");
/** The last word of a name right before a contact word ("Ruto met", "Ruto has also held talks"). */
export const NAME_SUBJECT = new RegExp(`(\\p{Lu}[\\p{L}'’-]+)\\s+${BEFORE_CONTACT_WORD}$`, "u");
/** Words that tell a contact as one of everyone in it ("met A and B together", "a trilateral"), not a joint text or appearance. */
export const JOINT_CONTACT = /\b(?:jointly|together|three-way|trilateral|tripartite|joint\s+(?!statement|declaration|communiqu|press|news|letter|op-ed|article)\w+)\b/i;

/** Capitalised names of a time (a weekday, a month, a season): after "in" they date, never place ("in May", "in Spring"). */
const TIME_NAMES = `${CALENDAR_WORDS}|Spring|Summer|Autumn|Fall|Winter`;
/** "in Perth": "in" and a capitalised name (no "the": not "in the Oval Office"), not a day, month or season ("in May"). */
export const IN_A_CITY = new RegExp(`\\bin\\s+(?!(?:${TIME_NAMES})\\b)\\p{Lu}\\p{Ll}`, "u");
/** A capitalised word after "in" or "to" that names a time, not a place ("when we went to Lima" is a trip; "in May" is not). */
export const NOT_A_PLACE = new RegExp(`^(?:${TIME_NAMES})$`);
/** Right after a contact word, its agent named as a body ("hosted by the High Commission", "organised by the Chamber of Commerce"). */
export const BODY_AGENT = /^\s+by\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,4}?(?:Commission|Embassy|Consulate|Chamber|Council|Ministry|Mission|Foundation|Institute|Association|Society|University|Club|Committee|Secretariat|Office|Agency|Forum|Bank|Company|Corporation)\b/u;
/** Words before a place name that make it the place of something ("in", "at", "visited", "the island of"). */

export const PLACE_LEAD = /\b(?:in|at|to|into|near|outside|visit(?:ed|s|ing)?|toured|(?:island|city|town|resort|village) of)\s+(?:the\s+)?$/i;
/** Right before a place, its refusal: "not in Brazil but in Goa", "rather than in Lima", "instead of Ottawa". */
export const REFUSED_PLACE_BEFORE = /\b(?:not|never|rather\s+than|instead\s+of)\s+(?:(?:in|at|to)\s+)?(?:the\s+)?$/i;

// ---- roles ----

/** Someone received the other: "X hosted Y", "Y was received by X". */
export const HOSTING = new RegExp(`\\b(${[...HOSTING_WORDS, INVITED].join("|")})\\b`, "i");
/**
 * The guests of a hosted occasion told as many: "a banquet for heads of delegation", "the dinner
 * for NATO leaders", "in honour of the heads of delegations of the member states", "welcomed each
 * leader". Its host meets every guest and none in particular.
 */
export const GUESTS_MANY =
  /\b(?:(?:for|in hono(?:u)?r of)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\p{L}-]+\s+){0,3}?(?:leaders|heads\s+of\s+(?:state|government|delegations?)|delegations|dignitaries)|(?:each|every)\s+(?:leader|guest|head\s+of\s+(?:state|government|delegation))|(?:all|the)\s+(?:visiting|arriving|foreign)\s+leaders)\b/iu;
/** Arriving at a gathering: "On arrival at the Summit venue", "as leaders arrived at the conference centre". */
export const ARRIVAL_AT_GATHERING = new RegExp(`\\barriv(?:al|ed|ing|es)\\b[^.;]{0,40}?\\b(?:${GATHERINGS})\\s+(?:${GATHERING_PREMISES})\\b`, "i");
/** Right after a gathering word, what makes it a modifier of a place or a person ("the summit venue", "the summit host", "summit organisers"), not a gathering told. */
export const GATHERING_MODIFIES = new RegExp(`^\\s+(?:${GATHERING_PREMISES}|host|hosts|chair|chairs|organi[sz]ers?|hotel|building|grounds|secretariat|declaration|communiqu[eé])\\b`, "i");
export const GATHERING_WORD = new RegExp(`^(?:${GATHERINGS})s?$`, "i");
/** Right before a contact word: an indirect question that tells no contact ("did not say whether the two spoke"). */
export const ASKED_WHETHER_BEFORE = /\b(?:whether|if)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;
/**
 * Attending a gathering: "took part in the summit", "participated together in", "attended the forum",
 * "both spoke at". Not "also spoke with X", nor "both spoke to X": that speaking is the contact itself.
 */
export const ATTENDING = /\b(?:attend(?:ed|s|ing)?|t(?:ook|ake|akes|aking) part|participat(?:ed|es|ing|e)|(?:was|were) among (?:the )?(?:leaders|guests|participants)|(?:both|each|all) (?:spoke|addressed|gave speeches)(?!\s+(?:with|to)\s+(?!the\b))|sp(?:oke|eaks|eaking) (?:at|to|before) the (?:opening|closing|plenary|session)|(?:gave|delivered) (?:a |his |her |their )?(?:speech|speeches|address|addresses|remarks) (?:at|to))\b/i;
/**
 * Just after a leader the contact would take, words telling that leader away from where the visit
 * went: "while Kishida was abroad", "Xi, who was on a tour of the provinces". Not "who had been on
 * a trip" (an earlier one) nor "travelling with him" (beside the visitor).
 */
export const AWAY_AFTER = /^(?:,\s*who)?\s+(?:was|were|is|remained|stayed|being)\s+(?:still\s+|then\s+|already\s+)?(?:away|abroad|absent|out of (?:the country|town|the capital)|travell?ing(?!\s+with\b)|on (?:a|an|his|her) (?:[\p{L}-]+\s+){0,2}?(?:trip|tour|visit|journey|holiday|vacation|leave))\b/iu;
/** Just after a leader: "… was in" or "… had left for" a place, read against where the visit went. */
export const ELSEWHERE_AFTER = /^(?:,\s*who)?\s+(?:was|were|had been|remained|stayed)\s+(?:still\s+|then\s+|already\s+)?in\s+|^\s+had (?:already )?left for\s+/iu;
/** Before a leader: "in the absence of", "with … away". */
export const AWAY_BEFORE = /\b(?:in the absence of|in \p{L}+ absence)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/**
 * Before a contact word, in its clause: a work that shows or tells it ("a portrait of X shaking
 * hands with Y", "a documentary about the summit between X and Y"): the work is the news, not the contact.
 */
export const DEPICTION_BEFORE = /\b(?:portrait|painting|mural|statue|sculpture|documentary|documentaries|film|movie|biopic|docudrama|drama|play|opera|novel|book|exhibition|cartoon|caricature|reenactment|re-enactment)s?\s+(?:of|about|on|showing|depicting|recounting|retelling|chronicling|dramati[sz]ing|recreating)\s[^,;:.]{0,80}$/iu;
/** A gathering's group photo as a setting: "at the family photo", "as leaders lined up for the group photograph". */
export const GROUP_PHOTO = /\b(?:at|during|for|in|before)\s+(?:the\s+|a\s+)?(?:official\s+|traditional\s+|leaders['’]\s+|[\p{Lu}\d][\p{L}\d-]*\s+)?(?:family|group|class)\s+(?:photo(?:graph)?|picture)s?\b/iu;
/** What leaders do side by side in a photo line: a handshake, standing together, an embrace; not talking. */
export const PHOTO_LINE = /^(?:sh(?:ook|ake|aking) hands|side by side|stood (?:next to|beside|alongside)|hugged|embraced)$/i;
/** Greeting words: what a host does as guests arrive. */
export const GREETING = /^(?:welcom(?:ed|es|ing)|greet(?:ed|s|ing))$/i;
/** Hosting words, greeting ones among them: the cue of a hosted occasion. */
export const HOSTING_CUE = new RegExp(`^(?:${HOSTING_WORDS.join("|")})$`, "i");
/** Before a leader: named as the host or inviter of a gathering ("the summit for a new pact convened by", "at the invitation of"). */
export const GATHERING_HOST_BEFORE = new RegExp(`(?:\\b(?:${GATHERINGS}|gathering|${SITTING})s?\\b[^.;]{0,60}?\\b(?:${CHAIRED})\\s+by|\\bat the invitation of)\\s+(?:(?:the|his|her)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?$`, "iu");
/** A multilateral gathering named in a sentence: a summit, a conference, a forum, a leaders' week. */
const MULTILATERAL_NAMES = "G\\s?7|G\\s?20|BRICS|SCO|APEC|ASEAN|NATO|COP\\s?\\d+|General Assembly";
export const GATHERING_NAMED = new RegExp(`\\b(?:(?:${GATHERINGS})s?|${MULTILATERAL_NAMES})\\b`);
/** The name of a multilateral gathering alone ("BRICS", "G20"): an "online summit" without one may be two leaders' own. */
export const MULTILATERAL_NAME = new RegExp(`\\b(?:${MULTILATERAL_NAMES})\\b`);
/**
 * A journey's stated purpose that is an occasion, not a meeting: "travelled to Berlin on Saturday to
 * watch the quarter-final", "flew to London for the funeral", "went to Paris to attend the
 * coronation". The host country's leader may have been there, but the text does not say they met.
 * "final", "race", "cup" and "fair" are occasions only as the head noun ("the cup final", "the final
 * of the tournament"), not as a word that qualifies another ("the final text", "fair trade").
 */
export const PURPOSE_AN_OCCASION = /\b(?:to\s+(?:watch|cheer(?:\s+on)?|support|see|attend|witness|mark|join|take\s+part\s+in)|for)\s+(?:(?:the|a|an|his|her|their|its|[\p{Lu}][\p{L}'’-]*['’]s)\s+)?(?:[\p{L}\d'’-]+\s+){0,5}?(?:(?:match(?:es)?|games?|semi-final|quarter-final|tournament|championships?|olympics|world cup|funeral|burial|memorial|wedding|coronation|inauguration|swearing-in|enthronement|commemoration|ceremon(?:y|ies)|parade|concert|festival|exhibition|expo|premiere)\b|(?:final|race|cup|fair)\b(?!\s+(?!(?:of|on|in|at|between|against|and|or|with|for|to)\b)\p{Ll}))/iu;
/** Words that make the people of a journey its fellow travellers: "travelled to Canberra together with A", "arrived alongside A and B". */
export const COMPANIONS = /\b(?:together|alongside|along with|accompanied by|in the company of)\b/i;
/**
 * After a contact word: its counterpart named by an office that is no leader's ("met … with HE White
 * House Coordinator …", "held talks with the visiting foreign minister"). Group 0 ends at the office.
 */
export const OFFICIAL_COUNTERPART = new RegExp(
  `^[^.;]{0,60}?\\bwith\\s+(?:(?:HE|H\\.E\\.|His Excellency|Her Excellency|the|a|an)\\s+)?(?:[\\p{L}'’.-]+\\s+){0,6}?(?:${OFFICIALS}|coordinator|official)s?\\b`, "iu");
/**
 * Right after a contact word, its counterpart named as the head of a church or of an international
 * body ("met Pope Francis", "talks with the Patriarch", "met the UN Secretary-General", "with the
 * IMF's managing director"): a meeting in that country that is no meeting with its leader.
 */
export const NON_STATE_HEAD_COUNTERPART =
  /^\s+(?:(?:again|also|briefly|privately)\s+)?(?:with\s+)?(?:(?:the|a|his|her)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:pope|pontiff|patriarch|grand imam|dalai lama|archbishop|secretary[- ]general|director[- ]general|managing director)\b/iu;
/**
 * Right after a contact word, its object named by an office that is no leader's: "received Minister
 * of Healthcare X", "met the Japanese foreign minister", "held talks with US Secretary of State X".
 */
export const OFFICIAL_OBJECT = new RegExp(
  `^\\s+(?:with\\s+)?(?:(?:the|a|an|his|her|their|its|visiting)\\s+)?(?:[\\p{L}'’.-]+\\s+){0,2}?(?:${OFFICIALS})s?\\b`, "iu");
/**
 * Right after a verb of meeting or receiving, an object that is a thing or a group, not a person
 * ("met with his national security team", "met the press", "received the credentials of"): group 1
 * is its first words up to a preposition, which the rule checks for a person word.
 */
export const THING_OBJECT =
  /^\s+(?:with\s+)?(?:the|a|an|his|her|their|its|our|some|several)\s+((?:(?!(?:after|before|to|for|on|in|at|and|with|from|about|during|ahead|over|amid)\s)[\p{L}.’'-]+\s+){0,2}(?!(?:after|before|to|for|on|in|at|and|with|from|about|during|ahead|over|amid)\b)[\p{L}.’'-]+)/u;
/**
 * Such an object that is a gathering or a meal after all ("hosted the first summit of", "hosted a dinner"): a contact word, not a thing.
 * ("rec[e]ption": a class in the word keeps a first name of the bundled corpus out of the code, even inside a word.)
 */
export const GATHERING_OBJECT = new RegExp(`\\b(?:${GATHERINGS}|${SITTING}|${MEALS}|meeting|talks|rec[e]ption)s?\\b`, "i");
/** The verbs whose object that is: meeting, receiving, hosting, welcoming someone. */
export const MEETING_VERB = /^(?:met|meet|meets|received|receives|hosted|hosts|welcomed|welcomes)$/i;
/** Contact words that tell a journey or a gathering, not a meeting with anyone in particular. */
export const JOURNEY_OR_GATHERING = new RegExp(`^(?:(?:${GATHERINGS})s?|${JOURNEY.join("|")})$`, "i");
export const GATHERING_HOST = new RegExp(`\\b(?:${GATHERINGS}|gathering|meeting of leaders|${SITTING})\\s*,?\\s+(?:that\\s+was\\s+|which\\s+was\\s+)?(?:${CHAIRED})\\s+by\\s+(?:(?:the|his|her)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?$`, "iu");
export const HOSTED_BY = new RegExp(`\\b(${[...HOSTED, INVITED].join("|")}) by\\b`, "i");
/** Someone went to the other: "Y visited X's country", "Y arrived in Nairobi". */
export const TRAVEL = new RegExp(`\\b(visit(?:ed|s|ing)?|${JOURNEY.join("|")})\\b`, "i");
/** Who made a call: "X called Y", "at X's initiative". */
export const CALLING = new RegExp(
  `\\b(${CALL_VERBS.map((v) => (v === "called" ? `called(?!\\s+(?:${NOT_PHONED_AFTER_CALLED})\\b)` : v)).join("|")}|made a (?:tele)?phone call to|initiated)\\b`,
  "i",
);
/** A call received: "a call from X", "at the request of X". */
export const CALL_FROM = /\b(call from|initiative of|initiated by|at the request of|requested by)\b/i;

// ---- when ----

/**
 * Right after a day: the clock of a named zone or of the place ("Wednesday Tokyo time", "Wednesday
 * local time", "Wednesday, Ottawa time", "Wednesday (GMT+8)"): the day as told somewhere else.
 */
export const ZONE_TIME_AFTER = /^(?:\s*,)?\s+(?:(?:local|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)\s+time\b|\(?(?:GMT|UTC)\b)|^\s+(?:morning|afternoon|evening|night)\s+(?:local|\p{Lu}[\p{L}.-]*)\s+time\b/u;
/**
 * A past period of the year a report tells an undated contact in ("earlier this year", "last year",
 * "this spring", "in recent months"): its words 1 "last" or 2 the rest. A word test first, since the
 * lead sentence of every article with an undated contact is tried.
 */
export const PAST_PERIOD_HINT = /\b(?:year|spring|summer|autumn|fall|winter|recent\s+months)\b/i;
export const PAST_PERIOD = /\b(?:(last)\s+year|(earlier\s+this\s+year|this\s+(?:spring|summer|autumn|winter)|in\s+recent\s+months))\b/gi;
/** Before a past period in its own clause: it belongs to an aside, a "since", or a plan, not to the contact. */
export const PERIOD_NOT_THE_CONTACTS = /\b(?:since|who|which|whose|when|after|before|until|will|would|plans?|planned|expected|due|set|hopes?|intends?|invited?)\b/i;
/**
 * Between a dated step and a later month in one sentence, words that tell the latest of a span that
 * runs to the present: "have spoken since, most recently in May", "the latest in March".
 */
export const LATEST_SINCE = /\b(?:most recently|the latest|(?:has|have)\s+(?:\w+\s+){0,4}?since)\b/i;
/** "this year", "last month": a frame for other dates, not a date of its own. */
export const VAGUE_PERIOD = /^(?:this|last|next|the previous|the following|the same|earlier this|later this|that|(?:the )?past) (?:week|month|year)$|^(?:now|currently|at present|right now)$/i;
/** "whose country joined the bloc in January", "which opened on Monday": a relative clause that starts between a contact and a date. */
export const RELATIVE_OPENER = /(?:,\s*|\s)(?:whose|which|who|whom)(?:\s|,)/gi;
/** Between a date and another event's noun it modifies: "Venezuela's July 28 presidential election". */
export const DATE_MODIFIES_OTHER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** Right after a date in the possessive: "last month's", "Sunday’s". */
export const POSSESSIVE_AFTER_DATE = /^['’]s\s/;
/** Between a date and the contact noun it modifies: "their Feb. 28 meeting", "Wednesday's call". */
export const DATE_MODIFIES = /^(?:['’]s)?\s$/;
/**
 * Between a date and the contact noun it modifies, a venue's name: "their Feb. 28 Oval Office
 * meeting", "the May 9 Élysée talks". Not a person's: no office title ("on Monday President
 * Lula's visit") and no word in the possessive ("told reporters on Monday Modi's visit …"), whose
 * contact the date does not modify.
 */
export const VENUE_BEFORE_NOUN = new RegExp(String.raw`^(?:['’]s)?\s(?!(?:\S+\s){0,2}(?:${officeAlternation(OFFICE_NAMES, true)})\s)(?:\p{Lu}[\p{L}'’.-]*(?<!['’]s)\s){1,3}$`, "u");
/**
 * A clause after a semicolon that goes on telling the contact before it: its subject the pair or
 * the contact ("they lasted until late", "the two signed", "it ended"), after any words of time.
 */
export const SAME_CONTACT_GOES_ON = /^\s*(?:(?:on|in|at|by|until|late|early|later|then|that|this|the\s+same)\s+)*(?:they|it|both(?:\s+leaders|\s+men|\s+sides)?|the\s+two(?:\s+leaders|\s+men|\s+sides)?|the\s+(?:talks|meeting|call|visit|conversation)|their\s+(?:talks|meeting|call|conversation))\b/i;
/** "had put off", "had met": another, earlier event. */
export const PAST_PERFECT = /\bhad\b/i;
/** "their first meeting since …": the date names an earlier contact of the pair. */
export const FIRST_SINCE = /\bfirst\b([^,;]*)\bsince\s*$/i;
/** "the first visit by a Brazilian president since 2019": maybe someone else's contact. */
export const FIRST_SINCE_OTHER = /\b(visit|trip|travel|tour|time)\b|\s(to|in|by)\s/i;
/** "the first U.S.–Brazil summit since 2019": a summit of two countries may have been other leaders'. */
export const FIRST_SINCE_COUNTRIES = /\b[A-Z][A-Za-z.]*[–-][A-Z][a-z]/;
/**
 * "since Trump's return to the White House in January", "since he took office in October": a
 * "since" followed by an event of its own, in the same clause as the date, dates that event.
 */
export const SINCE_EVENT = /\bsince\s+(?!\s*$)[^,;:.–—()]{3,80}$/i;
/** A "since" whose clause runs up to the date with an event in it: a word of its own after "since" (not "then", not a year), no new clause on the way. */
export const SINCE_OF_AN_EVENT = /^since\s+(?!then\b)\p{L}[^;:–—()]{2,}$/iu;
/** A date phrase told relative to the article's day ("last June", "earlier this month"): never moved to a narrative's year. */
export const RELATIVE_PHRASE = /\b(?:last|next|this|previous|following|ago|yesterday|today|tomorrow|earlier|later|past|coming)\b/i;
/** "in Samarkand that September": a month told in the narrative's year. */
export const NARRATIVE_MONTH = /\b(?:that|the same)\s+$/i;
/** "The following month, on …", "later that year": a step told from the narrative's last date, not from today. */
export const NARRATIVE_STEP = /\b(?:(?:the\s+)?(?:following|next|same)|that|later\s+that)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b/i;

/**
 * Words that tell a page is one leader's interview ("an interview with", "sat down with our
 * editor", "IN CONVERSATION", "Q&A"): its answers' "I" is that leader's even where no label or
 * attribution stands beside it.
 */
export const INTERVIEW_WORD = /\b(?:interview(?:ed)?|in conversation|sat down with|Q&A|question-and-answer session)\b/i;
/**
 * An interview's standfirst that says the page is built as one (its questions and answers follow):
 * "sat down with our editor", "IN CONVERSATION", "Q&A". A bare "interview" may be a news story's
 * source ("said in an interview with a radio station"), so the page must then ask a question.
 */
export const INTERVIEW_FORM = /\b(?:sat down with|in conversation|Q&A|question-and-answer session)\b/i;
/**
 * A lead that reports what was said in an interview ("said in an interview with a radio station",
 * "told reporters in a television interview"): a news story about the interview, not the interview
 * itself, whose later quotations may be anyone's.
 */
export const REPORTED_INTERVIEW = new RegExp(String.raw`\b${REPORTING_VERB}\b[^.!?"“”]{0,60}\bin an?\s+(?:[\p{L}-]+\s+){0,2}interview\b`, "iu");
/** A paragraph that asks: it ends in a question mark (an interview's question, a transcript's "Q: …?"). */
export const ASKING_PARAGRAPH = /\?["”’*_]*\s*$/u;
/** A paragraph that is an interview's question: set in bold or italics ("**Did you …?**"), or ending in a question mark. */
export const INTERVIEW_QUESTION = /^\s*(?:\*\*|__|<(?:b|strong|em|i)>)|\?["”’*_]*\s*$/u;
/** After a quotation's close: an attribution to someone ('…," an aide said', '…," said one official'): the quote is theirs, not the interviewee's. */
export const ATTRIBUTED_AFTER_QUOTE = new RegExp(String.raw`^[,.!?]?\s*(?:${REPORTING_VERB}\b|(?:[\p{L}.'’-]+\s+){1,4}${REPORTING_VERB}\b)`, "u");
/**
 * Before a quotation's opening: a reporting verb introducing it ("Speaking to reporters, he said:
 * \"", "the minister told the radio on Monday: \""): reported speech, whose speaker quote-speaker
 * names when the text does; on an interview's page it is no answer of the interviewee's.
 */
export const ATTRIBUTED_BEFORE_QUOTE = new RegExp(String.raw`\b${REPORTING_VERB}\b[^"“”.!?]{0,60}[:,]\s*$`, "u");
/**
 * A first person plural that tells a contact of its speaker with one other: "we" as the subject of
 * a contact predicate told as done ("We talked by video in March", "we have already had a chance to
 * talk by telephone", "The last time we met was in Lima"), or "our" before a contact noun ("our talks
 * in Lima", "our last conversation"). Only the word itself is matched; the rest is a lookahead. A
 * plan, a wish or a denial ("if we meet", "we will speak", "we did not speak") is no such predicate:
 * only adverbs of time and the perfect's auxiliary may stand between.
 */
const WE_ADVERB = String.raw`(?:have|had|last|also|already|just|then|both|finally|again|first|recently|even|once|only|actually|personally)`;
const WE_PREDICATE = String.raw`(?:met|spoke|spoken|talked|conversed|held\s+(?:talks|a\s+meeting|our)|had\s+(?:a|an|our|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:meeting|conversation|talks?|call|chat|dinner|lunch|breakfast|discussion|bilateral|exchange)|had\s+(?:a|the)\s+(?:chance|opportunity)\s+to\s+(?:talk|speak|meet))\b`;
const OUR_CONTACT = String.raw`(?:(?:last|first|previous|recent|earlier|latest|annual|bilateral|telephone|phone|video|long|good)\s+){0,2}(?:meeting|conversation|talks|phone\s+call|telephone\s+call|video\s+call|summit)\b`;
/**
 * After the predicate, an object who is anyone but the partner, after "with" or "to" or right after
 * the verb ("we met with the families", "we met the press", "our talks with the unions"): not the
 * two of them. A pronoun ("we met him", "we spoke to you") is the partner.
 */
const WE_OTHER_OBJECT = String.raw`(?!\s+(?:(?:with|to)\s+(?!(?:him|her|you|each\s+other|one\s+another)\b)|(?:the|a|an|his|her|their|its|some|many|several|other|all|both)\s))`;
/**
 * In the rest of a "we"'s sentence, a sign that the "we" takes in someone besides the speaker's
 * counterpart: a company after "with" anywhere in the clause, past a place or a date ("We met in
 * Lima in May with the governors"), or the speaker's own side told as the "we" ("my ministers and
 * I", "the minister and I"). A pronoun after "with" ("with him", "with you") is the counterpart.
 */
export const WE_WITH_OTHERS = /\b(?:(?:together\s+)?with|alongside|joined\s+by|accompanied\s+by)\s+(?!(?:him|her|you|me|each\s+other|one\s+another)\b)|\band\s+I(?=\s*(?:[,;.)—–]|$))|\bI\s+and\s+my\b/i;
export const WE_CONTACT = String.raw`\b(?:[Ww]e(?=(?:['’](?:ve|d))?(?:\s+${WE_ADVERB}){0,3}\s+${WE_PREDICATE}${WE_OTHER_OBJECT})|[Oo]ur(?=\s+${OUR_CONTACT}${WE_OTHER_OBJECT}))\b`;
/** Whether a first person found by the speaker rules is plural ("we", "our": WE_CONTACT), which stands for its speaker and one other. */
export const PLURAL_FIRST_PERSON = /^(?:we|our)$/i;

/** On an interview's page, or in a leader's running turn, any paragraph may speak, labelled or not: a first person is enough. */
export const FIRST_PERSON_WORD = /\b(?:I|me|[Ww]e|[Oo]ur)\b/;
/** A paragraph that may have a speaker: a label's colon or a quotation, and a first person. */
export const MAY_SPEAK = new RegExp(String.raw`^(?=[^\n]*(?::\s|["“]))(?=[^\n]*${FIRST_PERSON_WORD.source})`);

/**
 * An unlabelled paragraph in a transcript that is not the speaker's going on: a question, words
 * addressed to someone ("Mr President, …", "…, sir"), or words a reporting clause gives to
 * another ("…, a senior diplomat told reporters"). It ends the turn.
 */
export const TURN_ENDER = /\?\s*$|^\s*(?:Mr|Madam|Mister)\.?\s+(?:President|Prime\s+Minister|Chancellor|Secretary)\b|,\s*sir\b|,\s+(?:an?|the)\s+[\w -]{0,60}?\b(?:told|said|says|tells)\b[^,.;?!]{0,40}\.?\s*$/;

/**
 * A headline that says its page is a record of one leader's contacts ("Trips made by X", "X's foreign
 * agenda", "Visits and talks: a chronology", "Year in review"): its entries with no subject are that
 * leader's. A news headline naming one leader ("X stays home as ministers travel") says no such thing.
 */
export const RECORD_HEADLINE = /\b(?:visits|trips|travels|chronology|timeline|agenda|diary|calendar|record|engagements|schedule|itinerary|in review|key dates|list of|contacts|meetings|talks held|calls)\b/i;


/**
 * A headline that says the page is a leader's own words and whose they are: the form of a speech,
 * a statement, a press conference, a signed article or a newsletter, with its owner after "by",
 * "of" or "from" ("Remarks by President X", "Press Conference by Prime Minister Y", "Speech by the
 * President of the Republic", "From the Desk of the President") or before "'s" ("X's signed
 * article"). A headline about such a page ("Lula's speech angers …", "X's remarks on Y") names its
 * subject too, and a second leader named takes the page from its owner (see `ownWordsOf`).
 */
const OWN_WORDS_FORM = String.raw`(?:(?:opening|closing|keynote|institutional|televised|video|new\s+year(?:'s)?|inaugural)\s+)?(?:remarks|speech|address|statement|press\s+conference|press\s+statement|signed\s+article|op-ed|message|letter|newsletter)`;
export const OWN_WORDS_HEADLINE = new RegExp(String.raw`^(?:full\s+text(?:\s+of)?:?\s+)?(?:[\p{L}.'’-]+\s+){0,2}${OWN_WORDS_FORM}\s+(?:by|of|from)\s|^from\s+the\s+desk\s+of\s|['’]s\s+(?:[\p{L}-]+\s+){0,2}${OWN_WORDS_FORM}\b`, "iu");

/** " with <counterpart, no clause break> at/in (the) <Capitalised word>": where talks with someone were held. */
export const TALKS_WITH_PLACE = /^\s+with\s+[^.;:!?()]{1,100}?\s(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/u;
/** Between talks' counterpart and a place: a clause or phrase that makes the place another's or another time's ("who was in", "before arriving in"), or a topic's ("on the situation in Sudan"). */
export const NOT_THE_TALKS_PLACE = /\b(?:who|which|where|whose|while|when|before|after|then|ahead|from|on|about|over|regarding|concerning|arriv\w*|travel\w*|flew|went|back|based|stay\w*)\b/i;
/** A language, not a place: "held talks with X in English". */
export const LANGUAGE_NAME = /^(?:English|French|Spanish|Portuguese|Arabic|Mandarin|Chinese|Hindi|German|Japanese|Korean|Turkish|Persian|Italian|Swahili)$/;
/** An entry's opening verb of contact, in the past, with no subject before it (lower case after a date's mark or a semicolon: "2 May – met …", "Official visit; met …"). */
const ENTRY_OPENING = String.raw`(?:(?:Met|Hosted|Received)(?!\s+by\b)|Held\s+(?:(?:bilateral|official)\s+)?(?:talks|a\s+(?:bilateral\s+)?meeting|a\s+(?:tele)?phone\s+(?:call|conversation))\s+with|Spoke\s+(?:with|to))\b`;
/** The first such verb in a line, in any case: where a line's subjectless entry opens. */
export const ENTRY_OPENING_WORD = new RegExp(ENTRY_OPENING, "i");
/** Every such verb: capitalised, or lower case after a space (the rules check what stands before it). */
export const ENTRY_OPENING_WORDS = new RegExp(`${ENTRY_OPENING}|(?<=\\s)${ENTRY_OPENING.toLowerCase()}`, "g");
/** A talking verb that a medium adjunct after it ("by phone", "via video link") completes. */
export const TALK_VERB = /\b(?:spoke|spoken|talked|conferred|held\s+(?:a\s+)?(?:telephone\s+|phone\s+)?(?:talks|conversation|call))\b/gi;
/** Between a contact word and a leader: a contact named as its topic ("of his meeting with", "about their talks with"), whose party the leader is. */
export const TOPIC_CONTACT_BEFORE = /\b(?:of|about|on|regarding)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?(?:meeting|talks|summit|visit|call|conversation|negotiations|discussions)s?\s+(?:with|between)\b/iu;
/** Before a size word, words that make it a gathering the contact stood beside ("on the sidelines of a trilateral"), not the contact's own people. */
export const BESIDE_A_GATHERING = /\b(?:sidelines|margins|eve|ahead|before|after|during|beside|at|on|to|for)\s+(?:of\s+)?(?:an?\s+|the\s+|their\s+|its\s+|one\s+of\s+(?:the|those)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;
/**
 * Right before a size word, a meeting verb whose purpose it names ("they met for a trilateral
 * forum", "sat down together for a three-way session"): the meeting was that group, not held beside it.
 */
export const MET_AS_A_GROUP = /\b(?:met|meet|meets|gathered|sat\s+down|came\s+together)\s+(?:together\s+)?for\s+(?:an?\s+|the\s+|their\s+)?(?:[\p{L}'’-]+\s+)?$/iu;
/** The word NOT_HELD caught before a contact that says it never took place ("did not", "refused", "called off"): denied, not planned. */
export const NOT_HELD_DENIED = /^(?:did not|didn['’]t|won['’]t|(?:has|have|had|was|were|is|are|does|do)n['’]t|never|not|no|nor|neither|without|refused|declined|cancel(?:l)?ed|postponed|called off|rejected|denied|boycott(?:s|ed|ing)?|skipped|snubbed|stayed away from)$/i;
/** The word NOT_HELD caught that makes the contact only possible ("would", "if", "possibility"): hypothetical, not planned. */
export const NOT_HELD_HYPOTHETICAL = /^(?:would|wouldn['’]t|might|could|couldn['’]t|can|cannot|can['’]t|should|if|whether|possibility|possible|potential|rumou?red|reports? of)$/i;
/** Words that label a question's turn whoever asks it. */
export const ASKER_LABEL = /^(?:Q|Question|Questioner|Interviewer)$/i;

/**
 * Abbreviations a full stop glued to the next word ("Gov.Milei", "Sta.Cruz") does not end a
 * sentence after, beyond the short capitalised ones (which never end one there: see the sentence
 * reader's glued stops): longer titles, ranks, months and firms' words, in any case.
 */
export const GLUED_ABBREVIATION = /^(?:prof|sept|lieut|messrs|gral|capt|corp|pres|supt|dept|govt|admin|excmo|excma|srta|bros|approx|assoc|intl|natl|univ|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec|mon|tues?|wed|thur?s?|fri|sat|sun)$/i;

/**
 * A line's last word that a sentence seldom ends on: an article, a preposition, a conjunction, a
 * possessive or a subject pronoun. Some do end one ("they had met twice before", "the talks went
 * on"): the reader joins only a line in lower case under it, which such a sentence's next line
 * seldom is.
 */
export const OPEN_END = /\s(?:the|a|an|of|to|and|or|but|with|as|for|in|on|at|by|from|into|about|between|after|before|during|their|his|her|its|they|he|she|we)$/;
