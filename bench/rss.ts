/**
 * Samples the process's resident set size while a measurement runs: on a timer and whenever
 * the measurement calls `sample()`, so a busy loop that starves the timer is still seen.
 */
const MIB = 1024 * 1024;

export interface RssSampler {
  sample(): number;
  /** Peak since start, in MiB. */
  peakMib(): number;
  stop(): void;
}

export function startRssSampler(intervalMs = 25): RssSampler {
  let peak = process.memoryUsage.rss();
  const sample = () => {
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
    return rss;
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return { sample, peakMib: () => peak / MIB, stop: () => clearInterval(timer) };
}

export function mib(bytes: number): number {
  return bytes / MIB;
}
