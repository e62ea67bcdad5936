// createNodeTransport checks its options when it is created: a value undici refuses would otherwise
// fail every call later, and only as a connection error after the retries.
import { expect, it } from 'vitest';
import { OmiseConfigurationError } from '../src/index.node.js';
import { createNodeTransport } from '../src/node.js';

it.each([
  [{ maxSockets: 0 }, 'maxSockets'],
  [{ maxSockets: -1 }, 'maxSockets'],
  [{ maxSockets: 2.5 }, 'maxSockets'],
  [{ maxSockets: '8' as unknown as number }, 'maxSockets'],
  [{ maxSockets: 1025 }, 'maxSockets'],
  [{ keepAliveTimeoutMs: -5 }, 'keepAliveTimeoutMs'],
  [{ keepAliveTimeoutMs: 0 }, 'keepAliveTimeoutMs'],
])('%o is an OmiseConfigurationError naming %s', (options, option) => {
  const error = (() => {
    try {
      createNodeTransport(options);
    } catch (e) {
      return e;
    }
    return undefined;
  })();
  expect(error).toBeInstanceOf(OmiseConfigurationError);
  expect((error as OmiseConfigurationError).option).toBe(option);
  expect((error as Error).message).toMatch(new RegExp(`^${option} must be a whole number from 1 to `));
});

it('the bounds themselves are accepted', async () => {
  for (const options of [{ maxSockets: 1, keepAliveTimeoutMs: 1 }, { maxSockets: 1024, keepAliveTimeoutMs: 600_000 }]) {
    await createNodeTransport(options).close?.();
  }
});
