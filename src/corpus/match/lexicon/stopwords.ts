/** Function words: they carry structure, not content, so they weigh little when sentences are compared. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then else of to in on at by for with from into onto over under about as than
  so such that this these those there here it its it's he him his she her hers they them their theirs we us our
  you your i me my mine is are was were be been being am do does did doing have has had having will would shall
  should can could may might must also just very too more most some any each every all both either neither
  who whom whose which what when where why how not no nor only own same other another again further once
  up down out off above below between through during before after while because until against among upon
  per via said says say told tells according s t d ll re ve m o y'`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that turn a statement into its opposite ("did not kill" vs "killed"). */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', "n't", 'cannot', 'without', 'denied', 'deny', 'denies',
]);
