/** The ingest page: upload files or give URLs of pages or feeds; the client script shows progress and results. */
import type { IngestResult } from '../repository.js';
import { html, seg, type SafeHtml } from './html.js';

/** The upload form; it also works without script (posting to /ingest and waiting for the result). */
export function ingestPageView(options: { tokenRequired: boolean; maxBytes: number }): SafeHtml {
  return html`<h1>Add articles</h1>
<form id="ingest-form" class="ingest" method="post" action="/ingest" enctype="multipart/form-data">
  <label class="drop">Files <small>(text, HTML, RSS/Atom, JSONL; up to ${Math.round(options.maxBytes / 1024 / 1024)} MiB in all)</small>
    <input type="file" name="files" id="ingest-files" multiple accept=".txt,.text,.md,.html,.htm,.gz,.xml,.rss,.atom,.jsonl,.json">
  </label>
  <label>Page or feed URLs <small>(one a line)</small>
    <textarea name="urls" id="ingest-urls" rows="3" placeholder="https://example.org/news/feed.xml"></textarea>
  </label>
  <label>Outlet <small>(optional, when the files do not say)</small> <input type="text" name="outlet" id="ingest-outlet" maxlength="200"></label>
  ${options.tokenRequired ? html`<label>Token <small>(this server needs CONCORD_TOKEN for writes)</small> <input type="password" name="token" id="ingest-token" autocomplete="off"></label>` : null}
  <button type="submit" id="ingest-submit">Add</button>
</form>
<div id="ingest-status" class="ingest-status" hidden>
  <progress id="ingest-progress" max="100" value="0"></progress>
  <p id="ingest-message" role="status" aria-live="polite"></p>
</div>
<div id="ingest-result"></div>`;
}

/** What an ingest stored, as links (used without script and by the client as the same markup). */
export function ingestResultView(result: IngestResult): SafeHtml {
  return html`<div class="ingest-done">
<p>Stored ${result.articles.length} article${result.articles.length === 1 ? '' : 's'} in ${result.stories.length} stor${result.stories.length === 1 ? 'y' : 'ies'}.</p>
<ul>${result.stories.map((id) => html`<li><a href="/stories/${seg(id)}">story ${id}</a></li>`)}</ul>
<ul>${result.articles.map((id) => html`<li><a href="/articles/${seg(id)}">article ${id}</a></li>`)}</ul>
${result.diagnostics.length ? html`<details><summary>${result.diagnostics.length} notes</summary><ul>${result.diagnostics.map((d) => html`<li class="${d.severity}">${d.rule}: ${d.reason}</li>`)}</ul></details>` : null}
</div>`;
}

/** An error page body. */
export function errorView(status: number, code: string, message: string): SafeHtml {
  return html`<h1>${status === 404 ? 'Not found' : 'Something went wrong'}</h1><p class="error">${message}</p><p class="meta">${code} · HTTP ${status}</p><p><a href="/">Back to the stories</a></p>`;
}
