/**
 * Re-chunks a stream of text into blocks that end at a line end, so a match never straddles
 * two blocks: the tail after the last newline is carried into the next block. A line longer
 * than MAX_LINE is cut at a space (or anywhere, as a last resort) to bound memory.
 */
import { BLOCK_SIZE } from './engine/blocks.ts';

export const MAX_LINE = 1024 * 1024;
/** A PEM block still open at a cut is carried whole, up to this size. */
const MAX_HELD_KEY = 64 * 1024;

export async function* streamBlocks(chunks: AsyncIterable<string>, size = BLOCK_SIZE): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of chunks) {
    carry += chunk;
    while (carry.length >= size) {
      const cut = cutPoint(carry, size);
      if (cut < 0) break;
      yield carry.slice(0, cut);
      carry = carry.slice(cut);
    }
  }
  if (carry !== '') yield carry;
}

/** Where to end the next block (exclusive), or -1 to wait for more text. */
function cutPoint(text: string, size: number): number {
  let nl = text.lastIndexOf('\n');
  if (nl < 0) {
    if (text.length < MAX_LINE) return -1;
    const space = text.lastIndexOf(' ', MAX_LINE);
    return space > MAX_LINE / 2 ? space + 1 : MAX_LINE;
  }
  const open = text.lastIndexOf('-----BEGIN ', nl);
  if (open >= 0 && text.indexOf('-----END ', open) < 0 && text.length - open < MAX_HELD_KEY) {
    const before = text.lastIndexOf('\n', open);
    if (before < 0) return text.length < MAX_HELD_KEY ? -1 : nl + 1;
    nl = before;
  }
  return nl + 1 >= size / 4 || text.length >= MAX_LINE ? nl + 1 : -1;
}
