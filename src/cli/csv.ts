// RFC 4180 CSV: a header row, CRLF line ends, and a field quoted when it holds a comma, a quote or a
// line break (quotes doubled). null and undefined are empty fields.

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function csvRecord(columns: readonly string[], record: object): string {
  const r = record as Record<string, unknown>;
  return csvRow(columns.map((c) => r[c]));
}
