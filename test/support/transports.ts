// The transports the client test suite runs against: every behaviour must hold on each.
import type { OmiseClientOptions } from '../../src/index.js';

export interface TransportCase {
  name: string;
  fetch: OmiseClientOptions['fetch'];
}

export const transports: TransportCase[] = [{ name: 'global fetch', fetch: undefined }];
