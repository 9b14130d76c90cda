/**
 * The reference point: redact-pii's SyncRedactor (its default rules) on the same input, one
 * call per chunk. It is much slower, so it reads only a prefix of the log.
 */
import { SyncRedactor } from 'redact-pii';
import { readChunks } from '../read-chunks.ts';
import { mib } from '../rss.ts';
import type { BenchContext, Measurement, MeasurementResult } from '../types.ts';

const MIB = 1024 * 1024;

async function run(context: BenchContext): Promise<MeasurementResult> {
  const prefixBytes = Math.min(context.inputBytes, (context.quick ? 5 : 10) * MIB);
  const redactor = new SyncRedactor();
  const reader = readChunks(context.inputPath, context.chunkBytes, prefixBytes);
  let outputChars = 0;
  const started = process.hrtime.bigint();
  for await (const chunk of reader.chunks) outputChars += redactor.redact(chunk).length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const speed = mib(reader.bytesRead()) / seconds;
  const isPrefix = reader.bytesRead() < context.inputBytes;
  return {
    rows: [
      [
        'input',
        `${mib(reader.bytesRead()).toFixed(1)} MiB${isPrefix ? ' (prefix of the same log)' : ''}`,
      ],
      ['time', `${seconds.toFixed(2)} s`],
      ['throughput', `${speed.toFixed(2)} MiB/s`],
      ['output', `${mib(outputChars).toFixed(1)} MiB`],
    ],
    fields: {
      redact_pii_mib_s: Math.round(speed * 100) / 100,
      redact_pii_input_mib: Math.round(mib(reader.bytesRead()) * 10) / 10,
    },
    notes: isPrefix
      ? [`redact-pii measured on the first ${mib(prefixBytes)} MiB only: it is much slower.`]
      : [],
  };
}

export const redactPiiMeasurement: Measurement = {
  id: 'redact-pii',
  title: 'redact-pii 3.4 SyncRedactor (reference)',
  run,
};
