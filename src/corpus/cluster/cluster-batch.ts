/** Clusters a whole batch in one call: the online clusterer over the docs in the order given, then one refine pass. */
import type { ClusterDoc, ClusterOptions } from './types.js';
import { createClusterer } from './clusterer.js';

/** Story id per doc, in input order (docs with equal ids are separate docs); with the whole batch seen, articles that fit another story better move there once. */
export function clusterBatch(docs: ClusterDoc[], options: Partial<ClusterOptions> = {}): string[] {
  const clusterer = createClusterer(options);
  for (const doc of docs) clusterer.add(doc);
  clusterer.refine();
  return clusterer.labels();
}
