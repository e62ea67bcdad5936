// Standard output and error. A reader that stops early (`| head -1`) closes the pipe: that is the
// reader having had enough, not a failure, so the work stops (no page is fetched for nobody) and the
// command ends quietly with exit 0. Any other failure to write stops the work too, and exits 1.
import { EXIT, errorLine } from './exit-codes.js';

const stop = new AbortController();

/** Aborted once standard output takes no more; the calls that run while output is written get it. */
export const outputGone: AbortSignal = stop.signal;

function gone(error: NodeJS.ErrnoException): void {
  if (stop.signal.aborted) return;
  if (error.code !== 'EPIPE') {
    process.stderr.write(`${errorLine('writing to standard output', error)}\n`);
    // Also when the command has already returned its code: a write can fail after the last line was queued.
    process.exitCode = EXIT.failure;
  }
  stop.abort(error);
}

// Without a listener an EPIPE would end the process with a stack trace.
process.stdout.on('error', gone);
// A diagnostic that cannot be written is dropped: there is nowhere left to report it.
process.stderr.on('error', () => undefined);

export function out(text: string): void {
  if (stop.signal.aborted) return;
  process.stdout.write(text);
  // A failed write is known at once, the 'error' event only a tick later: stop before the next row.
  const failed: NodeJS.ErrnoException | null = process.stdout.errored;
  if (failed) gone(failed);
}

/** One line on stderr (progress, a hint); silent once the output it speaks of is gone. */
export function note(text: string): void {
  if (!stop.signal.aborted) process.stderr.write(`omise-openapi: ${text}\n`);
}

/**
 * The exit code once the output is gone, whatever the command was doing then: 0 when the reader
 * closed the pipe, 1 when writing failed (reported as it happened); undefined while output is open.
 */
export function outputExitCode(): number | undefined {
  if (!stop.signal.aborted) return undefined;
  return (stop.signal.reason as NodeJS.ErrnoException).code === 'EPIPE' ? EXIT.ok : EXIT.failure;
}
