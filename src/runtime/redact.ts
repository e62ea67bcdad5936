// Server-provided text made safe to log, in one place: control characters out (no forged log lines,
// no terminal escapes), the secret key and its Basic base64 form out (a server may echo them), and a
// bounded length (a 10 MB message stays out of error.message).

import { CONTROL_CHARACTER } from './printable.js';

/** Replaces every form of the secret key a text may carry; made by auth.ts, which alone holds the key. */
export type Redact = (text: string) => string;

const REDACTED = '[REDACTED]';

/** Server text in an error is cut to this many characters. */
const MAX_SERVER_TEXT = 1000;

// Runs of control characters (src/runtime/printable.ts has which) read as one space.
const CONTROL_RUNS = new RegExp(`(?:${CONTROL_CHARACTER.source})+`, 'g');

export function redactorFor(secretKey: string): Redact {
  // Any base64 encoding of a text that starts with the key (the Basic credentials "key:") starts with
  // the groups that encode the key's first whole 3-byte blocks; the token is removed from there on.
  const b64 = btoa(secretKey).slice(0, Math.floor(secretKey.length / 3) * 4);
  const token = (prefix: string): string => `${prefix.replace(/[+/=]/g, '\\$&')}[A-Za-z0-9+/_-]*=*`;
  const pattern = new RegExp(`${secretKey}|${token(b64)}|${token(b64.replace(/\+/g, '-').replace(/\//g, '_'))}`, 'gi');
  return (text) => text.replace(pattern, REDACTED);
}

/** Server text as it may appear in an error, a hook payload or a log line. */
export function cleanText(text: string, redact: Redact, max: number = MAX_SERVER_TEXT): string {
  const flat = redact(text.replace(CONTROL_RUNS, ' ')).trim();
  return flat.length > max ? `${flat.slice(0, max)}… [${flat.length - max} more characters cut]` : flat;
}
