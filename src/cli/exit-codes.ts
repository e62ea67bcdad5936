// The CLI's exit codes: one per kind of failure a script or an operator reacts to differently.
import {
  OmiseApiError,
  OmiseAuthenticationError,
  OmiseBadRequestError,
  OmiseConfigurationError,
  OmiseConnectionError,
  OmiseNotFoundError,
  OmiseRateLimitError,
  OmiseServerError,
  OmiseTimeoutError,
  OmiseValidationError,
} from '../errors.js';

export const EXIT = {
  ok: 0,
  /** Anything not listed below (an invalid response body, an unexpected status). */
  failure: 1,
  /** Wrong arguments: unknown option, malformed id, limit out of range. Fix the command. */
  usage: 2,
  /** No key, a public key, or the API refused the key (401). Fix the key. */
  auth: 3,
  /** 404: the id does not exist for this key. */
  notFound: 4,
  /** 5xx, 429, timeout or network failure after the retries. Try again later. */
  unavailable: 5,
  /** transactions: done, but some ids failed; their rows say why (status column). */
  partial: 6,
} as const;

export function exitCodeFor(error: unknown): number {
  if (error instanceof OmiseValidationError || error instanceof OmiseBadRequestError) return EXIT.usage;
  if (error instanceof OmiseConfigurationError || error instanceof OmiseAuthenticationError) return EXIT.auth;
  if (error instanceof OmiseNotFoundError) return EXIT.notFound;
  if (
    error instanceof OmiseServerError ||
    error instanceof OmiseRateLimitError ||
    error instanceof OmiseTimeoutError ||
    error instanceof OmiseConnectionError
  ) {
    return EXIT.unavailable;
  }
  return EXIT.failure;
}

/** One line for stderr: what failed, Omise's code, what to check (the messages carry the advice). */
export function errorLine(what: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof OmiseApiError ? ` [${error.code}]` : '';
  return `omise-openapi: ${what} failed${code}: ${message}`.replace(/\s*[\r\n]+\s*/g, ' ');
}
