// Public exports on Node: the same as src/index.ts, with the createOmiseClient whose default
// transport is the Node one (a local export takes precedence over the star export).
export * from './index.js';
export { createOmiseClient } from './client.node.js';
