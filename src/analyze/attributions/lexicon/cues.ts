/** Reporting verbs and phrases that introduce what someone said, thought or found ("said", "told", "warned"). */
import { AS_STANCE, CLAUSE_STANCE, COGNITION, OBJECT_STANCE, PHRASAL_STANCE } from './stance.js';

/** Regular reporting verbs by lemma; -s, -ed and -ing forms are derived. */
const REGULAR = [
  'add', 'acknowledge', 'admit', 'affirm', 'agree', 'allege', 'announce', 'answer', 'argue', 'ask', 'assert', 'assure',
  'boast', 'caution', 'charge', 'cite', 'claim', 'comment', 'complain', 'concede', 'conclude', 'confirm', 'contend',
  'continue', 'counter', 'declare', 'demand', 'deny', 'describe', 'disclose', 'dismiss', 'emphasize', 'emphasise',
  'estimate', 'explain', 'express', 'indicate', 'inform', 'insist', 'joke', 'lament', 'maintain', 'mention', 'note',
  'object', 'observe', 'plead', 'pledge', 'point', 'predict', 'proclaim', 'promise', 'propose', 'question', 'quote',
  'recall', 'recount', 'reiterate', 'remark', 'remind', 'repeat', 'reply', 'report', 'respond', 'retort', 'reveal',
  'scoff', 'shout', 'signal', 'state', 'stress', 'suggest', 'tweet', 'urge', 'vow', 'warn', 'worry', 'wonder', 'yell',
  'accuse', 'attack', 'blast', 'blame', 'criticize', 'criticise', 'condemn', 'complain', 'demand', 'threaten', 'insist',
  'testify', 'believe', 'fear', 'echo', 'chant', 'identify', 'learn', 'want', 'intend', 'praise', 'unveil', 'defend', 'tout', 'support', 'oppose', 'highlight', 'hope', 'doubt', 'expect', 'acknowledge', 'conclude', 'underscore', 'highlight', 'post',
  'post', 'tell', 'write', 'say', 'speak', 'show', 'find',
];

/** Irregular and spelling-changed forms. */
const IRREGULAR = [
  'said', 'says', 'saying', 'say', 'told', 'tells', 'telling', 'tell', 'wrote', 'writes', 'writing', 'written', 'write',
  'replied', 'replies', 'denied', 'denies', 'testified', 'testifies', 'worried', 'spoke', 'found', 'finds', 'shows', 'showed',
  'shown', 'thinks', 'thought', 'admitted', 'admitting', 'argued', 'arguing', 'noted', 'noting', 'stated', 'stating',
  'quoted', 'quoting', 'continued', 'continuing', 'emphasized', 'emphasizing', 'promised', 'promising', 'described',
  'describing', 'declared', 'declaring', 'vowed', 'vowing', 'urged', 'urging', 'believed', 'believes', 'hoped',
  'feared', 'expected', 'insisted', 'insisting',
];

function forms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const y = lemma.endsWith('y') && !/[aeiou]y$/u.test(lemma);
  return [lemma, y ? `${lemma.slice(0, -1)}ies` : `${lemma}${/(s|sh|ch|x)$/u.test(lemma) ? 'es' : 's'}`,
    y ? `${lemma.slice(0, -1)}ied` : `${stem}ed`, `${stem}ing`];
}

/** Every surface form of a reporting verb, lower-cased. */
export const CUE_VERBS: ReadonlySet<string> = new Set([...REGULAR.flatMap(forms), ...IRREGULAR, ...OBJECT_STANCE.flatMap(forms), ...COGNITION, ...CLAUSE_STANCE, ...AS_STANCE]);

/** Verbs of judgement that are cues only in "see X as Y". */
export const AS_VERBS: ReadonlySet<string> = new Set(AS_STANCE);

/** Verbs of belief and knowledge, which report a clause even without "that" ("feared the plan would fail"). */
export const COGNITION_VERBS: ReadonlySet<string> = new Set(COGNITION);

/** Reporting verbs whose addressee is not part of the content: "told TASS that …" (but "urged Congress to act" keeps it). */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set([
  'told', 'tells', 'telling', 'tell', 'warned', 'warns', 'warning', 'assured', 'assures', 'informed', 'informs', 'reminded',
  'reminds', 'quoted', 'quotes', 'quoting',
]);

