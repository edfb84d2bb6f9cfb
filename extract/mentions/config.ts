/**
 * The mentions stage's configuration: every ordered list of rules, stated once (in the spirit of
 * chrono-node's configuration.ts). Finders propose frames, resolvers fill them, filters veto.
 * Where a list is "first wins", order is precedence: put the more specific rule first.
 */
import { receivedCallNoun, callNounWithLeader, callVerbWithLeader, spokeInPerson, talkInCallStory, twoLeadersSpoke, calledOnLeader } from "./cues";
import { aheadSection, depicted, hostAway, fellowTravellers, photoLine, pairAttendingGathering, gatheringModifier, greetedAtGathering, hostedTheMany, leftOut, hostOfGatheringOnly, afterPublication, habitual, inOffice, inPersonNeedsPlace, notYetLeader, twoSides, welcomedAThing, undatedNeedsBothNamed, deniedAfter } from "./filters";
import { arrivalBeforeContact, butByMedium, heldByMedium, notHappened, sameCueTwice, sameCueNextDay, talkWithoutMedium, dateOfItsOwn, refusedDate, receivedACall, calledNotPhoned, spokeOf, spokeToAudience, timelineHead, sameCallNoun, dateModifiesOther, possessiveDate, datelineDate, relativeClause, plannedDate, topicOfTalk, officialsContact, negotiationTrack, followingTold, presentTenseMonth, cueAfterDate, cueMedium, dateInQuote, citedPieceDay, sinceWhen, dateModifiesNoun, talksInPlace, heldThere, wentThere, firstSince, listMember, mediumOfTold, mediumInherited, mediumNearby, nearestCueBefore, notAContactWord, relativeYear, sinceEvent, vaguePeriod, type FrameRules, dateOfTheSaying } from "./frames";
import { nobody, noContactWord, oneSide, questionAsked } from "./gates";
import { precisionGate } from "./precision";
import { dateInAName, indefiniteWeekday, pageStatedYear, sectionYear } from "./dating";
import { settingOfUnheld, relativeUnheld, appositionModality, bareInfinitive, carriedMessage, clauseModal, disputedClaim, futureTime, heldSince, irrealisPredicate, mayModal, notHeldBefore, planHead, plannedAfter, question, refusalHead, retracted, speechAct, subjectPlanned, temporalPresent, correctedReport, discussedPlanSetting } from "./modality";
import { officeSubject, attendeesOfTold, correctedPair, alsoInTold, convenerOfListed, membersOfTold, betweenNamed, reporterNotParty, groupPlusNamed, pairJustNamed, counterpartNotALeader, strangerSubject, clausePronounSubject, coObjects, gatheringHost, dateStretch, articlePair, dualGroup, dualSubject, pairCompleted, recentPair, recentPlural, sizedGroup, sizedEarlier, sizedNamed, sizedSoFar, sizedUnread, theyAgain, joinedObjects, joinedSubject, laterWith, nearestTwo, pluralContacts, possessiveDropped, principalOffice, headingPrincipal, pronounSubject, soleNamedHolder, officialSubject, separateContacts, subjectNotALeader, subjectObject, talkVerbObject, summitTakesAll, tooManyToPair, traveller, twoNamed, askedPair, entryOwner, laterClauseOnly, courtesyHolder } from "./participants";
import { quoteSpeaker, speakerLabel, interviewSubject, turnRunsOn, pagePartner, quotePronounSpeaker } from "./speakers";
import { nearestPlace, placeInStretch, theCountry, visitedCountrysLeader, visitToNamedLeader } from "./place";
import { aheadHeading, clockHeading, datelineHeading, dayHeading, dayTitleHeading, titleDayHeading, yearHeading } from "./sections";
import { callerSubject, callFrom, hostedBy, hostingSubject, initiativeOfSide, localLeader, travellersCounterpart } from "./roles";

/**
 * Sentence gates, all must pass, each where it is cheapest to ask: no question's turn and someone to talk about before
 * the cues are found, a word of contact once calls are refined, two sides before dates are read.
 */
