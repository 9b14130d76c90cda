/**
 * The two passes of `support-bundle redact`:
 *  1. learn from structured files (json, xml, properties, yaml, cfg) so names, hosts and
 *     keys found there are replaced everywhere;
 *  2. stream every file through the redactor into the staging output, file by file.
 * A file that cannot be read is reported and skipped; the others are still processed.
 */
import picomatch from 'picomatch';
import { isBinary, type Redactor } from '../../frontend/src/core/redact/index.ts';
import { describeError } from './errors.ts';
import type { InputEntry, InputProblem } from './input-tree.ts';
import type { Staging } from './output.ts';
import type { Progress } from './progress.ts';
import { decodeLines, guessEncoding, peek } from './streams.ts';

const STRUCTURED = /\.(json|xml|properties|ya?ml|cfg)$/i;
/** Structured files larger than this are still redacted, just not learned from. */
const MAX_LEARN_BYTES = 64 * 1024 * 1024;
const SNIFF_BYTES = 8192;

export interface RedactRunOptions {
  entries: InputEntry[];
  redactor: Redactor;
  staging: Staging;
  progress: Progress;
  keepBinary: string[];
}

export interface RedactRunResult {
  /** Paths written to the staging output, in input order. */
  written: string[];
  bytesIn: number;
  bytesOut: number;
  dropped: string[];
  keptBinary: string[];
  failed: InputProblem[];
  learnedFrom: number;
}

/** The whole stream, or undefined once it passes `maxBytes` (an unpacked gzip's size is unknown up front). */
async function readAll(
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source) {
    length += chunk.length;
    if (length > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function keepMatcher(patterns: string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const matchers = patterns.map((pattern) => picomatch(pattern, { dot: true }));
  return (path) => patterns.includes(path) || matchers.some((match) => match(path));
}

/** Reports bytes to the progress display as they are read. */
function counted(
  source: AsyncIterable<Uint8Array>,
  progress: Progress,
): { stream: AsyncIterable<Uint8Array>; read: () => number } {
  let read = 0;
  async function* run(): AsyncIterable<Uint8Array> {
    for await (const chunk of source) {
      read += chunk.length;
      progress.advance(chunk.length);
      yield chunk;
    }
  }
  return { stream: run(), read: () => read };
}

export async function runRedaction(options: RedactRunOptions): Promise<RedactRunResult> {
  const { entries, redactor, staging, progress } = options;
  const keep = keepMatcher(options.keepBinary);
  const result: RedactRunResult = {
    written: [],
    bytesIn: 0,
    bytesOut: 0,
    dropped: [],
    keptBinary: [],
    failed: [],
    learnedFrom: 0,
  };
  const failed = new Set<string>();
  // The text of a gzip is reported by the gzip's path: that is the file the user has.
  const fail = (entry: InputEntry, message: string): void => {
    failed.add(entry.path);
    result.failed.push({ path: entry.unpackedFrom ?? entry.path, message });
  };

  // Pass 1: learn. A structured file that cannot be read or parsed is not redacted either,
  // because what it would have taught the redactor may leak from it.
  for (const entry of entries) {
    if (!STRUCTURED.test(entry.path) || entry.size > MAX_LEARN_BYTES) continue;
    try {
      const bytes = await readAll(entry.open(), MAX_LEARN_BYTES);
      if (bytes === undefined || isBinary(bytes)) continue;
      redactor.learn(entry.path, new TextDecoder(guessEncoding(bytes)).decode(bytes));
      result.learnedFrom++;
    } catch (error) {
      fail(entry, `cannot be read: ${describeError(error)}`);
    }
  }

  // Pass 2: redact, streaming.
  for (const entry of entries) {
    if (failed.has(entry.path)) {
      progress.advance(entry.size);
      continue;
    }
    progress.file(entry.path);
    let writer;
    try {
      const source = counted(entry.open(), progress);
      const { head, all, close } = await peek(source.stream, SNIFF_BYTES);
      if (isBinary(head)) {
        if (!keep(entry.path)) {
          // Not read further: a dropped heap dump need not be decompressed.
          await close();
          progress.advance(Math.max(0, entry.size - source.read()));
          result.dropped.push(entry.path);
          continue;
        }
        writer = await staging.create(entry.path);
        for await (const chunk of all) await writer.write(chunk);
        result.keptBinary.push(entry.path);
      } else {
        writer = await staging.create(entry.path);
        for await (const text of redactor.redactStream(
          entry.path,
          decodeLines(all, guessEncoding(head)),
        )) {
          await writer.write(text);
        }
      }
      await writer.close();
      result.written.push(entry.path);
      result.bytesIn += entry.size;
      result.bytesOut += writer.bytesWritten;
    } catch (error) {
      await writer?.abort();
      fail(entry, `not written: ${describeError(error)}`);
    }
  }
  progress.done();
  return result;
}
