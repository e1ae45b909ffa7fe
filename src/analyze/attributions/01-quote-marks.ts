/** Finds quotations: paired quote marks (“…”, "…", ''…''), a quote left open at a paragraph end closing there. */
import type { Token } from '../sentences/index.js';

/** One quotation: the marks' span [start, end) and the words inside [innerStart, innerEnd). */
export interface Quotation {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** False when the closing mark is missing (a quote running on into the next paragraph). */
  closed: boolean;
}

const MARK = /“|”|„|"|''|«|»/gu;

/** Lists quotations in text order; nested single quotes are part of their outer quotation. */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let open = -1;
  let openLength = 0;
  let paragraphEnd = nextBreak(text, 0);
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const at = m.index;
    while (at > paragraphEnd) {
      if (open >= 0) out.push({ start: open, end: paragraphEnd, innerStart: open + openLength, innerEnd: trimEnd(text, paragraphEnd), closed: false });
      open = -1;
      paragraphEnd = nextBreak(text, paragraphEnd + 1);
    }
    const mark = m[0];
    const opening = mark === '“' || mark === '„' || mark === '«' || ((mark === '"' || mark === "''") && open < 0);
    if (opening && open < 0) { open = at; openLength = mark.length; continue; }
    if (opening && open >= 0 && (mark === '“' || mark === '„' || mark === '«')) continue; // stray nested opener: keep the outer quote
    if (open >= 0) {
      out.push({ start: open, end: at + mark.length, innerStart: open + openLength, innerEnd: at, closed: true });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: paragraphEnd, innerStart: open + openLength, innerEnd: trimEnd(text, paragraphEnd), closed: false });
  return out;
}

function nextBreak(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/u.test(text[e - 1]!)) e--;
  return e;
}

/** For each token, the index of the quotation it lies in (marks included), or -1. */
export function quotationOfTokens(tokens: Token[], quotations: Quotation[]): Int32Array {
  const of = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (q < quotations.length && quotations[q]!.end <= t.start) q++;
    const quote = quotations[q];
    if (quote && t.start >= quote.start && t.start < quote.end) of[i] = q;
  }
  return of;
}