export const GATES = { beforeCues: [questionAsked, nobody], afterCues: [noContactWord], beforeDates: [oneSide] };

/**
 * Cue refiners, first wins: a medium-less word ("called", "a call", "spoke") that has a medium
 * after all; a call received is a phone call wherever its caller is named. Talking over a meal or at a named venue is in person before two leaders who "spoke"
 * are read as a call.
 */
export const CALL_REFINERS = [calledOnLeader, callVerbWithLeader, callNounWithLeader, receivedCallNoun, spokeInPerson, twoLeadersSpoke];

/**
 * A talking word with no medium near it and no date of its own, first wins: addressed to a leader
 * in a story of calls, it is one more call (its medium then read as inherited).
 */
export const UNDATED_TALK = [talkInCallStory];

/** Modality read from one contact word and its sentence, first wins (see FRAME_RULES.modality). */
const MODALITY_OF_A_WORD = [retracted, correctedReport, disputedClaim, question, heldSince, carriedMessage, speechAct, discussedPlanSetting, notHeldBefore, clauseModal, mayModal, refusalHead, planHead, plannedAfter, relativeUnheld, irrealisPredicate, futureTime, temporalPresent, bareInfinitive, appositionModality, subjectPlanned];

/** Vetoes on a date phrase before any contact may own it, all must pass: a month's name inside a leader's name ("Theresa May") is no date, nor is a weekday after "a" or "every" ("on a Friday"). */
export const DATE_PHRASES = [dateInAName, indefiniteWeekday];
/**
 * The year of a day or month told without one, first wins (none: the article's year, which the
 * narrative rules may still move): a chronology's year heading over it; on a page with no date of
 * its own, the year of the date the page stated last before it.
 */
export const YEARLESS_DATES = [sectionYear, pageStatedYear];

