/** Lines that are page furniture, not news ("Advertisement", "Also read: …"); a statement matching one is skipped. */
export const BOILERPLATE: readonly RegExp[] = [
  /^\s*(advertisement|advertising|sponsored|story continues below|also read|read more|read also|watch|subscribe|sign up|follow us|click here|share this)\b/i,
  /\b(all rights reserved|copyright ©|©\s*\d{4})/i,
  /\bjournalism has a (vital|key|crucial) role\b/i,
  /\b(is|was) a (senior |staff |freelance )?(journalist|correspondent|reporter|writer|editor) (at|with|for|who)\b/i,
  /\bwith inputs from\b/i,
  /* author notes: "She is committed to telling stories that matter", "beyond his work in the newsroom" */
  /\b(is|are) (committed|passionate|dedicated) to\b.*\b(stories|journalism|reporting|news)\b/i,
  /\b(her|his|their) work in the newsroom\b/i,
];
