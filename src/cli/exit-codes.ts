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
} from '../runtime/errors.js';
import { printable } from '../runtime/printable.js';

export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  auth: 3,
  notFound: 4,
  unavailable: 5,
  partial: 6,
} as const;

// What each code means to whoever runs the command; the help's "Exit codes" section is made from it,
// and the Record type makes a new code without a meaning a compile error.
const MEANING: Record<keyof typeof EXIT, string> = {
  ok: 'done; also when the reader stopped early (`| head -1`)',
  failure: 'any other failure: an invalid response body, an unexpected status',
  usage: 'wrong arguments: unknown or conflicting options, a bad id, date or value',
  auth: 'no key, a public key, or the key refused (401): fix OMISE_SECRET_KEY',
  notFound: 'not found (404): the id does not exist for this key',
  unavailable: '5xx, 429, timeout or network failure after the retries: try later',
  partial: 'a batch (retrieve-many, transactions): some ids failed; their rows say why (status column)',
};

export function exitCodesHelp(): string {
  const names = Object.keys(EXIT) as Array<keyof typeof EXIT>;
  return `\nExit codes:\n${names.map((name) => `  ${String(EXIT[name]).padEnd(3)}${MEANING[name]}`).join('\n')}\n`;
}

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
  return printable(`omise-openapi: ${what} failed${code}: ${message}`.replace(/\s*[\r\n]+\s*/g, ' '));
}
