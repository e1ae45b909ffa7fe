import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher, stem, tokenize, FEATURE_NAMES, features } from './index.js';

const matcher = createMatcher();

test('should stem inflected forms of one verb to one stem', () => {
  assert.equal(stem('killed'), stem('kill'));
  assert.equal(stem('killings'), stem('kill'));
  assert.equal(stem('running'), stem('run'));
  assert.equal(stem('said'), stem('says'));
  assert.notEqual(stem('bridge'), stem('bride'));
});

test('should read number words and digits as the same value, folding in scale words', () => {
  const tokens = tokenize('Three people and 3 dogs; 2.5 billion dollars');
  assert.equal(tokens[0]!.value, 3);
  assert.equal(tokens.find((t) => t.text === '3')!.value, 3);
  assert.equal(tokens.find((t) => t.text === '2.5')!.value, 2.5e9);
});

test('should split a contraction into its verb and a negation', () => {
  const tokens = tokenize("Officials didn't confirm it");
  assert.deepEqual(tokens.map((t) => t.lower), ['officials', 'did', 'not', 'confirm', 'it']);
  assert.ok(tokens[2]!.negation);
});

test('should score a paraphrase above an unrelated sentence, within 0–1', () => {
  const a = 'A landslide blocked the only road into the village on Monday.';
  const para = matcher.score(a, 'On Monday a landslide cut off the single road leading into the village.');
  const other = matcher.score(a, 'The central bank raised interest rates by half a point.');
  assert.ok(para > other, `${para} > ${other}`);
  assert.ok(para <= 1 && other >= 0);
  assert.equal(matcher.same(a, 'On Monday a landslide cut off the single road leading into the village.'), true);
  assert.equal(matcher.same(a, 'The central bank raised interest rates by half a point.'), false);
});

test('should score a clash of numbers lower than agreement', () => {
  const a = 'The company sold 4,200 tractors in the first quarter.';
  const agree = matcher.score(a, 'In the first quarter the company sold 4,200 tractors.');
  const clash = matcher.score(a, 'In the first quarter the company sold 9,800 tractors.');
  assert.ok(agree > clash, `${agree} > ${clash}`);
});

test('should align synonyms and spelling variants ("fatalities" ≈ "killed", "Zelenskyy" ≈ "Zelensky")', () => {
  const withSynonym = matcher.score('The storm killed four people in Ostrava.', 'The storm caused four fatalities in Ostrava.');
  const without = matcher.score('The storm killed four people in Ostrava.', 'The storm closed four schools in Ostrava.');
  assert.ok(withSynonym > without, `${withSynonym} > ${without}`);
  const f = features('Zelenskyy met the envoy.', 'Zelensky met the envoy.');
  assert.equal(f.length, FEATURE_NAMES.length);
  assert.ok(f[FEATURE_NAMES.indexOf('alignContent')]! > 0.8);
});

test('should weigh words that are common in the batch less when given a corpus', () => {
  const corpus = Array.from({ length: 40 }, (_, i) => `The earthquake report number ${i} mentions the earthquake again.`);
  const batch = createMatcher({ corpus });
  const a = 'The earthquake hit Lorca on Monday.';
  const b = 'The earthquake hit Padang on Friday.';
  assert.ok(batch.tokens(a).find((t) => t.lower === 'earthquake')!.weight <= matcher.tokens(a).find((t) => t.lower === 'earthquake')!.weight);
  assert.ok(Number.isFinite(batch.score(a, b)));
});

test('should give an empty sentence a score of 0', () => {
  assert.equal(matcher.score('', 'Something happened.'), 0);
  assert.equal(matcher.same('...', 'Something happened.'), false);
});

test('should reject a threshold outside 0–1 and weights of the wrong length with E_BAD_OPTION', () => {
  const bad = (e: Error & { code?: string }) => e.code === 'E_BAD_OPTION';
  assert.throws(() => createMatcher({ threshold: 2 }), bad);
  assert.throws(() => createMatcher({ weights: [1, 2, 3] }), bad);
  assert.throws(() => createMatcher({ batchBlend: -1 }), bad);
});

test('should count names each sentence has and the other lacks, and score two same-kind events below one event', () => {
  const a = 'The Harriers placed striker Tomas Vendrell on the injured list on Wednesday.';
  const sameEvent = 'On Wednesday the Harriers put striker Tomas Vendrell on the injured list.';
  const otherEvent = 'The Harriers placed striker Kwame Oduya on the injured list on Wednesday.';
  const missBoth = FEATURE_NAMES.indexOf('nameMissBoth');
  const share = FEATURE_NAMES.indexOf('nameShare');
  const fSame = features(a, sameEvent);
  const fOther = features(a, otherEvent);
  assert.equal(fSame[missBoth], 0);
  assert.ok(fOther[missBoth]! > 0, `missed names on both sides: ${fOther[missBoth]}`);
  assert.ok(fSame[share]! > fOther[share]!, `${fSame[share]} > ${fOther[share]}`);
  assert.ok(matcher.score(a, sameEvent) > matcher.score(a, otherEvent));
});

test('should give a soft TF-IDF cosine of 1 for the same sentence and less once rare words differ', () => {
  const soft = FEATURE_NAMES.indexOf('softCosine');
  const a = 'Flooding closed the Ravensbrook bridge near Kettlewick.';
  assert.ok(Math.abs(features(a, a)[soft]! - 1) < 1e-9);
  assert.ok(features(a, 'Flooding closed the Marlow bridge near Ashcombe.')[soft]! < 0.9);
});
