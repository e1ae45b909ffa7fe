/** Cue words that tell the brief where a sentence belongs in a reader's order. */

/** What comes next: "talks are scheduled for Sunday", "will meet", "is due to", "next round". */
export const NEXT_CUES: readonly RegExp[] = [
  /\b(will|shall)\b/i,
  /\b(is|are|was|were) (scheduled|set|due|expected|planned|slated) (to|for)\b/i,
  /\b(next|upcoming|forthcoming|coming) (round|week|month|meeting|talks|summit|step)\b/i,
  /\bplans? to\b|\bintends? to\b|\bis to (meet|travel|visit|hold)\b/i,
  /\b(later this|later in the) (week|month|year)\b/i,
  /\bwill be (closely )?watched\b/i,
];

/** Openings that lean on a previous sentence ("He added", "This comes as", "However,", "All four were …"), so read badly alone. */
export const DANGLING_OPENERS = /^(he|she|they|it|this|that|these|those|his|her|their|its|however|but|and|also|meanwhile|moreover|furthermore|additionally|still|yet|so|then|there|here|such|the latter|the former|in that case|as a result|(all|both|each|none|neither)( of them| (two|three|four|five|six|seven|eight|nine|ten))?)\b/i;

/** Speculation and commentary rather than report ("This may be because", "raises questions about"). */
export const COMMENTARY: readonly RegExp[] = [
  /\b(may|might|could) be because\b/i,
  /\braises? (questions|doubts) (about|over)\b/i,
  /\bremains? to be seen\b/i,
  /\b(cautiously optimistic|closely watched)\b/i,
  /\bit is (worth|important) (noting|to note)\b/i,
  /\bunderscores?\b|\bhighlights? the (challenges?|need)\b/i,
];

/** Verbs that introduce speech, used when turning a quote into a sentence ("told", "said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'told', 'says', 'stated', 'added', 'wrote', 'declared', 'insisted', 'warned', 'argued', 'noted', 'explained']);

/** First words of roles that are common nouns, lower-cased mid-sentence ("fire brigade chief Anika Brandt"). */
export const COMMON_ROLE_STARTS: ReadonlySet<string> = new Set(['fire', 'police', 'foreign', 'prime', 'deputy', 'chief', 'senior',
  'former', 'acting', 'state', 'defence', 'defense', 'interior', 'health', 'finance', 'party', 'opposition', 'island', 'council',
  'city', 'local', 'regional', 'army', 'rescue', 'port', 'harbour', 'harbor', 'company', 'government', 'union', 'hospital', 'school']);
