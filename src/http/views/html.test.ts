import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, href, html, raw } from './html.js';

test('should escape markup, quotes and backticks in interpolated text', () => {
  const out = html`<p title="${'"><script>x</script>'}">${"<img src=x onerror='y'>`"}</p>`.__html;
  assert.equal(out, '<p title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">&lt;img src=x onerror=&#39;y&#39;&gt;&#96;</p>');
});

test('should keep nested html and arrays of it as markup, and drop null, undefined and false', () => {
  const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
  assert.equal(html`<ul>${items}${null}${undefined}${false}</ul>`.__html, '<ul><li>a&lt;b</li><li>c</li></ul>');
  assert.equal(html`${raw('<br>')}${0}`.__html, '<br>0');
});

test('should escape every special character exactly once', () => {
  assert.equal(escapeHtml('&amp;<>'), '&amp;amp;&lt;&gt;');
});

test('should build query strings without empty parameters and with encoded values', () => {
  assert.equal(href('/', { q: 'a&b c', person: '', place: null }), '/?q=a%26b+c');
  assert.equal(href('/x'), '/x');
});
