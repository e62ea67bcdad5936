// A request's query read by the operation's rules (the same generated rules the client checks before
// sending): the values with their defaults, or the message of Omise's 400 naming the parameter.
import { parseDateTime } from '../runtime/formats.js';
import type { Operation, Rule } from '../operations/table.js';

/** Each parameter's value: integers as numbers, date-times as ms since the epoch, the rest as sent. */
export type QueryValues = Record<string, string | number | undefined>;

function read(name: string, raw: string, rule: Rule): string | number | { problem: string } {
  if (rule.type === 'integer') {
    const min = rule.minimum ?? 0;
    const max = rule.maximum ?? Number.MAX_SAFE_INTEGER;
    const value = /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN;
    if (value >= min && value <= max) return value;
    return { problem: rule.maximum === undefined ? `${name} must be an integer greater than or equal to ${min}` : `${name} must be an integer between ${min} and ${max}` };
  }
  if (rule.enum && !rule.enum.includes(raw)) return { problem: `${name} must be one of ${rule.enum.join(', ')}` };
  if (rule.format === 'date-time') {
    // The client's rule (src/runtime/formats.ts): what it refuses is a 400, what it takes gets an answer.
    const ms = parseDateTime(raw);
    return ms ?? { problem: `${name} must be a date and time in ISO 8601 format (RFC 3339: a time zone as Z or +hh:mm), e.g. 2024-01-31T23:59:59Z` };
  }
  if (rule.pattern !== undefined && !new RegExp(rule.pattern).test(raw)) return { problem: `${name} is invalid` };
  return raw;
}

/** The values of the operation's parameters (unknown names are ignored, as Omise does), or a problem. */
export function readQuery(operation: Operation, query: URLSearchParams): QueryValues | string {
  const values: QueryValues = {};
  for (const [name, rule] of Object.entries(operation.query)) {
    const raw = query.get(name);
    if (raw === null) {
      if (rule.required) return `${name} is required`;
      values[name] = rule.default;
      continue;
    }
    const value = read(name, raw, rule);
    if (typeof value === 'object') return value.problem;
    values[name] = value;
  }
  return values;
}
