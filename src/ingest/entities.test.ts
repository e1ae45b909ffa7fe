import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities } from './entities.js';

test('should decode numeric and common named references and leave unknown names alone', () => {
  assert.equal(decodeEntities('Review &#8211; shoots &amp; scores'), 'Review – shoots & scores');
  assert.equal(decodeEntities('Caf&eacute; &#x263A; &hellip;'), 'Café ☺ …');
  assert.equal(decodeEntities('&notanentity; stays'), '&notanentity; stays');
  assert.equal(decodeEntities('no references'), 'no references');
});
