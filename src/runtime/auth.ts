// The secret key: checked once, turned into the Authorization header once, and kept only inside
// that header value and the redaction that removes it from server text. Nothing else holds the key.
import { OmiseConfigurationError } from './errors.js';
import { redactorFor, type Redact } from './redact.js';

export type KeyMode = 'test' | 'live';

// Omise secret keys are skey_ or skey_test_ followed by letters and digits.
const SECRET_KEY = /^skey_(test_)?[0-9A-Za-z_]+$/;

/** The mode of a well-formed secret key, or undefined for anything else: the one rule, shared with the mock. */
export function secretKeyMode(key: string): KeyMode | undefined {
  if (!SECRET_KEY.test(key)) return undefined;
  return key.startsWith('skey_test_') ? 'test' : 'live';
}

export interface Credentials {
  authorization: string;
  mode: KeyMode;
  /** Removes the key, in every form a server could echo it, from a text (src/runtime/redact.ts). */
  redact: Redact;
}

// Read lazily, at client creation, from the runtime's own `process` (Node, Bun, Deno, edge runtimes
// that have one); browsers have none. A `process` a bundler injects into a module is not read: a
// secret key has no place in a browser bundle.
function envSecretKey(): string | undefined {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } | null }).process?.env?.OMISE_SECRET_KEY;
}

// Messages describe the key's shape, never its characters.
export function credentialsFrom(givenKey: string | undefined): Credentials {
  const secretKey = givenKey ?? envSecretKey();
  if (secretKey === undefined || secretKey === '') {
    throw new OmiseConfigurationError(
      'No secret key: pass secretKey to createOmiseClient or set the OMISE_SECRET_KEY environment variable.',
      'secretKey',
    );
  }
  if (typeof secretKey !== 'string') {
    throw new OmiseConfigurationError('secretKey must be a string.', 'secretKey');
  }
  if (secretKey.startsWith('pkey_')) {
    throw new OmiseConfigurationError(
      'A public key (pkey_...) was given: public keys cannot call this API; use the secret key (skey_...).',
      'secretKey',
    );
  }
  if (/\s/.test(secretKey)) {
    throw new OmiseConfigurationError(
      'The secret key contains whitespace or a line break; copy it again without spaces or newlines.',
      'secretKey',
    );
  }
  const mode = secretKeyMode(secretKey);
  if (mode === undefined) {
    throw new OmiseConfigurationError(
      'The secret key is malformed: Omise secret keys look like skey_test_... (test mode) or skey_... (live), letters and digits only.',
      'secretKey',
    );
  }
  return {
    // HTTP Basic: the key as user name, an empty password. btoa keeps this free of Node-only APIs.
    authorization: `Basic ${btoa(`${secretKey}:`)}`,
    mode,
    redact: redactorFor(secretKey),
  };
}