export const FRAME_RULES: FrameRules = {
  /**
   * Vetoes on a cue as the predicate of a contact, all must pass; speaking to an audience ("spoke to
   * both houses of Parliament") is no conversation; a contact a work shows or tells
   * ("a portrait of X shaking hands with Y") is not told; a gathering word naming a place
   * or a role ("the summit venue") tells no gathering, a handshake in a gathering's photo line is
   * its ceremony, and a host's guests told as many, or greeted arriving at a gathering, are met by
   * nobody in particular. All must pass, so order decides only which veto a trace names and how
   * soon the list stops: those reading the word and its object first (the gathering ones beside
   * welcomedAThing, whose object they read too), then those on a date beside it, last those reading
   * the clause around a contact noun (its topic, its officials, a negotiation track, a sentence opening
   * on it as the time of what follows: "Following the talks, the presidents signed …", a contact already told).
   */
  predicate: [notAContactWord, calledNotPhoned, spokeOf, spokeToAudience, depicted, welcomedAThing, gatheringModifier, photoLine, hostedTheMany, greetedAtGathering, relativeYear, refusedDate, presentTenseMonth, topicOfTalk, officialsContact, negotiationTrack, followingTold],
  /**
   * The medium, first wins: "received" with "a call" as its object is that call; the word's own medium beats a medium word nearby in its clause (see clause.ts), which beats a
   * correction anywhere after a contact noun ("not in Brasília … but by videoconference"), then the
   * noun's own "was held by …" past a list of its people; talks placed
   * in a city (or at a venue after their counterpart, in their clause), or a talking noun whose own clause says where its people held it ("the conversation
   * they had in Nairobi"), were in person; a gathering told again with its attendees ("The summit was attended by …") right after a
   * contact was held as that contact (a video summit's list is by video); those beat the medium of the story's lead; last, a definite meeting noun of the story's day in a story
   * about a call is that call.
   */
  medium: [receivedACall, cueMedium, mediumNearby, butByMedium, heldByMedium, talksInPlace, heldThere, wentThere, mediumOfTold, mediumInherited, sameCallNoun],
  /**
   * Modality, first wins ("happened" when none speaks): "not … since" is held before any
   * negation is read as denial; a verb that carries a message ("received a letter") is read
   * before any plan; the words before the cue are read before those after it ("ahead of a
   * meeting" before "the meeting … never happened"), and the verb of a sentence headed by the
   * contact noun last. A sentence that takes the contact back (or tells
   * it as a claim) denies it first of all, and so does a piece's wording that a correction quotes
   * ("An earlier version of this story said …"). A relative clause on the noun saying it never took place
   * is read before the noun's own predicate (which that clause would hide). Last, a gathering that
   * is only the setting of the sentence's other contact words takes their modality, read by all the
   * rules before it, and one with no contact word beside it that of the plan before it.
   */
  modality: [...MODALITY_OF_A_WORD, settingOfUnheld(MODALITY_OF_A_WORD)],
  /**
   * Date owners, first wins: dates that belong to no contact (in quotes, the day a corrections column's cited piece ran, vague periods, "since",
   * the date of a plan) are settled first, but a "since" date a "when" clause goes on to tell ("since
   * March 2023, when A hosted B") is that clause's contact's; a date that modifies the contact noun after it ("their Feb. 28 meeting")
   * is that noun's before any other reading, and one before another event's noun ("the July 28
   * election") is that event's, as is one in the possessive with no contact word in its phrase
   * ("after last month's hostilities"); a wire dateline's date is the report's; then a list member takes
   * its list's contact; a date in a relative clause opened after the last contact word is the
   * clause's; then the nearest cue before the date, unless the date opens the next clause and a contact word of its own follows it, or stands after a semicolon in a clause of its own; a date heading a timeline entry takes the
   * entry's first contact word; a date before a verb of reporting that stands before the contact word
   * it would reach is the saying's ("told reporters the meeting …"; the report's day when what was
   * said names a contact already told), unless what was said tells the contact new ("said that A met
   * B") or the verb is an attribution between commas; last a cue after a date opening the sentence.
   */
  dateOwners: [dateInQuote, citedPieceDay, vaguePeriod, sinceWhen, firstSince, sinceEvent, plannedDate, dateModifiesNoun, dateModifiesOther, possessiveDate, datelineDate, listMember, relativeClause, nearestCueBefore, timelineHead, dateOfTheSaying, cueAfterDate],
  /**
   * Vetoes on a frame once its medium is read, all must pass: a talking word with no medium is no
   * contact (and its modality is then never read); one read as anything but happened is none.
   */
  read: [talkWithoutMedium, notHappened],
  /**
   * Vetoes on a sentence's dated frames together, each applied in turn to what the one before
   * kept: an arrival dated apart from the contact it led to is dropped first, so that of two dates
   * of one time reaching the same contact word the contact's own is weighed, not the journey's;
   * then two days a day apart reaching one contact word are one contact, dated by the nearer phrase;
   * last, a contact word with a date of its own after it gives up the one before it (another verb's).
   */
  frameSet: [arrivalBeforeContact, sameCueTwice, sameCueNextDay, dateOfItsOwn],
  /**
   * One more frame beside each dated frame kept, first wins. None: a second contact word joined by
   * "and" to a first (joined-verb, removed in review 16-m) gave the first word's day and subject to
   * earlier, planned or other people's contacts; such a word is a contact only when dated itself.
   */
  joined: [],
};

/**
 * Participant resolvers, first wins. A contact whose words name its people after "between" ("the call held
 * between A and B") is theirs alone, whoever told of it; a leader who tells of a contact of two or more
 * others ("X said A and B met", "according to X, …", "X welcomed the meeting of A and B") is no party to it. A contact whose counterpart, named after "with", is no
 * catalogue leader ("talks with Kim", "with European officials") has no pair among the others named, nor has one whose subject is a stranger named by a title ("Kenyan President William Ruto met A on Monday and B on Tuesday"), nor one in a sentence whose subject is an office naming nobody ("The President spoke to A on Monday, and he spoke to B on Tuesday"). A contact told in an aside about someone who is no leader has
 * no leader's subject at all, nor has one whose clause names an official before its words; a pronoun subject ("after he met X") is read before anyone is counted, and
 * leaders named only as a list after "with" are objects of an unnamed subject; the host of a gathering beside
 * which a bilateral is told is not its party; a contact told as someone's who is no leader, in a clause naming nobody, takes no leader from the clauses after it (see clause.ts); with two named that is all; with more, a clause opening with "he"/"she" is about
 * the sentence's subject, a summit takes everyone in its clause before any pairing rule, then joined objects, a joined subject, a date's own stretch, the talking verb's subject and object for a call read at its medium ("spoke … by phone"), the clause's subject and object (never a leader an earlier verb of contact has as its object: "he briefed A by phone and spoke to B"), a visit's traveller alone (the place adds the visited side); three or more left in the clause is refused as a guess, and last plain nearness of two.
 */
