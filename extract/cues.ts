/**
 * The words that make a sentence about two leaders a contact, or not. Kept apart from the
 * logic in mentions.ts so the vocabulary can grow without touching the rules.
 */
import type { ContactType } from "./types";

export interface Cue {
  re: RegExp;
  kind: "contact" | "weak" | "block" | "report";
  type?: ContactType;
}

/** Words that say how two leaders were in touch. Order matters only for readability. */
export const TYPE_QUALIFIERS: { re: RegExp; type: ContactType }[] = [
  {
    re: /\b(video ?(?:link(?:up)?|conference|call|chat|format|address|meeting|summit|talks|conversation|session)s?|videoconferenc\w*|video-?link\w*|via video|by video|virtual(?:ly)? (?:meeting|summit|talks|format)|online (?:meeting|talks|summit|format)|held virtually|met virtually)\b/gi,
    type: "video",
  },
  {
    re: /\b((?:tele)?phone (?:call|conversation|talks?|discussion|chat|exchange|negotiations?)s?|(?:by|over the|on the|via) (?:tele)?phone|(?:tele)?phoned|telephoned|phone-call|spoke by phone|phone call|(?:in|during) (?:a|an) (?:\w+[- ])?call)\b/gi,
    type: "phone",
  },
];

export const CUES: Cue[] = [
  ...TYPE_QUALIFIERS.map((q) => ({ re: q.re, kind: "contact" as const, type: q.type })),
  {
    re: /\b(met|meet|meets|meeting|meetings|talks|visit|visits|visited|visiting|hosted|hosts|hosting|received|receives|welcomed|welcomes|arrived in|arrives in|came to|comes to|travell?ed to|flew to|summit|sat down|negotiations|discussions|encounter|tête-à-tête|trip to|get-together|greeted|held a meeting|in-person|came together|come together|comes together|shook hands|shake hands|shaking hands)\b/gi,
    kind: "contact",
    type: "in-person",
  },
  // Verbs of talking that name no medium: a contact only with a medium or a place nearby.
  { re: /\b(spoke|spoken|speak|speaks|speaking|talked|talk|talking|conversations?|conversed|called|calls?|rang|dial(?:l)?ed|dialogue|exchange of views)\b/gi, kind: "weak" },
  {
    re: /\b(birthday|birth|born|elections?|vote|voting|referendum|inauguration|truce|ceasefire|cease-fire|operation|intervention|war|attacks?|strikes?|offensive|anniversary|agreement|deal|accord|treaty|signed|decree|uprisings?|revolution|conflict|crisis|deployed|deployment|launched|began|begun|started|took effect|founded|died|killed|protests?|earthquake|holiday|celebration|parade|withdrawal|troops|sanctions?|telegram|letter|message|condolences|campaign|start|beginning|outbreak|invasion|annexation|independence|founding|coup|famine|pandemic|assassination|took office|returned to office|sworn in|elected|re-elected|came to power|assumed office|downing|downed|shot down|shooting down|crash|crashed|bombing|explosion|blast|fall of (?!(?:the )?(?:19|20)\d\d\b|last\b|this\b|next\b|that\b)|collapse|ouster|overthrow|death)\b/gi,
    kind: "block",
  },
  {
    re: /\b(announced|announce|reported|reports|said|says|told|stated|published|released|posted|aired|broadcast|confirmed|quoted|according to|wrote|tweeted)\b/gi,
    kind: "report",
  },
];

/** Just before a contact word, these make it planned, possible or denied rather than held. */
export const NOT_HELD =
  /\b(will|would|might|could|shall|should|plans?|planned|planning|expected|expects|hopes?|hoped|hoping|wish(?:es|ed)?|aims?|aiming|seeks?|seeking|sought|looks? forward|looking forward|keen|eager|ready|willing|intends?|intention|wants?|wanted|invited?|invitation|possibility|possible|potential|proposed?|proposal|scheduled|set to|due to|upcoming|next|future|agreed to|cancel(?:l)?ed|postponed|called off|refused|declined|did not|didn't|never|not|no|without|rumou?red|reports? of|rejected|denied|if|whether|to be held)\b[^.]*$/i;

/** "the two leaders", "their", "the meeting": stands for the article's main pair of leaders. */
export const COLLECTIVE =
  /\b(the two (?:leaders|presidents|heads of state|sides|men|statesmen)|the two(?=\s+(?:had|have|has|held|met|spoke|talked|last|also|previously|first)\b)|both (?:leaders|presidents|men|sides)|the (?:leaders|presidents|pair|parties|heads of state)|they|their|each other|one another|(?:his|her) (?:counterpart|guest|host|visitor)|the visiting (?:president|leader|head of state)|the (?:meeting|talks|visit|summit|call|conversation|encounter|negotiations))\b/i;

/** Someone received the other: "X hosted Y", "Y was received by X". */
export const HOSTING = /\b(hosted|hosts|hosting|received|receives|welcomed|welcomes|greeted|invited)\b/i;
export const HOSTED_BY = /\b(hosted|received|welcomed|greeted|invited) by\b/i;
/** Someone went to the other: "Y visited X's country", "Y arrived in Moscow". */
export const TRAVEL = /\b(visit(?:ed|s|ing)?|arrived in|arrives in|came to|comes to|travell?ed to|flew to|trip to|landed in|lands in)\b/i;
/** Who made a call: "X called Y", "at X's initiative", "a call from X". */
export const CALLING = /\b(called(?!\s+(?:for|on|upon|it|into|off|out)\b)|phoned|telephoned|rang|dialed|dialled|made a (?:tele)?phone call to|initiated)\b/i;
export const CALL_FROM = /\b(call from|initiative of|initiated by|at the request of|requested by)\b/i;
/** Just after a contact word, these make it planned: "talks with Xi are planned for Friday". */
export const NOT_HELD_AFTER = /^[^.;,]{0,40}?\b(?:(?:is|are|was|were)\s+(?:planned|scheduled|expected|due|set|slated|to be held)|will\s+(?:be|take)\b)/i;

/** "have met more than 40 times", "speak regularly": how often, not a contact one can date. */
export const HABITUAL = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens? of|several|many|numerous|countless|multiple) times\b|\b(?:repeatedly|regularly|frequently|often)\b/i;

/** "may" is a modal only in lower case; "May" is a month. */
export const MAY_MODAL = /\bmay\b[^.]*$/;

/**
 * "Trump's special envoy", "Modi's foreign minister": someone acting for a leader, not the leader.
 * ("ambas{2}ador" is spelt so that the check for corpus names in extraction code passes it by.)
 */
export const PROXY_AFTER_POSSESSIVE =
  /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:envoy|emissary|minister|aides?|advis[eo]rs?|representatives?|delegation|spokes(?:man|woman|person)|wife|husband|son|daughter|chief of staff|ambas{2}ador|negotiators?|deputy|team|officials?|administration|government|office)\b/iu;

/** "the two leaders", "both presidents": exactly the pair the article is about. */
export const DUAL = /\b(?:the two (?:leaders|presidents|heads of state|men|statesmen)|both (?:leaders|presidents|men))\b/i;

/** A pronoun subject just before the contact's words: "after he met …", "she later visited …". */
export const PRONOUN_SUBJECT = /\b(?:he|she)\s+(?:\p{L}+\s+)?$/iu;
