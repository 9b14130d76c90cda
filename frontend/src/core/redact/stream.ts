/**
 * Re-chunks a stream of text into blocks that end at a line end, so a match never straddles
 * two blocks: the tail after the last newline is carried into the next block. A line longer
 * than MAX_LINE is cut at a space (or anywhere, as a last resort) to bound memory.
 */
import { BLOCK_SIZE } from './engine/blocks.ts';

export const MAX_LINE = 1024 * 1024;
/** A PEM block still open at a cut is carried whole, up to this size. */
const MAX_HELD_KEY = 64 * 1024;

export async function* streamBlocks(
  chunks: AsyncIterable<string>,
  size = BLOCK_SIZE,
): AsyncGenerator<string> {
  let carry = '';
  // Where the carry's last newline is (-1: none), so a long line is not searched again for
  // every chunk appended to it: that made a line without newlines cost quadratic time.
  let lastNewline = -1;
  for await (const chunk of chunks) {
    const inChunk = chunk.lastIndexOf('\n');
    if (inChunk >= 0) lastNewline = carry.length + inChunk;
    carry += chunk;
    while (carry.length >= size && (lastNewline >= 0 || carry.length >= MAX_LINE)) {
      const cut = cutPoint(carry, size);
      if (cut < 0) break;
      yield carry.slice(0, cut);
      carry = carry.slice(cut);
      lastNewline = lastNewline >= cut ? lastNewline - cut : -1;
    }
  }
  if (carry !== '') yield carry;
}

/** Where to end the next block (exclusive), or -1 to wait for more text. */
function cutPoint(text: string, size: number): number {
  const nl = text.lastIndexOf('\n');
  if (nl < 0) {
    if (text.length < MAX_LINE) return -1;
    const space = text.lastIndexOf(' ', MAX_LINE);
    return space > MAX_LINE / 2 ? space + 1 : MAX_LINE;
  }
  let cut = nl + 1;
  const open = text.includes('BEGIN ') ? text.lastIndexOf('-----BEGIN ', cut) : -1;
  if (open >= 0 && text.length - open < MAX_HELD_KEY && !keyEndsBefore(text, open, cut)) {
    // The key is still open at the cut: end the block before its BEGIN line, or wait for its END.
    const before = text.lastIndexOf('\n', open);
    if (before < 0) return -1;
    cut = before + 1;
  }
  return cut >= size / 4 || text.length >= MAX_LINE ? cut : -1;
}

/** The key begun at `open` has its whole END line before `cut`. */
function keyEndsBefore(text: string, open: number, cut: number): boolean {
  const end = text.indexOf('-----END ', open);
  if (end < 0) return false;
  const endLine = text.indexOf('\n', end);
  return endLine >= 0 && endLine < cut;
}
