// The client a command runs with: the real API with OMISE_SECRET_KEY, or --mock, the partner mock's
// engine in-process (omise-openapi/testing), with no port and no key needed.
import { createOmiseClient, type OmiseClient } from '../index.node.js';
import { MOCK_SECRET_KEY } from '../testing/fixtures.js';
import { createMockTransport } from '../testing/mock-transport.js';
import { checkKeyVariable, clientOptions, type GlobalOptions } from './flags.js';

export async function withClient<T>(globals: GlobalOptions, use: (omise: OmiseClient) => Promise<T>): Promise<T> {
  const options = clientOptions(globals);
  if (globals.mock) return use(createOmiseClient({ ...options, secretKey: MOCK_SECRET_KEY, transport: createMockTransport() }));
  checkKeyVariable();
  return use(createOmiseClient(options));
}
