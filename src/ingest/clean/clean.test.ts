import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanBlocks, isAdLine, isAlsoRead, isPromo, isSharePrompt, isPhotoCredit, isBiography, isMetaLine } from './index.js';
import type { Block } from '../types.js';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const NEWS = 'The council voted on Tuesday to extend the tram line to the airport, a project that will cost about two hundred million euros.';

test('should recognise advertisement markers in their common spellings', () => {
  for (const line of ['Iklan', 'Advertisement', 'ADVERTISEMENT', '- Advertisement -', 'Story continues below advertisement', 'Continue Reading Below']) assert.ok(isAdLine(line), line);
  assert.equal(isAdLine('Advertisement revenue fell by a third last year.'), false);
});

test('should remove advertisement lines inside a block and keep the rest of it', () => {
  const { blocks, diagnostics } = cleanBlocks([p(`${NEWS}\nAdvertisement\nThe work starts in May.`)]);
  assert.equal(blocks[0]!.text, `${NEWS}\nThe work starts in May.`);
  assert.equal(diagnostics[0]!.rule, 'boilerplate-removed');
});

test('should recognise "Also read" teasers but not sentences that merely start alike', () => {
  assert.ok(isAlsoRead('Also read: Mayor defends the tram budget'));
  assert.ok(isAlsoRead('READ MORE | Five things to know about the tram'));
  assert.ok(isAlsoRead('ALSO READ Tram line delayed again'));
  assert.equal(isAlsoRead('Related research shows trams cut traffic in city centres by a tenth.'), false);
  assert.equal(isAlsoRead(NEWS), false);
});

test('should recognise newsletter and subscription boxes but keep news about subscriptions', () => {
  assert.ok(isPromo('Sign up for our morning newsletter'));
  assert.ok(isPromo('Get the Daily Ledger delivered through your letterbox every month. Click here for more information.'));
  assert.ok(isPromo('GET THE LEDGER APP ON THE GO BY CLICKING HERE'));
  assert.equal(isPromo('The streaming company said its subscription prices would rise by two euros a month from March, blaming higher costs for sports rights and the launch of several new series in the spring.'), false);
});

test('should recognise share and follow prompts', () => {
  assert.ok(isSharePrompt('Follow us on Twitter for more updates'));
  assert.ok(isSharePrompt('Share this article'));
  assert.ok(isSharePrompt(`Follow @LedgerDeals on X to keep up with the latest offers from around the web. ${'Prices may change at any time. '.repeat(4)}`));
  assert.ok(isSharePrompt('Facebook Twitter WhatsApp Email'));
  assert.equal(isSharePrompt('Facebook said on Monday it would hire two hundred engineers in Dublin.'), false);
});

test('should recognise photo credits and captions that end in a credit', () => {
  assert.ok(isPhotoCredit('Photo: Ledger staff'));
  assert.ok(isPhotoCredit('Image credit: Jane Roe/Getty Images'));
  assert.ok(isPhotoCredit('Workers paint the railings of the bridge on Thursday. (AP Photo/Jane Roe, File)'));
  assert.equal(isPhotoCredit('The photographer said she had waited three hours for the light to change.'), false);
});

test("should remove the reporter's biography at the end and keep one earlier in the text", () => {
  const bio = 'Nadia Voss is a journalist with over five years of experience covering courts and crime. She enjoys hiking.';
  assert.ok(isBiography(bio));
  assert.ok(isBiography('(The author is a former ambassador to Norway.)'));
  assert.equal(isBiography(NEWS), false);
  assert.equal(isBiography('Lena Marsh is a reporter who was detained at the border on Friday, her lawyer said.'), false);
  const { blocks } = cleanBlocks([p(NEWS), p(NEWS.replace('Tuesday', 'Monday')), p(bio)]);
  assert.equal(blocks.length, 2);
  const early = cleanBlocks([p(bio), p(NEWS), p(NEWS), p(NEWS), p(NEWS)]);
  assert.equal(early.blocks.length, 5);
});

test('should remove bylines, timestamps, copyright lines and lines without words', () => {
  assert.ok(isMetaLine('Published 1 day ago'));
  assert.ok(isMetaLine('Updated: March 3, 2025 10:40 IST'));
  assert.ok(isMetaLine('By Jane Roe and John Doe'));
  assert.ok(isMetaLine('© 2025 The Coastal Ledger. All rights reserved.'));
  assert.ok(isMetaLine('Copyright ⓒ Ledger.example. Tous droits réservés.'));
  assert.ok(isMetaLine('/*'));
  assert.ok(isMetaLine('October 06, 2018'));
  assert.ok(isMetaLine('Sign In'));
  assert.ok(isMetaLine('Filed under: Local news |'));
  assert.equal(isMetaLine('https://ledger.example/sources/report-2024'), false);
  assert.ok(isMetaLine('Image 1 of / 13'));
  assert.equal(isMetaLine('By noon the crowd had grown to several thousand people.'), false);
});

test('should keep headings as heading blocks while cleaning', () => {
  const { blocks } = cleanBlocks([p(NEWS), { kind: 'heading', text: 'Tram budget questioned' }, p(NEWS)]);
  assert.deepEqual(blocks.map((b) => b.kind), ['paragraph', 'heading', 'paragraph']);
});
