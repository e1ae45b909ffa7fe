/** Verbs and nouns of stance, judgement and belief beyond "said" that report what someone holds ("denounced X", "feared Y"). */

/** Regular lemmas of verbs whose bare object is what the source said or stood for ("denounced the deal", "endorsed Clinton"). */
export const OBJECT_STANCE = [
  'discuss', 'outline', 'detail', 'reference', 'mock', 'ridicule', 'denounce', 'decry', 'slam', 'endorse',
  'dispute', 'reject', 'applaud', 'lambaste', 'rebuke', 'chide', 'scold', 'champion', 'advocate',
  'contest', 'refute', 'tout', 'deride', 'disparage', 'belittle', 'laud', 'commend', 'condone',
  'liken', 'bemoan', 'fault', 'voice', 'extol', 'assail', 'encourage', 'excoriate', 'berate', 'castigate', 'chastise',
];

/** Verbs that report speech only with a particle, each with its particles: "spoke of the crisis", "railed against taxes". */
export const PHRASAL_STANCE: ReadonlyArray<[forms: string[], particles: string[]]> = [
  [['speak', 'speaks', 'speaking', 'spoke', 'spoken', 'talk', 'talks', 'talking', 'talked'], ['of', 'about']],
  [['rail', 'rails', 'railing', 'railed'], ['against']],
  [['vote', 'votes', 'voting', 'voted'], ['against']],
];

/** Verbs of belief and knowledge: cues only before a clause, with or without "that" ("feared the plan would fail"); "shows" and "showed" also take objects, so they are left out. */
export const COGNITION = [
  'feel', 'feels', 'feeling', 'felt', 'know', 'knows', 'knew', 'suspect', 'suspects',
  'suspected', 'assume', 'assumes', 'assumed', 'realize', 'realizes', 'realized', 'realise', 'realises', 'realised',
  'understand', 'understands', 'understood', 'recognize', 'recognizes', 'recognized', 'reckon', 'reckons', 'reckoned',
  'hope', 'hopes', 'hoped', 'expect', 'expects', 'expected', 'fear', 'fears',
  'feared', 'worry', 'worries', 'worried', 'doubt', 'doubts', 'doubted', 'find', 'finds', 'found', 'show',
];

/** Verbs of stance that report only a clause or "to" + verb ("declined to comment", not "declined sharply"). */
export const CLAUSE_STANCE = ['decline', 'declines', 'declined', 'declining'];

/** Verbs of judgement that report only in "see X as Y" ("saw the remark as a dig", "views the plan as a gift"). */
export const AS_STANCE = ['see', 'sees', 'saw', 'seen', 'seeing', 'view', 'views', 'viewed', 'viewing', 'regard', 'regards', 'regarded', 'regarding'];

/** Verbs of expectation and wish that report an object with an infinitive: "expects prices to fall", "wanted him to stay". */
export const OBJECT_INFINITIVE: ReadonlySet<string> = new Set(['expect', 'expects', 'expected', 'expecting', 'want', 'wants', 'wanted', 'wanting']);

/** Nouns that report a claim or stance when a "that" clause follows and an owner precedes ("Ruiz’s claim that …"). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'allegation', 'allegations', 'argument', 'contention', 'insistence',
  'suggestion', 'warning', 'warnings', 'prediction', 'predictions', 'promise', 'promises', 'pledge', 'vow', 'threat',
  'belief', 'view', 'conclusion', 'finding', 'findings', 'report', 'statement', 'charge', 'accusation', 'accusations',
  'admission', 'denial', 'estimate', 'assurance', 'assurances', 'declaration', 'announcement', 'complaint', 'insinuation',
]);
