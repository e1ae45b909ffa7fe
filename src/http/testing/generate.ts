/** Generates a large invented corpus for benchmarks: stories of several outlets' articles with quotes and numbers. */
import type { Article } from '../../core/index.js';
import { sampleArticle } from './build.js';

const PLACES = ['Brackwater', 'Oakridge', 'Fenmouth', 'Harrowgate', 'Lindenford', 'Marlow Cross', 'Eastholm', 'Quarry Bay', 'Silverdale', 'Thornbury', 'Westerly', 'Ashcombe'];
const PEOPLE = ['Elena Marsh', 'Tomas Brandt', 'Ilse Varga', 'Omar Haddad', 'Priya Natarajan', 'Jonas Keller', 'Mei Lin Zhou', 'Rafael Ortega', 'Greta Holm', 'Samuel Okafor'];
const OUTLETS = ['Coastal Herald', 'Daily Ledger', 'Lantern Wire', 'Morning Post', 'Valley Times', 'Civic Radio', 'Northern Mail', 'Harbour Gazette'];
const EVENTS = [
  ['a fire broke out at a warehouse', 'firefighters', 'The warehouse fire'],
  ['the river burst its banks', 'rescue teams', 'The flooding'],
  ['bus drivers went on strike', 'union officials', 'The strike'],
  ['a bridge was closed after an inspection', 'engineers', 'The bridge closure'],
  ['the council approved a new budget', 'councillors', 'The budget vote'],
  ['a power cut hit the old town', 'utility crews', 'The power cut'],
];

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` articles in stories of `perStory` articles (different outlets, same event, reworded), deterministic for a seed. */
export function generateArticles(count: number, perStory = 5, seed = 7): Article[] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const out: Article[] = [];
  for (let s = 0; out.length < count; s++) {
    const place = `${pick(PLACES)} ${['North', 'South', 'Upper', 'Lower', 'New', 'Old'][s % 6]} ${s}`;
    const person = pick(PEOPLE);
    const [event, crew, name] = EVENTS[s % EVENTS.length]!;
    const n = 2 + Math.floor(next() * 9);
    const base = Date.UTC(2025, 0, 1) + s * 3_600_000 * 3;
    for (let k = 0; k < perStory && out.length < count; k++) {
      const outlet = OUTLETS[(s + k) % OUTLETS.length]!;
      const hurt = k === perStory - 1 && s % 4 === 0 ? n + 1 : n;
      const title = `${name} in ${place}: ${k % 2 ? 'what we know' : 'officials respond'}`;
      const text = `${title}\n\nIn ${place} on Tuesday, ${event}, officials said. ${hurt} people were taken to hospital, according to ${crew}. `
        + `"We are doing everything we can to keep residents safe," ${person} told ${OUTLETS[s % OUTLETS.length]}. `
        + `${crew[0]!.toUpperCase()}${crew.slice(1)} worked through the night and the area around ${place} stayed closed until the evening.\n\n`
        + `${k % 3 === 0 ? `Residents of ${place} described long queues and uncertainty. ` : ''}${name} is the ${1 + (s % 5)}th such incident this year, the ${outlet} reported. `
        + `A spokesperson for the council said a full review would follow and that ${person} would brief reporters again on Friday.`;
      out.push(sampleArticle(`bench-${s}-${k}`, outlet, title, new Date(base + k * 1_800_000).toISOString(), text));
    }
  }
  return out;
}
