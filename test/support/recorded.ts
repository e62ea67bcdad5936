// The bodies Omise's own SDKs recorded (test/fixtures/omise-recorded/, copied with their origin and
// licence in its SOURCES.md and LICENSES.md) and what SOURCES.md says of each: which schema it is
// checked against, and whether API version 2019-05-29 returns such a body (accept) or never does (reject).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const RECORDED_DIR = fileURLToPath(new URL('../fixtures/omise-recorded/', import.meta.url));

export type RecordedSchema = 'CardList' | 'Card' | 'Transaction' | 'Error';

export interface RecordedCase {
  file: string;
  expect: 'accept' | 'reject';
  schema: RecordedSchema;
  /** What part of the body is checked, e.g. "the body", "its cards list", "data[3]". */
  part: string;
  value: unknown;
  era: string;
}

// The section of SOURCES.md a table sits in says what its bodies are.
const SECTIONS: Array<[RegExp, RecordedSchema | 'TransactionList']> = [
  [/^## Card lists/, 'CardList'],
  [/^## Single cards/, 'Card'],
  [/^## Single transactions/, 'Transaction'],
  [/^## Transaction lists/, 'TransactionList'],
  [/^## Error bodies/, 'Error'],
];

/** Every recorded body (or part of one) with its schema and expectation, in SOURCES.md's order. */
export function recordedCases(): RecordedCase[] {
  const cases: RecordedCase[] = [];
  let section: RecordedSchema | 'TransactionList' | undefined;
  for (const line of readFileSync(`${RECORDED_DIR}SOURCES.md`, 'utf8').split('\n')) {
    if (line.startsWith('## ')) section = SECTIONS.find(([re]) => re.test(line))?.[1];
    const row = /^\| `([^`]+\.json)` \| (accept|reject) \|(.*)$/.exec(line);
    if (!row || !section) continue;
    const [, file, expect] = row as unknown as [string, string, 'accept' | 'reject'];
    const cells = row[3]!.split('|').map((c) => c.trim());
    const era = cells[3] ?? '';
    const notes = cells[4] ?? '';
    const body = JSON.parse(readFileSync(`${RECORDED_DIR}${file}`, 'utf8')) as Record<string, unknown>;
    if (section === 'TransactionList') {
      const data = body.data as unknown[];
      data.forEach((item, i) => {
        cases.push({ file, expect, schema: 'Transaction', part: `data[${i}]`, value: item, era });
      });
    } else if (/customer body/.test(notes)) {
      cases.push({ file, expect, schema: section, part: 'its cards list', value: body.cards, era });
    } else if (/charge body/.test(notes)) {
      cases.push({ file, expect, schema: section, part: 'its card', value: body.card, era });
    } else {
      cases.push({ file, expect, schema: section, part: 'the body', value: body, era });
    }
  }
  return cases;
}
