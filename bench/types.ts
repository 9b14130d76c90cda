/**
 * The shape every bench measurement shares. A measurement is one file in
 * bench/measurements/ registered in bench/measurements/index.ts; its `fields` are merged into
 * the single JSON line `npm run bench` ends with.
 */
import type { Dictionary } from './generate-log.ts';

export interface BenchContext {
  /** The generated Jira log every measurement reads (in .bench/). */
  inputPath: string;
  inputBytes: number;
  /** `--quick`: a smaller input (20 MiB) for a fast look. */
  quick: boolean;
  /** Size of the chunks a file is read in (what a browser's File.stream() hands out). */
  chunkBytes: number;
  /** The identities and hosts the log was generated from, as a redactor would learn them. */
  dictionary: Dictionary;
}

export type FieldValue = number | string | boolean;

export interface MeasurementResult {
  /** Lines of the human table: label and value. */
  rows: [label: string, value: string][];
  /** Machine-readable results, merged into the final JSON line (snake_case keys). */
  fields: Record<string, FieldValue>;
  notes?: string[];
}

export interface Measurement {
  id: string;
  title: string;
  /** A reason to skip this measurement in this run (e.g. no browser installed), if any. */
  skip?(context: BenchContext): Promise<string | undefined> | string | undefined;
  run(context: BenchContext): Promise<MeasurementResult>;
}
