/**
 * Our full rule catalogue, as the bundle runs it on a large log: one redactor that has learned
 * the instance's users and hosts, fed the file chunk by chunk through `redactStream`, on the
 * main thread only. Also watches memory: after the first quarter of the input, resident
 * memory should stop growing (the dictionary is full; nothing else may accumulate).
 */
import { createRedactor, RULESET_VERSION } from '../../frontend/src/core/redact/index.ts';
import { readChunks } from '../read-chunks.ts';
import { LiveHeapProbe } from '../live-heap.ts';
import { mib, startRssSampler } from '../rss.ts';
import type { BenchContext, Measurement, MeasurementResult } from '../types.ts';

const SECRET = new TextEncoder().encode('bench-key-FAKE-0123456789abcdef');

async function run(context: BenchContext): Promise<MeasurementResult> {
  const redactor = createRedactor({ secret: SECRET });
  for (const user of context.dictionary.users) {
    redactor.learnValue('user', user.name);
    redactor.learnValue('name', user.displayName);
    redactor.learnValue('userkey', user.key);
  }
  for (const host of context.dictionary.hosts) redactor.learnValue('host', host);
  redactor.learnValue('org', context.dictionary.org);

  const rss = startRssSampler();
  const rssAtStart = mib(rss.sample());
  const quarter = context.inputBytes / 4;
  let peakFirstQuarter = 0;
  // Sampled as input is read, so a redactor that holds output back is still watched.
  const live = new LiveHeapProbe(context.inputBytes);
  const reader = readChunks(context.inputPath, context.chunkBytes, undefined, (bytesRead) => {
    const now = rss.sample();
    if (bytesRead <= quarter) peakFirstQuarter = Math.max(peakFirstQuarter, now);
    live.onProgress(bytesRead);
  });
  let outputChars = 0;
  const started = process.hrtime.bigint();
  const cpuAtStart = process.cpuUsage();
  for await (const out of redactor.redactStream(
    'application-logs/atlassian-jira.log',
    reader.chunks,
  )) {
    outputChars += out.length;
    rss.sample();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuAtStart);
  // CPU time of all the process's threads; far below wall time means the redactor waits.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  rss.stop();

  const report = redactor.report();
  const redactions = Object.values(report.totals).reduce((sum, n) => sum + n, 0);
  const dictionary = redactor.privateMap().entries.length;
  const speed = mib(context.inputBytes) / seconds;
  const peak = rss.peakMib();
  const growth = peakFirstQuarter === 0 ? 0 : peak - mib(peakFirstQuarter);
  return {
    rows: [
      ['ruleset', RULESET_VERSION],
      [
        'input',
        `${mib(context.inputBytes).toFixed(1)} MiB in ${context.chunkBytes / 1024} KiB chunks`,
      ],
      ['time', `${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s)`],
      ['throughput', `${speed.toFixed(1)} MiB/s`],
      ['output', `${mib(outputChars).toFixed(1)} MiB`],
      ['redactions', String(redactions)],
      ['pseudonyms in the private map', String(dictionary)],
      ['RSS at start (node, tsx, engine)', `${rssAtStart.toFixed(0)} MiB`],
      ['peak RSS', `${peak.toFixed(0)} MiB`],
      ['RSS growth after the first quarter', `${growth.toFixed(0)} MiB`],
      ['live heap after GC at each quarter', live.describe()],
    ],
    fields: {
      redact_mib_s: round(speed),
      peak_rss_mib: Math.round(peak),
      rss_start_mib: Math.round(rssAtStart),
      redact_cpu_s: round(cpuSeconds),
      redact_wall_s: round(seconds),
      rss_growth_after_first_quarter_mib: Math.round(growth),
      ...live.fields(),
      redactions,
      private_map_entries: dictionary,
      ruleset_version: RULESET_VERSION,
    },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export const redactStreamMeasurement: Measurement = {
  id: 'redact-stream',
  title: 'Our catalogue: redactStream, one thread',
  run,
};
