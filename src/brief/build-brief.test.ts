import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from './build-brief.js';
import { ferryArticles, ferryStory } from './testing/ferry-story.js';
import type { Article, BriefSentence } from '../core/index.js';

const articles = ferryArticles();
const brief = buildBrief()(ferryStory(articles), articles);
const outletsOf = (s: BriefSentence) => new Set(s.citations.map((c) => articles.find((a) => a.id === c.article)!.outlet));

test('should write between 4 and 12 sentences, each with citations into the articles', () => {
  assert.ok(brief.length >= 4 && brief.length <= 12, `${brief.length} sentences`);
  for (const s of brief) {
    assert.ok(s.citations.length > 0, s.text);
    for (const c of s.citations) {
      const article = articles.find((a) => a.id === c.article) as Article;
      assert.ok(c.start >= 0 && c.end <= article.text.length && c.start < c.end);
    }
  }
});

test('should open with the best-supported fact and cite every outlet reporting it', () => {
  assert.match(brief[0]!.text, /fire/i);
  assert.equal(outletsOf(brief[0]!).size, 4);
  assert.doesNotMatch(brief[0]!.text, /^Velmora:/, 'dateline removed');
});

test('should never include a heading, boilerplate, a biography or a question', () => {
  for (const s of brief) {
    assert.doesNotMatch(s.text, /Advertisement|journalist with|\?$/);
    assert.notEqual(s.text, 'Fire on the Aurora.');
  }
});

test('should carry the quote with its speaker, role and venue, and not repeat it', () => {
  const quoted = brief.filter((s) => s.text.includes('We will find out what went wrong'));
  assert.equal(quoted.length, 1);
  assert.match(quoted[0]!.text, /^Mayor Lina Ortez told North Wire: “We will find out what went wrong\.”$/);
  assert.equal(outletsOf(quoted[0]!).size, 3);
});

test('should say where outlets disagree and cite both sides', () => {
  const dispute = brief.find((s) => /Accounts differ/.test(s.text));
  assert.ok(dispute, brief.map((s) => s.text).join('\n'));
  assert.match(dispute.text, /Coastal Post reports that six people were injured/);
  assert.ok(outletsOf(dispute).has('Coastal Post') && outletsOf(dispute).has('Harbor Times'));
});

test('should mark single-source claims with their outlet', () => {
  const single = brief.find((s) => s.text.includes('safety inspection'));
  assert.ok(single);
  assert.match(single.text, /^According to Coastal Post, the ferry operator/);
  for (const s of brief) if (outletsOf(s).size === 1) assert.match(s.text, /^According to /, s.text);
});

test('should put what comes next after what happened and what was said', () => {
  const next = brief.findIndex((s) => /inquiry/.test(s.text));
  const quote = brief.findIndex((s) => s.text.includes('We will find out'));
  assert.ok(next > quote && quote > 0, brief.map((s) => s.text).join('\n'));
});

test('should never repeat a fact', () => {
  assert.equal(brief.filter((s) => /inquiry/.test(s.text)).length, 1);
  assert.equal(brief.filter((s) => /broke out|forced passengers/.test(s.text)).length, 1);
});

test('should count a copy and its source as one outlet', () => {
  const story = ferryStory(articles);
  story.facts.push({ id: 'f9', text: '', status: 'corroborated', outlets: 2, conflicts: [], citations: [
    { article: 'harbor-1', start: 0, end: 10 }, { article: 'ledger-4', start: 0, end: 10 }] });
  story.lineage = [{ from: 'harbor-1', to: 'ledger-4', kind: 'copy', score: 1 }];
  const out = buildBrief()(story, articles);
  const firstFact = out.find((s) => s.text.includes('forcing 200 passengers'));
  assert.ok(firstFact === undefined || !/^According to/.test(firstFact.text));
});

test('should end a quote cut at a comma with a full stop inside the quote marks', () => {
  const story = ferryStory(articles);
  story.quotes[0]!.text = 'We will find out what went wrong,';
  const out = buildBrief()(story, articles);
  assert.ok(out.some((s) => s.text.endsWith('“We will find out what went wrong.”')), out.map((s) => s.text).join('\n'));
});

test('should read single-source facts after who said what, not among what happened', () => {
  const single = brief.findIndex((s) => s.text.includes('safety inspection'));
  const quote = brief.findIndex((s) => s.text.includes('We will find out'));
  assert.ok(single > quote, brief.map((s) => s.text).join('\n'));
});

test('should cite a quote only where its words appear, whatever the story groups with it', () => {
  const story = ferryStory(articles);
  const [harbor, , , ledger] = articles;
  story.quotes[1]!.citations.push({ article: harbor!.id, start: 0, end: 40 }, { article: ledger!.id, start: 0, end: 40 });
  const out = buildBrief()(story, articles);
  const crew = out.find((s) => s.text.includes('The crew acted quickly'))!;
  assert.deepEqual(crew.citations.map((c) => c.article), ['north-3']);
  assert.match(crew.text, /^According to North Wire/);
});
