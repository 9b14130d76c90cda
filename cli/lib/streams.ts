/**
 * Stream helpers: peek at the head of a byte stream (to spot binaries), decode UTF-8 into
 * line-aligned text chunks, and write with back-pressure.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';

/** Returns the first `size` bytes (or fewer at the end) and a stream that replays everything. */
export async function peek(
  source: AsyncIterable<Uint8Array>,
  size: number,
): Promise<{ head: Uint8Array; all: AsyncIterable<Uint8Array>; close(): Promise<void> }> {
  const iterator = source[Symbol.asyncIterator]();
  const buffered: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    buffered.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(buffered).subarray(0, size);
  async function* all(): AsyncIterable<Uint8Array> {
    yield* buffered;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const close = async (): Promise<void> => {
    await iterator.return?.();
  };
  return { head, all: all(), close };
}

export type TextEncoding = 'utf-8' | 'latin1';

/**
 * UTF-8 when the first bytes are valid UTF-8, else Latin-1 (Java writes .properties files in
 * ISO-8859-1), as the redaction engine does for whole files. Output is always UTF-8.
 */
export function guessEncoding(head: Uint8Array): TextEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'latin1';
  }
}

/** Longest text held back while waiting for a line end; beyond it we cut at a separator. */
const MAX_CARRY = 8 * 1024 * 1024;

/**
 * Decodes UTF-8 (TextDecoder in stream mode, so multi-byte characters split across
 * chunks survive) and yields chunks that end at a line break, so a secret is never cut
 * in half between two redaction calls.
 */
export async function* decodeLines(
  source: AsyncIterable<Uint8Array>,
  encoding: TextEncoding = 'utf-8',
): AsyncIterable<string> {
  const decoder = new TextDecoder(encoding);
  let carry = '';
  for await (const bytes of source) {
    carry += decoder.decode(bytes, { stream: true });
    let cut = carry.lastIndexOf('\n') + 1;
    if (cut === 0 && carry.length > MAX_CARRY) cut = Math.max(lastSeparator(carry), MAX_CARRY / 2);
    if (cut > 0) {
      yield carry.slice(0, cut);
      carry = carry.slice(cut);
    }
  }
  carry += decoder.decode();
  if (carry !== '') yield carry;
}

function lastSeparator(text: string): number {
  for (let i = text.length - 1; i > text.length / 2; i--) {
    if (' \t,;>'.includes(text[i] ?? '')) return i + 1;
  }
  return -1;
}

/** A file being written; `abort` removes what was written so far. */
export interface FileWriter {
  write(data: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
  readonly bytesWritten: number;
}

export function openWriter(path: string, mode = 0o644): FileWriter {
  const stream: WriteStream = createWriteStream(path, { mode, flags: 'wx' });
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });
  const check = (): void => {
    if (failure) throw failure;
  };
  let closed = false;
  return {
    async write(data) {
      check();
      if (!stream.write(data)) await once(stream, 'drain');
      check();
    },
    async close() {
      check();
      closed = true;
      stream.end();
      await once(stream, 'finish');
      check();
    },
    async abort() {
      if (!closed) stream.destroy();
      await rm(path, { force: true });
    },
    get bytesWritten() {
      return stream.bytesWritten;
    },
  };
}
