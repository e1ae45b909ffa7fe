/** Shapes shared by the readers: text blocks, reading options and the metadata a reader finds. */
import type { Diagnostic } from '../core/index.js';

/** What a block of body text is: a paragraph, a section heading, a list item or a quotation. */
export type BlockKind = 'paragraph' | 'heading' | 'item' | 'quote';

/** One block of body text, before it is joined into an article's `text`. */
export interface Block {
  kind: BlockKind;
  text: string;
}

/** Options for `readSources`. */
export interface ReadOptions {
  /** Outlet name forced on every article (`--outlet`). */
  outlet?: string;
  /** Bytes of standard input, read when an input is `-`. */
  stdin?: Uint8Array;
  /** Fetch the page of a feed item that carries only a summary (default true). */
  fetchPages?: boolean;
  /** Feed item pages fetched at once (default 4). */
  fetchConcurrency?: number;
}

/** Metadata a reader found; every field may be missing. */
export interface FoundMeta {
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
  published?: string | null;
  url?: string | null;
  /** Language declared by the source (`<html lang>`, feed `<language>`), lower-case. */
  declaredLanguage?: string | null;
  dateline?: string | null;
}

/** What a reader produced for one document: blocks of body text, metadata, problems. */
export interface Extracted {
  blocks: Block[];
  meta: FoundMeta;
  diagnostics: Diagnostic[];
}
