/** Verbs of proposing and saying: when two reports give them different subjects, they disagree on who ("Peskov suggested" vs "Zelenskyy suggested"). */
export const PROPOSAL_STEMS: ReadonlySet<string> = new Set([
  'suggest', 'propos', 'offer', 'invit', 'urg', 'call', 'demand', 'ask', 'say', 'tell', 'claim', 'insist', 'announc', 'state', 'add',
]);
