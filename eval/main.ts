/** `npm run eval`: measures quality on ../shared/data and rewrites EVALUATION.md, one section per task. */
import { runSections } from './lib/runner.js';

const HEADER = `# Evaluation

Quality measured on the labelled data in \`../shared/data\` by \`npm run eval\` (one section per task;
\`npm run eval -- --only NAME\` reruns one). Each section names the command and the data it used.`;

/** Sections in the order they are run and shown. */
const SECTIONS = ['extraction', 'quotes', 'clustering', 'pairs', 'seeds', 'mds'];

process.exitCode = await runSections(import.meta.url, 'EVALUATION.md', HEADER, SECTIONS, process.argv.slice(2));
