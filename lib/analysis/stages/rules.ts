/**
 * The names of the rules that make attributions, as `why.rule` gives them: every attribution names the one rule
 * that made it, and each name is written here once. The card shows the name in the reader's language
 * (components/panel/format.ts translates every name listed here; its test checks that none is missing). A
 * learned stage that adds attributions adds its own names here.
 */
export const RULE = {
  // Verb cues (cues/verb.ts)
  verbSourceAfter: 'reporting verb, source after the verb',
  verbSourceBefore: 'reporting verb, source before the verb',
  verbSourceBeforeObjectAfter: 'reporting verb, source before the verb, object after it',
  verbAfterKanQad: 'reporting verb after كان … قد: the subject stands before it',
  verbImplicitSubject: 'reporting verb, implicit subject (last source in focus)',
  verbSentenceSubject: 'reporting verb, subject of the sentence',
  verbDescription: 'reporting verb, description of an object',
  accusationChargeFirst: 'accusation: charge after the verb, accuser named before',
  accusationAccuserFirst: 'accusation: accuser, then the accused and the charge',
  naqalaOuter: 'two-layer: outer source (نقل … عن)',
  naqalaInner: 'two-layer: inner source (نقل … عن … قوله)',
  twoLayerOuter: 'two-layer: outer source',
  twoLayerInner: 'two-layer: source quoted by the outer one',
  // Participles (cues/participle.ts)
  participle: 'participle continuing the last source',
  // Prepositional cues (cues/preposition.ts)
  preposition: 'prepositional attribution',
  prepositionSecondLayer: 'prepositional attribution, second layer',
  prepositionQuoted: 'prepositional attribution, quoted source (عن)',
  // Noun cues (cues/verbal-noun.ts)
  verbalNoun: 'verbal noun with a content clause',
  reportNoun: 'reports with a content clause',
} as const;

export type RuleName = (typeof RULE)[keyof typeof RULE];
