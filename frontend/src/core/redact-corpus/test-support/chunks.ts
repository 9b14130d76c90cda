/** Ways to cut a text into stream chunks, for testing that chunk boundaries never leak. */

export async function* fromChunks(chunks: readonly string[]): AsyncIterable<string> {
  for (const chunk of chunks) yield chunk;
}

export async function collect(stream: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

export function cutAt(text: string, offsets: readonly number[]): string[] {
  const sorted = [...new Set(offsets)]
    .filter((o) => o > 0 && o < text.length)
    .sort((a, b) => a - b);
  const chunks: string[] = [];
  let start = 0;
  for (const offset of sorted) {
    chunks.push(text.slice(start, offset));
    start = offset;
  }
  chunks.push(text.slice(start));
  return chunks;
}

export function cutEvery(text: string, size: number): string[] {
  const offsets: number[] = [];
  for (let at = size; at < text.length; at += size) offsets.push(at);
  return cutAt(text, offsets);
}

/** Cuts through the middle of every occurrence of every value (any letter case). */
export function cutThrough(text: string, values: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const offsets: number[] = [];
  for (const value of values) {
    const needle = value.toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
      offsets.push(at + Math.max(1, Math.floor(needle.length / 2)));
    }
  }
  return cutAt(text, offsets);
}

/** Deterministic chunk sizes between 1 and `max` (mulberry32), so failures reproduce. */
export function cutRandomly(text: string, seed: number, max: number): string[] {
  const random = mulberry32(seed);
  const offsets: number[] = [];
  for (let at = 1 + Math.floor(random() * max); at < text.length;) {
    offsets.push(at);
    at += 1 + Math.floor(random() * max);
  }
  return cutAt(text, offsets);
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
