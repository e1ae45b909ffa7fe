/** Per-sentence values computed once and reused across the pairs a sentence takes part in. */
import type { Token } from './01-tokenize.js';

const memo = new WeakMap<Token[], Map<string, unknown>>();

/** Memoizes `make(tokens)` under `name` for one token array (a WeakMap: freed with the tokens). */
export function cached<T>(tokens: Token[], name: string, make: (tokens: Token[]) => T): T {
  let slot = memo.get(tokens);
  if (slot === undefined) memo.set(tokens, (slot = new Map()));
  if (!slot.has(name)) slot.set(name, make(tokens));
  return slot.get(name) as T;
}
