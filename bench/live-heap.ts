/**
 * What the redactor really keeps: the V8 heap in use right after a full garbage collection,
 * taken as the input passes each quarter. Resident memory (RSS) also holds garbage not yet
 * collected and heap the engine keeps reserved, so it cannot tell "lazy GC" from "something
 * accumulates"; this can. Needs `node --expose-gc` (the bench script passes it).
 */
import { mib } from './rss.ts';

const QUARTERS = 4;

export class LiveHeapProbe {
  private readonly samples: number[] = [];
  private readonly gc = (globalThis as { gc?: () => void }).gc;

  constructor(private readonly inputBytes: number) {}

  /** Call as input is read; samples once per quarter passed. */
  onProgress(bytesRead: number): void {
    if (this.gc === undefined) return;
    const passed = Math.floor((bytesRead / this.inputBytes) * QUARTERS);
    while (this.samples.length < Math.min(passed, QUARTERS)) {
      this.gc();
      const usage = process.memoryUsage();
      this.samples.push(usage.heapUsed + usage.external);
    }
  }

  describe(): string {
    if (this.gc === undefined) return 'not measured (run node with --expose-gc)';
    return this.samples.map((bytes) => `${mib(bytes).toFixed(0)} MiB`).join(', ');
  }

  /** Growth from the first quarter to the last: what accumulates beyond the dictionary. */
  fields(): Record<string, number> {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (first === undefined || last === undefined) return {};
    return {
      live_heap_first_quarter_mib: Math.round(mib(first)),
      live_heap_growth_mib: Math.round(mib(last - first)),
    };
  }
}
