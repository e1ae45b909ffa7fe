/** Runs report sections by name: each is a module exporting `run(options)`; a section not built yet is skipped. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSection, type ReportSection } from './report.js';

/** Options every section receives: the raw argv after the script, for section-specific flags. */
export interface SectionOptions {
  argv: string[];
  /** Smaller, faster runs (`--quick`). */
  quick: boolean;
}

/** A section module's shape. */
export interface SectionModule {
  run(options: SectionOptions): Promise<ReportSection | null>;
}

/** Runs the named sections found beside `mainUrl` and writes each to `file` as it completes. */
export async function runSections(mainUrl: string, file: string, header: string, names: string[], argv: string[]): Promise<number> {
  const only = valueOf(argv, '--only')?.split(',');
  const quick = argv.includes('--quick');
  const chosen = only ?? names;
  let failed = 0;
  for (const name of chosen) {
    const path = join(dirname(fileURLToPath(mainUrl)), `${name}.js`);
    if (!existsSync(path)) {
      console.log(`[${name}] skipped: not built yet`);
      continue;
    }
    const started = Date.now();
    console.log(`[${name}] running…`);
    try {
      const module = (await import(pathToFileURL(path).href)) as SectionModule;
      const section = await module.run({ argv, quick });
      if (section === null) {
        console.log(`[${name}] skipped`);
        continue;
      }
      writeSection(file, header, name, section);
      console.log(`[${name}] done in ${((Date.now() - started) / 1000).toFixed(1)} s\n${section.markdown.trim()}\n`);
    } catch (error) {
      failed++;
      console.error(`[${name}] failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

/** The value after a flag (`--only a,b`), or undefined. */
export function valueOf(argv: string[], flag: string): string | undefined {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
}
