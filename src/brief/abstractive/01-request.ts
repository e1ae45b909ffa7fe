/** Asks an OpenAI-compatible chat endpoint (given by URL, reached through the Context) to rephrase cited facts. */
import { EngineError, type Context } from '../../core/index.js';

/** Options of the abstractive mode; it is off unless a URL is given. */
export interface AbstractiveOptions {
  /** Base URL of the server ("http://127.0.0.1:8080/v1") or its full chat-completions URL. */
  url: string;
  model?: string;
  timeoutMs?: number;
  /** Bearer token sent as Authorization, when the server wants one. */
  apiKey?: string;
}

/** One fact to rephrase: its number, the extractive sentence, and the source sentences behind it. */
export interface RephraseItem {
  id: number;
  text: string;
  sources: string[];
}

const SYSTEM = [
  'You rewrite news facts for a neutral brief.',
  'Rephrase each numbered fact as ONE clear, neutral sentence.',
  'Use only information stated in the fact and its sources: no new names, numbers, dates, causes or opinions.',
  'Keep every name and number exactly. Do not add quotation marks.',
  'Answer with a JSON array only: [{"id": 1, "text": "..."}, ...].',
].join(' ');

/** The chat-completions URL for a base URL. */
export function completionsUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new EngineError('E_BAD_URL', `\`${url}\` is not a valid model server URL`, { subject: url });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new EngineError('E_BAD_URL', `${url}: the model server must be http(s)`, { subject: url });
  const path = parsed.pathname.replace(/\/+$/, '');
  if (path.endsWith('/chat/completions')) return parsed.href;
  parsed.pathname = `${path.endsWith('/v1') ? path : `${path}/v1`}/chat/completions`;
  return parsed.href;
}

/** The request body: the system rule, then the facts with their sources. */
export function requestBody(items: RephraseItem[], model: string): string {
  const user = items.map((i) => `${i.id}. FACT: ${i.text}\n${i.sources.map((s) => `   SOURCE: ${s}`).join('\n')}`).join('\n\n');
  return JSON.stringify({ model, temperature: 0, messages: [{ role: 'system', content: SYSTEM }, { role: 'user', content: user }] });
}

/** Pulls `[{id, text}]` out of a model's answer (tolerates text around the JSON, or "1. sentence" lines). */
export function parseAnswer(content: string): Map<number, string> {
  const out = new Map<number, string>();
  const start = content.indexOf('[');
  const end = content.lastIndexOf(']');
  if (start >= 0 && end > start) {
    try {
      const items = JSON.parse(content.slice(start, end + 1)) as unknown;
      if (Array.isArray(items)) {
        for (const item of items) {
          const { id, text } = (item ?? {}) as { id?: unknown; text?: unknown };
          if (typeof id === 'number' && typeof text === 'string' && text.trim()) out.set(id, text.trim());
        }
        return out;
      }
    } catch { /* not JSON: fall through to numbered lines */ }
  }
  for (const m of content.matchAll(/^\s*(\d+)[.)]\s+(.+)$/gm)) out.set(Number(m[1]), m[2]!.trim());
  return out;
}

/** Sends the facts and returns the rephrasings by id; a failing server is an E_FETCH error. */
export async function requestRephrasings(items: RephraseItem[], options: AbstractiveOptions, ctx: Context): Promise<Map<number, string>> {
  const url = completionsUrl(options.url);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const response = await ctx.fetch(url, { method: 'POST', body: requestBody(items, options.model ?? 'default'), headers, timeoutMs: options.timeoutMs ?? 60_000, maxBytes: 4 * 1024 * 1024 });
  if (response.status < 200 || response.status >= 300) throw new EngineError('E_FETCH', `${url}: the model server answered ${response.status}`, { subject: url });
  let payload: { choices?: { message?: { content?: unknown } }[] };
  try {
    payload = JSON.parse(new TextDecoder().decode(response.body)) as typeof payload;
  } catch {
    throw new EngineError('E_FETCH', `${url}: the model server's answer is not JSON`, { subject: url });
  }
  const content = payload.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new EngineError('E_FETCH', `${url}: no choices[0].message.content in the answer`, { subject: url });
  return parseAnswer(content);
}
