// The library speaks to programs (timeoutMs, pageSize, "pass secretKey to createOmiseClient"); the
// command line's user typed flags and set OMISE_SECRET_KEY. Here, once: which flag sets which
// client option, and the client's complaints put back in the words of the command line.
import { OmiseConfigurationError, OmiseValidationError } from '../runtime/errors.js';
import type { OmiseClientOptions } from '../runtime/options.js';

/** The program's own options (before the command), as commander names them. */
export interface GlobalOptions {
  baseUrl?: string;
  mock?: boolean;
  timeout?: number;
  maxRetries?: number;
}

export function clientOptions(globals: GlobalOptions): OmiseClientOptions {
  const options: OmiseClientOptions = {};
  if (globals.baseUrl !== undefined) options.baseUrl = globals.baseUrl;
  if (globals.timeout !== undefined) options.timeoutMs = globals.timeout;
  if (globals.maxRetries !== undefined) options.maxRetries = globals.maxRetries;
  return options;
}

// The library's name of a client option, and the flag that gives it.
const GLOBAL_FLAGS: ReadonlyMap<string, string> = new Map([
  ['baseUrl', '--base-url'],
  ['timeoutMs', '--timeout'],
  ['maxRetries', '--max-retries'],
]);

/**
 * The client refused a value a flag gave (the client's checks and limits stay the one place they
 * are written): the same message with the flag's name, as a usage error (exit 2), since the
 * command needs fixing, not the key. `flags` are the running command's: the library's name of each
 * (`limit`, `pageSize`) and its flag. Any other error is returned as it is.
 */
export function inFlagTerms(error: unknown, flags: ReadonlyMap<string, string> = new Map()): unknown {
  const name = error instanceof OmiseConfigurationError ? error.option : error instanceof OmiseValidationError ? error.param : undefined;
  const flag = name === undefined ? undefined : (flags.get(name) ?? GLOBAL_FLAGS.get(name));
  if (name === undefined || flag === undefined || !(error instanceof Error)) return error;
  // A camelCase name is the option wherever it stands ("baseUrl uses plain http"); a plain word
  // (from, to, limit) is the parameter only where the message starts with it ("limit must be ...").
  const where = new RegExp(/[A-Z]/.test(name) ? `\\b${name}\\b` : `^${name}\\b`, 'g');
  return new OmiseValidationError(flag, error.message.replace(where, flag));
}

/**
 * The key comes from OMISE_SECRET_KEY only, so a missing or public key is told in those terms (the
 * client would say "pass secretKey to createOmiseClient"). Still exit 3, as for any key problem;
 * a malformed key gets the client's own message, which describes the key and not where it came from.
 */
export function checkKeyVariable(): void {
  const key = process.env.OMISE_SECRET_KEY;
  if (key === undefined || key === '') {
    throw new OmiseConfigurationError(
      'No secret key: set OMISE_SECRET_KEY to your secret key (skey_test_... for test mode, skey_... for live), or try the commands with --mock.',
      'secretKey',
    );
  }
  if (key.startsWith('pkey_')) {
    throw new OmiseConfigurationError(
      'OMISE_SECRET_KEY holds a public key (pkey_...): public keys cannot call this API; set OMISE_SECRET_KEY to the secret key (skey_...).',
      'secretKey',
    );
  }
}
