// String formats the spec uses, written once and shared by validation before send, the mock's
// parameter checks, the CLI's flags and the precompiled response validators
// (generated/response-validators.js imports this file): a date the client accepts is exactly a date
// the mock answers and the response validator accepts.

// RFC 3339 date-time (section 5.6): T, t or a space between date and time (the space as its note
// allows), fractions of a second, and a time zone required: Z, or an offset of +hh:mm. An offset
// without its minutes (+07) or without the colon (+0700) is ISO 8601's, not RFC 3339's: Omise's
// parser is not promised to read it, so it is refused before it is sent.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MINUTE_MS = 60_000;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * The instant an RFC 3339 date-time names, in ms since the epoch; undefined for anything else,
 * never a throw. A leap second (23:59:60 in UTC, whatever offset writes it) is the instant after
 * 23:59:59, as Omise's Ruby reads it. An instant whose UTC date falls outside the years 0000-9999
 * is refused: it has no RFC 3339 form in UTC, which is how Omise echoes it.
 */
export function parseDateTime(value: string): number | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return undefined;
  if (day < 1 || day > (month === 2 && isLeapYear(year) ? 29 : DAYS[month - 1]!)) return undefined;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  const sign = m[8] === '-' ? -1 : 1;
  const offsetMinutes = sign * (Number(m[9] ?? 0) * 60 + Number(m[10] ?? 0));
  if (Number(m[9] ?? 0) > 23 || Number(m[10] ?? 0) > 59) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // Milliseconds, the rest of the fraction cut: 59.9999 is within second 59, not the next.
  date.setUTCHours(hour, minute, 0, Number((m[7] ?? '').slice(0, 3).padEnd(3, '0')));
  const utc = date.getTime() - offsetMinutes * MINUTE_MS;
  if (second === 60) {
    const inUtc = new Date(utc);
    if (inUtc.getUTCHours() !== 23 || inUtc.getUTCMinutes() !== 59) return undefined;
  }
  const instant = utc + second * 1000;
  const utcYear = new Date(instant).getUTCFullYear();
  return utcYear >= 0 && utcYear <= 9999 ? instant : undefined;
}

// The same rule without building a Date where none is needed: a validator checks every date of every
// card, and only a leap second or a date at the edge of year 0000 or 9999 needs the instant.
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && isLeapYear(year) ? 29 : DAYS[month - 1]!)) return false;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[9] ?? 0) > 23 || Number(m[10] ?? 0) > 59) return false;
  const second = Number(m[6]);
  if (second < 60 && year > 0 && year < 9999) return true;
  return parseDateTime(value) !== undefined;
}

// An absolute URI (a scheme is required), which is what the error object's `location` is.
function isUri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value);
}

// The shape ajv's standalone code expects for `code.formats`.
export const formats = {
  'date-time': { type: 'string', validate: isDateTime },
  uri: { type: 'string', validate: isUri },
} as const;
