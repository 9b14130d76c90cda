/** A browser `File` as the core's `AddedFile`: read whole, or streamed from an offset. */
import type { AddedFile } from '../core/model.ts';

async function* readStream(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export function toAddedFile(file: File): AddedFile {
  return {
    name: file.name,
    size: file.size,
    lastModified: file.lastModified,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
    stream: (start = 0) => readStream(file.slice(start).stream()),
  };
}
