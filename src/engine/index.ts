/** The composition root: the only module that knows every step and the store. */
export { nodeContext, DEFAULT_MAX_FILE_BYTES } from './node-context.js';
export type { NodeContextOptions } from './node-context.js';
export { safeFetch, checkUrl, isPrivateAddress } from './safe-fetch.js';
