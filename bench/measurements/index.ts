/**
 * Every bench measurement, in the order they run. To add one (e.g. the browser bundle's
 * `bundle_200mib_s`, `bundle_peak_mib`, `longest_main_task_ms`), write
 * bench/measurements/<name>.ts exporting a `Measurement` (see ../types.ts) and list it here;
 * its `fields` join the final JSON line. Ours runs first so its peak RSS is its own.
 */
import type { Measurement } from '../types.ts';
import { redactPiiMeasurement } from './redact-pii.ts';
import { redactStreamMeasurement } from './redact-stream.ts';
import { browserBundleMeasurement } from './browser-bundle.ts';

export const measurements: readonly Measurement[] = [
  redactStreamMeasurement,
  redactPiiMeasurement,
  browserBundleMeasurement,
];
