/** `concord story ID`: one stored story with its facts, quotes, lineage and brief, as Markdown, JSON or HTML. */
import { EngineError } from '../../core/index.js';
import { loadStoreStages, openStoreAt, STORE_CLI_OPTIONS, STORE_CLI_USAGE, storeLocationFrom, storyResult } from '../../engine/index.js';
import type { Command } from '../command.js';

/** Formats `--format` accepts. */
const FORMATS = ['md', 'json', 'html'] as const;

/** The `story` command. */
export const command: Command = {
  name: 'story',
  summary: 'Show one stored story (Markdown, JSON or HTML)',
  usage: `Usage: concord story ID [OPTIONS]

Options:
${STORE_CLI_USAGE}
  --format md|json|html  output format (default md)
`,
  options: { ...STORE_CLI_OPTIONS, format: { type: 'string' } },
  async run(args, io) {
    const [id, ...extra] = args.positionals;
    if (id === undefined || extra.length > 0) throw new EngineError('E_USAGE', 'give exactly one story id (list them with `concord stories`)');
    const format = typeof args.values.format === 'string' ? args.values.format : 'md';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new EngineError('E_BAD_OPTION', `--format must be one of ${FORMATS.join(', ')}, got \`${format}\``, { subject: 'format' });
    }
    const store = await openStoreAt(storeLocationFrom(args.values, io.env, io.cwd));
    try {
      const result = await storyResult(store, id);
      const stages = await loadStoreStages();
      const out = format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : format === 'html' ? stages.renderHtml(result) : stages.renderMarkdown(result);
      io.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
