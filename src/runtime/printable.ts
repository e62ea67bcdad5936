// Text from outside (a request, a server's answer, a cardholder's name) on its way to a log line or a
// terminal: the characters that could forge a line or command the terminal are made visible, and the
// length is bounded. One definition of those characters for the whole package (src/runtime/redact.ts
// flattens the same ones in errors).

/**
 * C0 controls (line breaks, ESC), DEL, C1 controls (0x9b is a one-byte CSI to many terminals), the
 * bidirectional controls that make a line read otherwise than it is (CVE-2021-42574), the line and
 * paragraph separators (a line break to many log tools), and the invisible zero-width space, word
 * joiner and byte order mark.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/;

const EVERY_CONTROL_CHARACTER = new RegExp(CONTROL_CHARACTER.source, 'g');

const escaped = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * The text with every control character shown as an escape (`\x1b`, `\u202e`), cut to `max`
 * characters: what came is still readable, and nothing in it acts on a terminal or a log.
 */
export function printable(text: string, max = Number.POSITIVE_INFINITY): string {
  const shown = text.replace(EVERY_CONTROL_CHARACTER, escaped);
  return shown.length > max ? `${shown.slice(0, max)}… [${shown.length - max} more characters cut]` : shown;
}

/**
 * JSON as JSON.stringify writes it, with the control characters it leaves raw (DEL, C1, bidi) written
 * as \u escapes: the same value to a parser, and nothing that acts on a terminal.
 */
export function jsonText(value: unknown, space?: number): string {
  // JSON.stringify escapes C0 characters inside strings; a raw line break is its own indentation.
  return JSON.stringify(value, null, space).replace(EVERY_CONTROL_CHARACTER, (c) => (c === '\n' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
