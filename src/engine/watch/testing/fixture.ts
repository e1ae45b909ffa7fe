/**
 * Articles for watch tests: the project's demo corpus (examples/demo/demo.jsonl) when present, else a small
 * invented multi-outlet set (two events in a made-up town). Returned oldest first, as JSONL records.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One JSONL record. */
export interface FixtureRecord { id: string; outlet: string; title: string; published: string; text: string }

/** The demo corpus path (from dist/src/engine/watch/testing up to the repository root). */
export const DEMO_PATH = fileURLToPath(new URL('../../../../../examples/demo/demo.jsonl', import.meta.url));

/** Invented articles: a dam inspection story told by three outlets and a market story told by two. */
export function inventedRecords(): FixtureRecord[] {
  const r = (id: string, outlet: string, published: string, title: string, text: string): FixtureRecord => ({ id, outlet, published, title, text });
  return [
    r('ledger-dam', 'Morning Ledger', '2026-04-02T07:00:00Z', 'Inspectors find cracks in Orrin Valley dam',
      'Inspectors found three cracks in the Orrin Valley dam on Wednesday, the regional water board said.\n\n"The dam is safe for now, but repairs cannot wait," board chair Hedda Voss told the Morning Ledger.\n\nAbout 4,000 residents live below the dam.'),
    r('courier-dam', 'Valley Courier', '2026-04-02T09:30:00Z', 'Cracks found in Orrin Valley dam',
      'The regional water board said on Wednesday that inspectors found three cracks in the Orrin Valley dam.\n\n"The dam is safe for now, but repairs cannot wait," said Hedda Voss, who chairs the board.\n\nRepairs will start in May and cost 2 million euros, the board said.'),
    r('post-dam', 'Harbour Post', '2026-04-02T11:15:00Z', 'Orrin Valley dam needs urgent repairs',
      'Two cracks were found in the Orrin Valley dam during an inspection on Wednesday, according to local officials.\n\nHedda Voss, chair of the regional water board, said repairs would start in May.\n\nAbout 4,000 residents live below the dam.'),
    r('ledger-market', 'Morning Ledger', '2026-04-03T08:00:00Z', 'Orrin night market to reopen in June',
      'The Orrin night market will reopen on the old quay in June, the town council decided on Thursday.\n\nThe market closed two years ago after a fire destroyed 30 stalls.\n\n"People have missed it," councillor Bram Aldous said.'),
    r('courier-market', 'Valley Courier', '2026-04-03T10:45:00Z', 'Night market returns to Orrin quay',
      'Orrin town council voted on Thursday to reopen the night market on the old quay in June.\n\nA fire destroyed 30 stalls two years ago and the market has been closed since.\n\n"People have missed it," said councillor Bram Aldous.'),
  ];
}

/** The demo records when the demo corpus exists, else the invented ones; oldest first. */
export function fixtureRecords(): { records: FixtureRecord[]; from: 'demo' | 'invented' } {
  if (existsSync(DEMO_PATH)) {
    const records = readFileSync(DEMO_PATH, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as FixtureRecord);
    if (records.length > 1) return { records: records.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '')), from: 'demo' };
  }
  return { records: inventedRecords(), from: 'invented' };
}
