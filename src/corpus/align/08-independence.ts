/** Independent outlets: articles of one outlet, and near-duplicate copies count as one source. */
import type { Article } from '../../core/index.js';

/** Source group of each article (index → group number): same outlet name, or linked as copies. */
export function sourceGroups(articles: Article[], links: Array<{ from: string; to: string }>): number[] {
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const byOutlet = new Map<string, number>();
  articles.forEach((a, i) => {
    const outlet = a.outlet?.trim().toLowerCase();
    if (!outlet) return;
    const first = byOutlet.get(outlet);
    if (first === undefined) byOutlet.set(outlet, i);
    else parent[find(i)] = find(first);
  });
  for (const link of links) {
    const a = index.get(link.from); const b = index.get(link.to);
    if (a !== undefined && b !== undefined) parent[find(b)] = find(a);
  }
  return articles.map((_, i) => find(i));
}
