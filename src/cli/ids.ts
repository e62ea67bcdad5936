// Ids for a batch (transactions retrieve-many): from a file or standard input, one per line, blank lines and
// # comments skipped. Line ends may be LF, CRLF or CR alone (Excel for Mac's CSV). Read as a stream,
// with a bound on a line's length: a file of any size costs a chunk of memory, and only ids are kept.
import { createReadStream } from 'node:fs';
import { OmiseValidationError } from '../runtime/errors.js';

/** Far beyond any id (about 30 characters); a longer line is not a list of ids. */
const MAX_LINE = 1024;

const LINE_END = /\r\n|\r|\n/;

// The file's own failures (a directory, no such file, no permission) are the caller's mistake: exit 2.
function unreadable(where: string, error: NodeJS.ErrnoException): OmiseValidationError {
  const why: Record<string, string> = { EISDIR: 'is a directory', ENOENT: 'does not exist', EACCES: 'cannot be read (permission denied)' };
  return new OmiseValidationError('idsFile', `idsFile ${where} ${why[error.code ?? ''] ?? `cannot be read (${error.code ?? error.message})`}.`);
}

/** The ids of a stream of text lines, in order. */
async function readIdLines(input: AsyncIterable<Buffer | string>, where: string, param: string, noun: string): Promise<string[]> {
  const ids: string[] = [];
  const decoder = new TextDecoder();
  let lineNumber = 0;
  let partial = '';
  // A CR that ended the last chunk may be the first half of a CRLF split between two chunks.
  let afterCr = false;
  const take = (line: string): void => {
    lineNumber++;
    if (line.length > MAX_LINE) throw new OmiseValidationError(param, `line ${lineNumber} of ${where} is longer than ${MAX_LINE} characters: it holds no ${noun} id.`);
    const id = line.trim();
    if (id !== '' && !id.startsWith('#')) ids.push(id);
  };
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (afterCr && text.startsWith('\n')) text = text.slice(1);
    afterCr = text.endsWith('\r');
    const lines = (partial + text).split(LINE_END);
    partial = lines.pop()!;
    for (const line of lines) take(line);
    if (partial.length > MAX_LINE) take(partial);
  }
  partial += decoder.decode();
  if (partial !== '') take(partial);
  return ids;
}

/** The ids of a file; a directory or a file that cannot be read is a usage error. */
async function readIdsFile(path: string, param: string, noun: string): Promise<string[]> {
  try {
    return await readIdLines(createReadStream(path, { highWaterMark: 64 * 1024 }), path, param, noun);
  } catch (error) {
    if (error instanceof OmiseValidationError) throw error;
    throw unreadable(path, error as NodeJS.ErrnoException);
  }
}

/** Ids from the command line, a file, or standard input: one of the three. */
export async function readIds(ids: string[], file: string | undefined, param: string, noun: string): Promise<string[]> {
  if (file !== undefined && ids.length > 0) throw new OmiseValidationError(param, 'give ids as arguments or with --ids-file, not both.');
  if (file !== undefined) return readIdsFile(file, param, noun);
  if (ids.length > 0) return ids;
  if (process.stdin.isTTY) throw new OmiseValidationError(param, `give ${noun} ids as arguments, with --ids-file FILE, or one per line on standard input.`);
  return readIdLines(process.stdin, 'standard input', param, noun);
}
