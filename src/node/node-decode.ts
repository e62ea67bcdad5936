// Content-Encoding on the Node transport, decoded as fetch decodes it, so that both transports read
// the same bytes the same way: a list of codings is undone last first (`gzip, gzip`), `deflate` is
// read with or without its zlib wrapper (servers send both), and a coding it does not know leaves the
// body as it came. A body that fails to decode is undecodable, never a network failure.
import { Transform, type TransformCallback } from 'node:stream';
import { constants, createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

// As undici's fetch decodes: what arrived is flushed out even when the stream's end (a gzip trailer,
// a zlib checksum) is missing, so a body cut short reads the same on both transports.
const ZLIB = { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH };
const BROTLI = { flush: constants.BROTLI_OPERATION_FLUSH, finishFlush: constants.BROTLI_OPERATION_FLUSH };

// A zlib stream starts with a CMF byte of method 8 and a header checksum (RFC 1950, 2.2); raw
// deflate data has neither.
function hasZlibHeader(chunk: Buffer): boolean {
  return chunk.length >= 2 && (chunk[0]! & 0x0f) === 8 && ((chunk[0]! << 8) | chunk[1]!) % 31 === 0;
}

/** Inflates `deflate` content, choosing zlib or raw deflate from its first two bytes. */
class InflateEither extends Transform {
  #inner: Transform | undefined;
  #head: Buffer | undefined;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.#inner) {
      this.#inner.write(chunk, () => callback());
      return;
    }
    const head = this.#head ? Buffer.concat([this.#head, chunk]) : chunk;
    if (head.length < 2) {
      this.#head = head;
      callback();
      return;
    }
    this.#head = undefined;
    const inner = hasZlibHeader(head) ? createInflate(ZLIB) : createInflateRaw(ZLIB);
    inner.on('data', (data: Buffer) => this.push(data));
    inner.on('error', (error) => this.destroy(error));
    this.#inner = inner;
    inner.write(head, () => callback());
  }

  override _flush(callback: TransformCallback): void {
    const inner = this.#inner ?? (this.#head ? createInflateRaw(ZLIB) : undefined);
    if (!inner) {
      callback();
      return;
    }
    if (!this.#inner) {
      inner.on('data', (data: Buffer) => this.push(data));
      inner.on('error', (error) => this.destroy(error));
      inner.write(this.#head!);
    }
    inner.once('end', () => callback());
    inner.end();
  }
}

function decoderOf(coding: string): Transform | undefined {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip(ZLIB);
    case 'deflate':
      return new InflateEither();
    case 'br':
      return createBrotliDecompress(BROTLI);
    default:
      return undefined;
  }
}

/** The codings of a Content-Encoding header that the transport decodes, in the order to undo them. */
export function codingsToUndo(header: string | null): string[] {
  if (header === null) return [];
  const codings = header.split(',').map((c) => c.trim().toLowerCase()).filter((c) => c !== '' && c !== 'identity');
  // A coding it cannot undo leaves the body as it came from there on, as fetch does.
  if (codings.some((c) => decoderOf(c) === undefined)) return [];
  return codings.reverse();
}

/**
 * The decoders for the codings, piped in order (the last applied is undone first): write the body
 * into the first, read the decoded bytes from the last. Each stage reports its own errors.
 */
export function decoderChain(codings: readonly string[]): Transform[] {
  const stages = codings.map((c) => decoderOf(c)!);
  for (let i = 0; i + 1 < stages.length; i++) stages[i]!.pipe(stages[i + 1]!);
  return stages;
}
