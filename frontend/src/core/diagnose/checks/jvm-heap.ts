/** A maximum heap (-Xmx) below what Jira needs. */
import { DOCS, finding, type Check } from '../check.ts';

const MIN_BYTES = 2 * 1024 ** 3;
const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** Bytes of the last -Xmx (the JVM uses the last one), or undefined. */
export function maxHeapBytes(args: readonly string[]): number | undefined {
  let bytes: number | undefined;
  for (const arg of args) {
    const match = /^-Xmx(\d+)([kmgt]?)$/i.exec(arg.trim());
    if (match) bytes = Number(match[1]) * (UNITS[(match[2] ?? '').toLowerCase()] ?? 1);
  }
  return bytes;
}

export const jvmHeapCheck: Check = {
  id: 'jvm-heap',
  title: 'The Java heap is large enough',
  docUrl: DOCS.memory,
  run(facts) {
    const bytes = maxHeapBytes(facts.jvmArguments ?? []);
    if (bytes === undefined) return [];
    const details = [`-Xmx = ${Math.round(bytes / 1024 ** 2)} MB`];
    if (bytes >= MIN_BYTES) {
      return [
        finding(this, 'ok', {
          title: 'The Java heap is at least 2 GB',
          why: 'Enough memory for a small to medium instance.',
          action: '',
          details,
        }),
      ];
    }
    return [
      finding(this, 'warning', {
        title: 'The Java heap is below 2 GB',
        why: 'A small heap means long garbage-collection pauses, slow pages and OutOfMemoryError.',
        action:
          'Raise JVM_MAXIMUM_MEMORY (setenv.sh) to at least 2048m and restart Jira; large instances need more.',
        details,
      }),
    ];
  },
};
