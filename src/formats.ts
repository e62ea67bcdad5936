// String formats the spec uses, written once and shared by validation before send and by the
// precompiled response validators (generated/response-validators.js imports this file), so that a
// date the client accepts is exactly a date the response validator accepts.

// RFC 3339 section 5.6 (the `date-time` of JSON Schema): a T or space between date and time, seconds
// required, fraction optional, and a Z or numeric offset required.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second, , offH, offM] = m.slice(1).map(Number) as number[];
  if (month! < 1 || month! > 12) return false;
  const maxDay = month === 2 && isLeapYear(year!) ? 29 : DAYS[month! - 1]!;
  if (day! < 1 || day! > maxDay) return false;
  // 60 allows a leap second, as RFC 3339 does.
  if (hour! > 23 || minute! > 59 || second! > 60) return false;
  if (m[7] !== undefined && (offH! > 23 || offM! > 59)) return false;
  return true;
}

// An absolute URI (a scheme is required), which is what the error object's `location` is.
export function isUri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value);
}

// The shape ajv's standalone code expects for `code.formats`.
export const formats = {
  'date-time': { type: 'string', validate: isDateTime },
  uri: { type: 'string', validate: isUri },
} as const;
