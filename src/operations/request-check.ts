// Checks ids and query parameters before anything is sent, with each operation's rules as
// openapi.yaml writes them (generated/operations.ts), so the spec stays the one place they are written.
import type { KeyMode } from '../runtime/auth.js';
import { OmiseValidationError } from '../runtime/errors.js';
import { isDateTime } from '../runtime/formats.js';
import type { CallOverrides } from '../runtime/retry.js';
import { MAX_RETRIES, MAX_TIMER_MS } from '../runtime/retry-policy.js';
import type { Operation, Rule } from './table.js';

// Compiled once per pattern, not per call.
const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) {
    re = new RegExp(source);
    patterns.set(source, re);
  }
  return re;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 60)}…"` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return typeof value;
}

function checkValue(param: string, value: unknown, rule: Rule): void {
  if (rule.type === 'integer') {
    const range =
      rule.maximum !== undefined ? `from ${rule.minimum ?? 0} to ${rule.maximum}` : `of at least ${rule.minimum ?? 0}`;
    if (
      typeof value !== 'number' ||
      // A number past 2^53 - 1 is not the one written (1e21 would be sent as "1e+21").
      !Number.isSafeInteger(value) ||
      (rule.minimum !== undefined && value < rule.minimum) ||
      (rule.maximum !== undefined && value > rule.maximum)
    ) {
      throw new OmiseValidationError(param, `${param} must be a whole number ${range}; got ${describe(value)}.`);
    }
    return;
  }
  if (typeof value !== 'string') {
    throw new OmiseValidationError(param, `${param} must be a string; got ${describe(value)}.`);
  }
  if (rule.enum && !rule.enum.includes(value)) {
    throw new OmiseValidationError(param, `${param} must be one of ${rule.enum.join(', ')}; got ${describe(value)}.`);
  }
  if (rule.format === 'date-time' && !isDateTime(value)) {
    throw new OmiseValidationError(
      param,
      `${param} must be an RFC 3339 date-time with its time zone as Z or +hh:mm, such as 2024-01-31T00:00:00Z; got ${describe(value)}.`,
    );
  }
  if (rule.pattern !== undefined && !patternOf(rule.pattern).test(value)) {
    throw new OmiseValidationError(param, `${param} ${describe(value)} does not match ${rule.pattern}.`);
  }
}

/**
 * The ids in the path, one per argument. Beyond the spec's pattern (which already refuses `/`, `..`,
 * `%2F`, spaces and the empty string), a test-mode id with a live key or the reverse is refused here:
 * the API would only answer a puzzling 404.
 */
export function checkPathArguments(operation: Operation, args: readonly unknown[], keyMode: KeyMode): string[] {
  return operation.pathArguments.map(({ argument, rule }, i) => checkId(argument, args[i], rule, keyMode));
}

/** One id, named `param` in errors (`customerId`, `transactionIds[3]`). */
export function checkId(param: string, id: unknown, rule: Rule, keyMode: KeyMode): string {
  checkValue(param, id, rule);
  const idMode: KeyMode = (id as string).includes('_test_') ? 'test' : 'live';
  if (idMode !== keyMode) {
    throw new OmiseValidationError(
      param,
      `${param} ${describe(id)} is a ${idMode}-mode id but the secret key is a ${keyMode} key (${keyMode === 'test' ? 'skey_test_...' : 'skey_...'}); Omise would answer 404 not_found. Use a ${idMode} key, or a ${keyMode}-mode id.`,
    );
  }
  return id as string;
}

/** The query: unknown names are refused (a typo would otherwise be silently ignored), and so is a missing required one. */
export function checkQuery<Q extends object>(operation: Operation, query: Q | undefined): Q | undefined {
  const rules = operation.query;
  if (query !== undefined && (typeof query !== 'object' || query === null)) {
    throw new OmiseValidationError('params', 'params must be an object.');
  }
  const given = (query ?? {}) as Record<string, unknown>;
  for (const [name, value] of Object.entries(given)) {
    // Own names only: `constructor` is no parameter, whatever every object inherits.
    const rule = Object.hasOwn(rules, name) ? rules[name] : undefined;
    if (!rule) {
      const known = Object.keys(rules);
      throw new OmiseValidationError(
        name,
        known.length ? `Unknown parameter ${name}; expected one of ${known.join(', ')}.` : `Unknown parameter ${name}; this call takes none.`,
      );
    }
    if (value !== undefined) checkValue(name, value, rule);
  }
  for (const name in rules) {
    if (rules[name]!.required && given[name] === undefined) throw new OmiseValidationError(name, `${name} is required.`);
  }
  return query;
}

/** A whole-number option of a method, from min to max; undefined gives the default. */
export function checkWholeOption(name: string, value: unknown, fallback: number, min: number, max: number, why = ''): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new OmiseValidationError(name, `${name} must be a whole number from ${min} to ${max}${why}; got ${describe(value)}.`);
  }
  return value;
}

/**
 * Options a method does not know are refused, not ignored: `{ retries: 5 }` would otherwise do
 * nothing, silently. `hints` name the right option for a likely mistake.
 */
function checkOptionNames(method: string, options: object, known: readonly string[], hints: Readonly<Record<string, string>> = {}): void {
  for (const name of Object.keys(options)) {
    if (known.includes(name)) continue;
    const hint = hints[name] ?? `it takes ${known.join(', ')}`;
    throw new OmiseValidationError(name, `${method} has no option ${name}: ${hint}.`);
  }
}

/** The per-call options every method takes, checked like the client's; undefined ones keep the client's. */
export function checkRequestOptions(method: string, options: object | undefined, extra: readonly string[] = [], hints: Readonly<Record<string, string>> = {}): CallOverrides | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null) throw new OmiseValidationError('options', `${method} takes an options object.`);
  checkOptionNames(method, options, ['signal', 'timeoutMs', 'maxRetries', 'deadlineMs', ...extra], { retries: 'use maxRetries', timeout: 'use timeoutMs', deadline: 'use deadlineMs', ...hints });
  const o = options as { signal?: unknown; timeoutMs?: unknown; maxRetries?: unknown; deadlineMs?: unknown };
  if (o.signal !== undefined && !(o.signal instanceof AbortSignal)) throw new OmiseValidationError('signal', 'signal must be an AbortSignal.');
  const limits: CallOverrides = {};
  if (o.timeoutMs !== undefined) limits.timeoutMs = checkWholeOption('timeoutMs', o.timeoutMs, 0, 1, MAX_TIMER_MS);
  if (o.maxRetries !== undefined) limits.maxRetries = checkWholeOption('maxRetries', o.maxRetries, 0, 0, MAX_RETRIES);
  if (o.deadlineMs !== undefined) limits.deadlineMs = checkWholeOption('deadlineMs', o.deadlineMs, 0, 1, MAX_TIMER_MS);
  return limits;
}

/** Calls at once for the listAll iterators and the batches; default 4. */
export function checkConcurrency(value: unknown): number {
  return checkWholeOption('concurrency', value, 4, 1, 10, ' (Omise asks for at most 10 parallel workers)');
}
