import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher, features, FEATURE_NAMES, INSTANCE_FEATURE_NAMES, tokenize } from './index.js';

const matcher = createMatcher();
/** One named feature of a sentence pair. */
const feature = (name: (typeof FEATURE_NAMES)[number], a: string, b: string): number => features(a, b)[FEATURE_NAMES.indexOf(name)]!;

test('should split "66-year-old" into a number and the rest, and read "81st" as 81', () => {
  const tokens = tokenize('A 66-year-old pilot finished 81st.');
  assert.deepEqual(tokens.map((t) => t.lower), ['a', '66', 'year-old', 'pilot', 'finished', '81st']);
  assert.equal(tokens[1]!.value, 66);
  assert.equal(tokens[5]!.value, 81);
});

test('should put the instance features last in the vector, one value per name', () => {
  const f = features('Ferry services resumed on Monday.', 'Ferry services resumed on Tuesday.');
  assert.equal(f.length, FEATURE_NAMES.length);
  assert.deepEqual(FEATURE_NAMES.slice(-INSTANCE_FEATURE_NAMES.length), [...INSTANCE_FEATURE_NAMES]);
  assert.ok(f.every((v) => Number.isFinite(v)));
});

test('should flag two different people in subject position and not the same person', () => {
  const a = 'Goalkeeper Brenna Halloway signed a two-year deal with the Kestrels.';
  const other = 'Goalkeeper Ilse Marquardt signed a two-year deal with the Kestrels.';
  const same = 'The Kestrels gave goalkeeper Brenna Halloway a two-year deal.';
  assert.equal(feature('multiSpanClash', a, other), 1);
  assert.equal(feature('leadSpanClash', a, other), 1);
  assert.equal(feature('multiSpanClash', a, same), 0);
  assert.equal(feature('leadSpanClash', a, same), 0);
  assert.ok(feature('nameSharedMass', a, same) > feature('nameSharedMass', a, other));
});

test('should tell a clash of counts of one thing from an agreement', () => {
  const a = 'Rescuers pulled 14 miners from the shaft near Tarrowby.';
  assert.equal(feature('countClash', a, 'Rescuers brought 19 trapped miners out near Tarrowby.'), 1);
  assert.equal(feature('countClash', a, 'Near Tarrowby, 14 miners were pulled out by rescuers.'), 0);
  assert.ok(feature('numberShared', a, 'Near Tarrowby, 14 miners were pulled out by rescuers.') > 0);
  assert.equal(feature('numberShared', a, 'Rescuers brought 19 trapped miners out near Tarrowby.'), 0);
});

test('should compare weekdays, months (abbreviated too) and years, and not read the verb "may" as a month', () => {
  assert.equal(feature('dayClash', 'The vote was held on Tuesday.', 'The vote was held on Thursday.'), 1);
  assert.equal(feature('dayClash', 'The vote was held on Tuesday.', 'On Tuesday the vote was held.'), 0);
  assert.equal(feature('monthClash', 'The fair opens on Feb. 9.', 'The fair opens on 9 February.'), 0);
  assert.equal(feature('monthClash', 'The fair opens in March.', 'The fair opens in June.'), 1);
  assert.equal(feature('monthClash', 'Prices may rise soon.', 'Prices rose in June.'), 0);
  assert.equal(feature('yearClash', 'The bridge opened in 1998.', 'The bridge opened in 2004.'), 1);
});

test('should fill the batch-weight signals from a corpus and fall back to lexicon weights without one', () => {
  const corpus = ['The flood reached Harlow Mill.', 'The flood closed the school.', 'The flood hit Pennock.', 'Roads shut after the flood.'];
  const batch = createMatcher({ corpus });
  const token = batch.tokens('The flood reached Harlow Mill.').find((t) => t.lower === 'harlow')!;
  assert.ok(token.batchWeight !== undefined && token.batchWeight > 0);
  assert.equal(matcher.tokens('The flood reached Harlow Mill.').find((t) => t.lower === 'harlow')!.batchWeight, undefined);
  const i = FEATURE_NAMES.indexOf('batchCosine');
  const a = 'The flood reached Harlow Mill.';
  assert.ok(Math.abs(features(a, a)[i]! - 1) < 1e-9);
  assert.ok(features(a, 'The flood hit Pennock.')[i]! < 0.9);
});

test('should score a report of the same earthquake above one of another earthquake of the same kind', () => {
  const a = 'A magnitude 6.1 earthquake struck near Velbrook on Tuesday, killing 12 people.';
  const same = 'On Tuesday a 6.1-magnitude quake hit Velbrook, leaving 12 people dead.';
  const other = 'A magnitude 5.4 earthquake struck near Ostervik on Sunday, killing 3 people.';
  assert.ok(matcher.score(a, same) > matcher.score(a, other), `${matcher.score(a, same)} > ${matcher.score(a, other)}`);
});
