/** Function words and reporting verbs that say nothing about which event an article covers. */
export const STOPWORDS: ReadonlySet<string> = new Set(`
a about above after again against ago all also am an and any are around as at be because been before being
below between both but by can could did do does doing done down during each either else ever every few for
from further had has have having he her here hers herself him himself his how however i if in into is it its
itself just least less like made make many may me might more most much must my myself near neither new next
no nor not now of off on once one only or other others our ours ourselves out over own per said same say says
saying she should since so some such than that the their theirs them themselves then there these they this
those through to told too toward under until up upon us very via was we were what when where whether which
while who whom whose why will with within without would yet you your yours yourself yourselves
according added adding asked including reported reports reporting told tells telling stated statement
week weeks year years day days today yesterday tomorrow time times people percent mr mrs ms dr
s t d ll m re ve n't 's
`.trim().split(/\s+/));

/** Capitalised words that open sentences or titles without naming anything ("The", "After", "Police say"). */
export const NOT_NAMES: ReadonlySet<string> = new Set(`
the a an this that these those it its he she they we i you his her their our my your there here then
when where while after before during since as at in on of for by with from to and but or if so yet
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
mr mrs ms dr sir
`.trim().split(/\s+/));
