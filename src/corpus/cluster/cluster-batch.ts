/** Clusters a whole batch in one call: the online clusterer run over the docs in the order given. */
import type { ClusterDoc, ClusterOptions } from './types.js';
import { createClusterer } from './clusterer.js';

/** Story id per doc, in input order (docs with equal ids are separate docs). */
export function clusterBatch(docs: ClusterDoc[], options: Partial<ClusterOptions> = {}): string[] {
  const clusterer = createClusterer(options);
  for (const doc of docs) clusterer.add(doc);
  return clusterer.labels();
}
