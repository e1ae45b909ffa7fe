/** `concord stories`: lists the stored stories, biggest first. */
import { listStories } from '../../store/index.js';
import { intOption } from '../args.js';
import { openStoreAt, STORE_CLI_OPTIONS, STORE_CLI_USAGE, storeLocationFrom } from '../../engine/index.js';
import type { Command } from '../command.js';

/** The `stories` command. */
export const command: Command = {
  name: 'stories',
  summary: 'List the stories in the store',
  usage: `Usage: concord stories [OPTIONS]

Options:
${STORE_CLI_USAGE}
  --json                print a JSON array
  --limit N             show at most N stories
`,
  options: { ...STORE_CLI_OPTIONS, json: { type: 'boolean' }, limit: { type: 'string' } },
  async run(args, io) {
    const limit = intOption(args, 'limit', 1_000_000, 1);
    const store = await openStoreAt(storeLocationFrom(args.values, io.env, io.cwd));
    try {
      const stories = await listStories(store.pool, { limit });
      if (args.values.json === true) {
        io.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
        return 0;
      }
      if (stories.length === 0) {
        io.stdout.write(`no stories yet in ${store.location} (add articles with \`concord ingest\`)\n`);
        return 0;
      }
      const width = Math.max(...stories.map((s) => s.id.length));
      for (const s of stories) {
        const outlets = s.outlets.length ? `  [${s.outlets.join(', ')}]` : '';
        io.stdout.write(`${s.id.padEnd(width)}  ${String(s.articleCount).padStart(4)} article${s.articleCount === 1 ? ' ' : 's'}  ${s.title}${outlets}\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
