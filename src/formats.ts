// String formats the spec uses, written once and shared by validation before send and by the
// precompiled response validators (generated/response-validators.js imports this file), so that a
// date the client accepts is exactly a date the response validator accepts.

// RFC 3339 date-time, read the way ajv-formats reads JSON Schema's `date-time` (what Prism and the
// contract tests check with): T, t or white space between date and time; a time zone required, as
// Z or an offset of +hh, +hhmm or +hh:mm; a leap second only where it is 23:59:60 in UTC.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return false;
  if (day < 1 || day > (month === 2 && isLeapYear(year) ? 29 : DAYS[month - 1]!)) return false;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  const sign = m[7] === '-' ? -1 : 1;
  const offsetH = Number(m[8] ?? 0);
  const offsetM = Number(m[9] ?? 0);
  if (offsetH > 23 || offsetM > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second: 23:59:60 in UTC, whatever the offset it is written with.
  const utcMinute = minute - offsetM * sign;
  const utcHour = hour - offsetH * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
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
