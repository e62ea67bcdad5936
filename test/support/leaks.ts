// Where a secret key could leak from a value: its message, stack, JSON, util.inspect (with hidden
// properties and getters) and its cause. One definition, used by every test that looks for the key.
import { inspect } from 'node:util';

function leakForms(value: unknown): string[] {
  const out = [inspect(value, { depth: 10, showHidden: true, getters: true }), JSON.stringify(value) ?? '', String(value)];
  if (value instanceof Error) out.push(value.message, value.stack ?? '', inspect(value.cause, { depth: 10 }));
  return out;
}

/** The key, its Basic encoding and a recognisable fragment of it: any of them found is a leak. */
export function keyNeedles(key: string, fragment: string): string[] {
  return [key, fragment, btoa(`${key}:`)];
}

/** The first needle found in any form of the value, or undefined. */
export function findLeak(value: unknown, needles: string[]): string | undefined {
  for (const form of leakForms(value)) for (const needle of needles) if (form.includes(needle)) return needle;
  return undefined;
}
