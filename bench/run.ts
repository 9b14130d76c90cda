/**
 * `npm run bench [-- --quick] [--mib N] [--chunk-kib N] [--only id,id]`
 *
 * Generates a Jira-style log into .bench/ (once per size), runs every measurement in
 * bench/measurements/ on it, prints a table, and ends with ONE JSON line of all results
 * (`redact_mib_s`, `redact_pii_mib_s`, `peak_rss_mib`, `input_mib`, …) for machines.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateLog, GENERATOR_VERSION, makeDictionary } from './generate-log.ts';
import { measurements } from './measurements/index.ts';
import { mib } from './rss.ts';
import type { BenchContext, FieldValue } from './types.ts';

const SEED = 20241118;
const BENCH_DIR = join(import.meta.dirname, '..', '.bench');

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    mib: { type: 'string' },
    'chunk-kib': { type: 'string', default: '64' },
    only: { type: 'string' },
  },
});

function positive(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
}

async function prepareInput(sizeMib: number): Promise<{ path: string; bytes: number }> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const target = Math.round(sizeMib * 1024 * 1024);
  const path = join(BENCH_DIR, `atlassian-jira-${sizeMib}mib-g${GENERATOR_VERSION}-s${SEED}.log`);
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing && existing.size >= target) return { path, bytes: existing.size };
  process.stdout.write(`generating ${sizeMib} MiB Jira log into ${path} … `);
  const started = Date.now();
  const bytes = await generateLog(path, target, SEED);
  process.stdout.write(`${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return { path, bytes };
}

function printTable(title: string, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${title}`);
  console.log('-'.repeat(title.length));
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}

async function main(): Promise<number> {
  const sizeMib = args.mib ? positive(args.mib, 'mib') : args.quick ? 20 : 100;
  const chunkBytes = Math.round(positive(args['chunk-kib'] ?? '64', 'chunk-kib') * 1024);
  const only = args.only?.split(',').map((id) => id.trim());
  const input = await prepareInput(sizeMib);
  const context: BenchContext = {
    inputPath: input.path,
    inputBytes: input.bytes,
    quick: args.quick ?? false,
    chunkBytes,
    dictionary: makeDictionary(SEED),
  };

  const fields: Record<string, FieldValue> = {};
  const skipped: string[] = [];
  let failures = 0;
  for (const measurement of measurements) {
    if (only && !only.includes(measurement.id)) continue;
    const reason = await measurement.skip?.(context);
    if (reason) {
      skipped.push(measurement.id);
      printTable(measurement.title, [['skipped', reason]]);
      continue;
    }
    try {
      const result = await measurement.run(context);
      printTable(measurement.title, result.rows);
      for (const note of result.notes ?? []) console.log(`  note: ${note}`);
      Object.assign(fields, result.fields);
    } catch (error) {
      failures++;
      printTable(measurement.title, [['failed', String(error)]]);
      fields[`${measurement.id.replace(/-/g, '_')}_error`] = String(error);
    }
  }

  const speed = fields.redact_mib_s;
  const reference = fields.redact_pii_mib_s;
  if (typeof speed === 'number' && typeof reference === 'number' && reference > 0) {
    console.log(`\nours vs redact-pii: ${(speed / reference).toFixed(1)}x the throughput`);
  }
  const { redact_mib_s, redact_pii_mib_s, peak_rss_mib, ...rest } = fields;
  const summary = {
    redact_mib_s,
    redact_pii_mib_s,
    peak_rss_mib,
    input_mib: Math.round(mib(input.bytes) * 10) / 10,
    chunk_kib: chunkBytes / 1024,
    quick: context.quick,
    ...rest,
    ...(skipped.length > 0 ? { skipped: skipped.join(',') } : {}),
  };
  console.log(`\n${JSON.stringify(summary)}`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