export const PARTICIPANTS = [betweenNamed, reporterNotParty, counterpartNotALeader, strangerSubject, subjectNotALeader, officialSubject, officeSubject, pronounSubject, coObjects, gatheringHost, laterClauseOnly, twoNamed, possessiveDropped, clausePronounSubject, summitTakesAll, joinedObjects, joinedSubject, dateStretch, talkVerbObject, subjectObject, traveller, tooManyToPair, nearestTwo];

/**
 * Leaders named by a bare office, each applied in turn: the readout's own government's office
 * ("The Head of State", "Prime Minister" with no country and no name) is its principal; an office
 * the principal did not hold is the one other leader named who held it; a courtesy alone ("His
 * Highness welcomed …") is the one leader the article called by it before a name; last, on a press office's
 * own page, a contact heading with no subject left ("Telephone conversation with X") is its principal's.
 */
export const OFFICE_HOLDERS = [principalOffice, soleNamedHolder, courtesyHolder, headingPrincipal, entryOwner];

/**
 * Who an "I" or "me" is, each applied in turn, a later rule reading only what an earlier one left:
 * a transcript's turn is its labelled speaker's (its quotations of others excepted), and so are the
 * unlabelled paragraphs it runs on over until the next label; then a quotation is the speaker named
 * beside it, or, given to "he said", the one leader its paragraph names before it; last, on one leader's interview, what is left of an
 * answer is his. An "I" no rule reads is nobody.
 */
export const SPEAKERS = [speakerLabel, turnRunsOn, quoteSpeaker, quotePronounSpeaker, interviewSubject];

/**
 * Who a speaker's "we" or "our" telling a contact is besides the speaker, first wins: the other of
 * the page's pair, when nobody else is named just before it. A "we" whose sentence names another
 * leader after it ("we met President Y") is a group, and stands for nobody. (The one other leader
 * named in the sentence before, read as the partner whatever the page's pair, was tried and
 * dropped: on unseen transcripts it made a wrong contact and found no right one.)
 */
export const PARTNERS = [pagePartner];

/**
 * Group words, first wins: a gathering's list of attendees ("The summit was attended by A and B") right
 * after the contact of someone who took part in it is one contact of them all, so are leaders who "also" took part in the gathering told
 * just before ("… also spoke in the virtual meeting"), and a list of those who took part right after the sentence in which one leader alone convened it is one contact of them all with the convener; a word for the people of a contact just told (or for the article's
 * pair) with a leader named outside them as its counterpart or host ("the two presidents were
 * joined by C", "C hosted the pair") is all of them, read before any group word is read as a pair;
 * in a transcript's answer, a word for two people is the pair the question just asked about;
 * right after what a corrected piece said of a pair, a dated contact naming one of them or neither
 * is that claim corrected, of the same pair;
 * in a sentence telling an earlier contact right after a contact of two
 * ("… met Albanese. The two had last spoken in July"), a word for two people is that pair, nearer
 * than the article's; then "the two leaders" as the subject beats any other group word; a stated
 * size ("the three leaders") is read before any pair: the contact just told when it had that many,
 * else the leaders the sentence names when they are that many, else the latest contact told with
 * that many, else the leaders the article has named so far when they are exactly that many, else nobody (a
 * pair found for "the three met" is one too few);
 * "the two" is the article's pair (not right after a sentence naming a leader outside it); a plural or "They" opening with nobody named is the contact
 * just told; a pair word after a sentence naming two other leaders is those two; then the
 * article's pair (for nobody named, then to complete one of the pair named). A group word naming an
 * office ("the two Presidents", "both prime ministers") passes over any rule's answer with fewer of
 * that office's holders than it counts (index.ts, heldByAll).
 */
