/** The page shell: head, header and navigation; the only script is /assets/app.js, loaded from 'self'. */
import { html, raw, type SafeHtml } from './html.js';

/** What a page puts into the shell. */
export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** Marks the current navigation entry. */
  section?: 'stories' | 'ingest';
  /** Tells the client script that write requests need a token. */
  tokenRequired?: boolean;
  /** When live events are served: the last event number the page already reflects (the client resumes after it). */
  live?: number | null;
}

/** Formats an ISO time as "4 Mar 2026, 08:10 UTC" (server-side, stable across clients). */
export function formatTime(iso: string | null): string {
  if (!iso) return 'undated';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** Renders a whole HTML document. */
export function page(options: PageOptions): string {
  const current = (name: string) => (options.section === name ? raw(' aria-current="page"') : null);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Concord</title>
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body data-token-required="${options.tokenRequired ? '1' : '0'}" data-live="${typeof options.live === 'number' ? '1' : '0'}" data-live-since="${options.live ?? 0}">
<header class="top">
  <a class="brand" href="/">Concord</a>
  <nav>
    <a href="/"${current('stories')}>Stories</a>
    <a href="/ingest"${current('ingest')}>Add articles</a>
    <a href="/openapi.json">API</a>
  </nav>
</header>
<main>
${options.body}
</main>
</body>
</html>`.__html;
}
