// `--if-needed`: skip the build when every output is newer than every input.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Newest modification time (ms) of a file, or of any file below a folder; 0 if absent. */
export function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** True when all outputs exist and the oldest is newer than the newest input. */
export function isUpToDate(outputs: readonly string[], inputs: readonly string[]): boolean {
  if (outputs.length === 0 || outputs.some((output) => !existsSync(output))) return false;
  const oldestOutput = Math.min(...outputs.map((output) => statSync(output).mtimeMs));
  const newestInput = Math.max(0, ...inputs.map(newestMtime));
  return oldestOutput > newestInput;
}
