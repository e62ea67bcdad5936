// The public types: those generated from openapi.yaml (one per schema, the resources, each
// operation's parameters), and the options every method takes.
export type * from '../generated/public-types.js';
export type { RequestOptions, RetrieveManyOptions } from './operations/call-options.js';