/** Verbs that are cues only with a particle: "called for", "called on", "pointed out". */
export const PARTICLE_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['called', new Set(['for', 'on'])], ['calls', new Set(['for', 'on'])], ['calling', new Set(['for', 'on'])], ['call', new Set(['for', 'on'])],
  ['pointed', new Set(['out', 'to'])], ['points', new Set(['out', 'to'])], ['pointing', new Set(['out', 'to'])],
  ...PHRASAL_STANCE.flatMap(([verbs, particles]) => verbs.map((verb): [string, ReadonlySet<string>] => [verb, new Set(particles)])),
]);

/** Verbs that are cues only with a particle and whose object is the content: "spoke of the crisis". */
export const PHRASAL_OBJECT_VERBS: ReadonlySet<string> = new Set(PHRASAL_STANCE.flatMap(([verbs]) => verbs));

/** Cue verbs that need a clause, not an object, to report speech ("show", "find" only with "that"). */
export const CLAUSE_ONLY: ReadonlySet<string> = new Set([
  'want', 'wants', 'wanted', 'wanting', 'intend', 'intends', 'intended', 'intending',
  'learn', 'learns', 'learning',
  'show', 'showing', 'finds', 'found', 'finding', 'hope', 'hopes', 'hoped', 'hoping',
  'expect', 'expects', 'expected', 'expecting', 'fear', 'fears', 'feared', 'fearing', 'post', 'posts', 'posted', 'posting',
  'speak', 'speaks', 'speaking', 'spoke', 'answer', 'answered', 'answers', 'continue', 'continues', 'continued', 'continuing',
  ...COGNITION, ...CLAUSE_STANCE, ...AS_STANCE, 'object', 'objected', 'objects', 'signal', 'signaled', 'signals', 'state', 'states', 'point', 'points', 'worry', 'worries', 'worried', 'doubt', 'doubts', 'doubted', 
]);

/** Auxiliaries and adverbs that belong to a cue when written just before it ("has said", "also said"). */
export const CUE_PREFIX: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'did', 'does', 'do', 'also', 'had', 'been',
  'repeatedly', 'reportedly', 'previously', 'later', 'again', 'publicly', 'privately', 'recently', 'once', 'often',
  'later', 'then', 'further', 'openly', 'boldly', 'earlier', 'never', 'always', 'may', 'might', 'could', 'can',
  'now', 'not', "’s", "'s", "’ll", "'ll", "’d", "'d", "’ve", "'ve", 'wo', 'ca', "n't", 'still', 'even', 'just', 'already', 'initially', 'first', 'ultimately', 'frequently', 'should',
]);

/** Cue verbs whose reported content may be a bare object ("called Trump a liar", "announced plans", "cited polls"). */
export const OBJECT_CUES: ReadonlySet<string> = new Set([
  'called', 'calls', 'calling', 'call', 'cited', 'cites', 'citing', 'described', 'describes', 'describing', 'criticized',
  'criticizes', 'criticizing', 'praised', 'praises', 'attacked', 'attacks', 'attacking', 'blasted', 'blasts', 'condemned',
  'condemns', 'condemning', 'questioned', 'questions', 'announced', 'announces', 'announcing', 'promised', 'promises',
  'promising', 'proposed', 'proposes', 'proposing', 'pledged', 'pledges', 'demanded', 'demands', 'demanding', 'urged',
  'urges', 'echoed', 'echoes', 'rejected', 'rejects', 'denied', 'denies', 'denying', 'acknowledged', 'reiterated',
  'recalled', 'dismissed', 'dismisses', 'mentioned', 'mentions', 'predicted', 'predicts', 'accused', 'accuses', 'accusing',
  'blamed', 'blames', 'blaming', 'vowed', 'vows', 'expressed', 'expresses', 'highlighted', 'highlights', 'unveiled',
  'defended', 'defends', 'defending', 'touted', 'touts', 'touting', 'supported', 'supports', 'opposed', 'opposes',
  'shows', 'showed', 'shown', 'found', 'finds', 'identified', 'identifies', 'chanting', 'chanted', 'echoing', 'charged', 'expressed', 'expresses', 'questioning', 'criticised',
  ...OBJECT_STANCE.flatMap(forms),
]);
