// omise-openapi/node: the Node transport, for callers who want to set its socket limit or share it.
export { createNodeTransport, type NodeTransport, type NodeTransportOptions } from './node/node-transport.js';
export type { CaOption } from './node/node-dispatcher.js';
export type { Transport, TransportRequest, TransportResponse } from './runtime/transport.js';