export const GROUPS = [attendeesOfTold, alsoInTold, convenerOfListed, groupPlusNamed, askedPair, correctedPair, recentPair, dualSubject, sizedGroup, sizedNamed, sizedEarlier, sizedSoFar, sizedUnread, dualGroup, recentPlural, pairJustNamed, theyAgain, articlePair, pairCompleted];

/**
 * A sentence that only lists who else took part ("Taking part were A and B", "A, B and C joined
 * from Lima"), right after the one telling a gathering: its people with that gathering's, first wins.
 */
export const TOLD_LISTS = [membersOfTold];

/** Place resolvers for in-person frames, first wins: the date's own stretch, then nearness, then "the kingdom". */
export const PLACES = [placeInStretch, nearestPlace, theCountry];

/** Participants a place adds, each applied in turn: the visited country's leader (for an arrival, only at the country or its capital), then a named leader of the visited country. */
export const PLACE_PARTICIPANTS = [visitedCountrysLeader, visitToNamedLeader];

/**
 * One contact per person, first wins: contacts said to be separate (with no subject named, none
 * at all), then a plural contact noun, then "and later with" (or "and a meeting with"). ("A and B
 * both called C" is not split: each-called, removed in review 16-m, read "both called C wrong" as calls.)
 */
export const SPLITS = [separateContacts, pluralContacts, laterWith];

/** Who hosted, first wins: said outright ("received by"), then the subject of a hosting verb, then the local leader, then the traveller's counterpart. */
export const HOSTS = [hostedBy, hostingSubject, localLeader, travellersCounterpart];

/** Who called, first wins: "a call from X", "the Kenyan side's initiative", then the subject of a call verb. */
export const CALLERS = [callFrom, initiativeOfSide, callerSubject];

/**
 * Vetoes on a filled frame before it is split per person: a talking word needs a place to be a
 * meeting; everyone must already be the leader; a journey to a gathering is no meeting with its host,
 * two leaders attending one gathering are not told to have met,
 * nor one made together a meeting of its fellow travellers; a leader named only as the one left out
 * ("but not to X") is no party; last, a visit whose host the sentence tells away is no meeting.
 */
export const FRAME_FILTERS = [inPersonNeedsPlace, notYetLeader, hostOfGatheringOnly, pairAttendingGathering, fellowTravellers, leftOut, hostAway];
/** Vetoes on each contact of a frame (after the split): two sides, in office at its date. */
export const CONTACT_FILTERS = [twoSides, inOffice];
/** Vetoes on a contact as evidence: one told under a heading of plans ("COMING UP"); a date after the article; an undated one must name both leaders (or be "the two leaders" the headline names) and tell one contact; a report the next sentence denies. */
export const EVIDENCE_FILTERS = [aheadSection, afterPublication, undatedNeedsBothNamed, habitual, deniedAfter];
/**
 * Last of all, the precision gate: a contact whose participants, medium or date were read by a
 * rule its table (mentions/precision.ts) names as weak makes no event.
 */
export const PRECISION_GATE = [precisionGate];
/**
 * Section headings, first wins: a line stating a day heads that day's section even when it also
 * gives an hour; so does a day before a mark and the item's title, and an agency's dateline on a
 * line of its own; an hour alone heads a live entry; a year alone heads a chronology's year; last, a
 * line such as "COMING UP" heads a section of plans.
 */
export const HEADINGS = [dayHeading, dayTitleHeading, datelineHeading, clockHeading, yearHeading, aheadHeading];

/**
 * Section headings that stand as paragraphs of their own, one short line over the paragraph they
 * head (read only where the gap above that paragraph holds no line): a press office's readout
 * titled and dated ("PM meeting with X: 5 May 2023").
 */
export const PARAGRAPH_HEADINGS = [titleDayHeading];
