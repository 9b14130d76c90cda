/**
 * Scans every text file of a bundle, line by line and streaming, with the scan's own
 * detectors and secretlint's recommended preset. Findings carry a masked preview only.
 */
import { isBinary } from '../../frontend/src/core/redact/index.ts';
import { describeError } from '../lib/errors.ts';
import { maskedPreview } from '../lib/format.ts';
import type { InputTree } from '../lib/input-tree.ts';
import type { Progress } from '../lib/progress.ts';
import { decodeLines, guessEncoding, peek } from '../lib/streams.ts';
import { detectInLine, isRedactionArtifact } from './detectors.ts';
import { secretlintBlock } from './secretlint.ts';

export interface LeakFinding {
  path: string;
  line: number;
  rule: string;
  /** `ab…(32 chars)`: enough to find the value, not enough to use it. */
  preview: string;
}

export interface ScanResult {
  findings: LeakFinding[];
  scannedFiles: number;
  scannedBytes: number;
  skippedBinary: string[];
  unreadable: { path: string; message: string }[];
}

const BLOCK_CHARS = 256 * 1024;

async function scanText(
  path: string,
  chunks: AsyncIterable<string>,
  add: (f: LeakFinding) => void,
): Promise<void> {
  let lineNumber = 0;
  let block: string[] = [];
  let blockChars = 0;
  let blockStart = 1;
  const flush = async (): Promise<void> => {
    if (block.length === 0) return;
    const text = block.join('\n');
    for (const hit of await secretlintBlock(path, text)) {
      const value = text.slice(hit.start, hit.end);
      if (isRedactionArtifact(value)) continue;
      add({ path, line: blockStart + hit.line - 1, rule: hit.rule, preview: maskedPreview(value) });
    }
    block = [];
    blockChars = 0;
  };
  let rest = '';
  const handleLine = async (raw: string): Promise<void> => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    lineNumber++;
    for (const { rule, span } of detectInLine(line)) {
      add({
        path,
        line: lineNumber,
        rule,
        preview: maskedPreview(line.slice(span.start, span.end)),
      });
    }
    if (block.length === 0) blockStart = lineNumber;
    block.push(line);
    blockChars += line.length + 1;
    if (blockChars >= BLOCK_CHARS) await flush();
  };
  for await (const chunk of chunks) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) await handleLine(line);
  }
  if (rest !== '') await handleLine(rest);
  await flush();
}

export async function scanTree(tree: InputTree, progress: Progress): Promise<ScanResult> {
  const result: ScanResult = {
    findings: [],
    scannedFiles: 0,
    scannedBytes: 0,
    skippedBinary: [],
    unreadable: [...tree.problems],
  };
  const seen = new Set<string>();
  const add = (finding: LeakFinding): void => {
    const key = `${finding.path}\0${finding.line}\0${finding.rule}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.findings.push(finding);
  };
  for (const entry of tree.entries) {
    progress.file(entry.path);
    try {
      const { head, all, close } = await peek(entry.open(), 8192);
      if (isBinary(head)) {
        await close();
        result.skippedBinary.push(entry.path);
        progress.advance(entry.size);
        continue;
      }
      async function* counted(): AsyncIterable<Uint8Array> {
        for await (const chunk of all) {
          progress.advance(chunk.length);
          yield chunk;
        }
      }
      await scanText(entry.path, decodeLines(counted(), guessEncoding(head)), add);
      result.scannedFiles++;
      result.scannedBytes += entry.size;
    } catch (error) {
      result.unreadable.push({ path: entry.path, message: describeError(error) });
    }
  }
  progress.done();
  return result;
}
