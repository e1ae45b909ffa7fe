/** `npm run bench`: measures speed and memory and rewrites BENCHMARKS.md, one section per stage. */
import { runSections } from '../eval/lib/runner.js';

const HEADER = `# Benchmarks

Speed and memory measured by \`npm run bench\` (\`npm run bench -- --only NAME\` reruns one section) on the
project's 2-core machine. Figures are medians of repeated runs, with ratios to a baseline run in the same process.`;

/** Sections in the order they are run and shown. */
const SECTIONS = ['extraction', 'analysis', 'store', 'clustering', 'brief', 'incremental', 'http', 'watch', 'robustness'];

process.exitCode = await runSections(import.meta.url, 'BENCHMARKS.md', HEADER, SECTIONS, process.argv.slice(2));
