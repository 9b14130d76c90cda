/**
 * Runs of hex digits and colons (`fe80::1`, `00:1a:2b:3c:4d:5e`), found by jumping from colon
 * to colon with `indexOf` instead of a regex that would start at every hex digit.
 */
import { Splicer } from './replace.ts';

/** A block worth scanning: `::`, or four colon-separated hex groups in a row. */
const GATE = /::|:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:/;

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isWordOrSep(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c === 46;
}

/**
 * Calls `replace` for every stand-alone run with at least two colons; it returns the
 * replacement, or null to leave the run.
 */
export function replaceColonRuns(text: string, replace: (run: string) => string | null): string {
  if (!GATE.test(text)) return text;
  const splicer = new Splicer(text);
  let i = text.indexOf(':');
  while (i >= 0) {
    let start = i;
    while (start > 0 && (isHex(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 58)) start--;
    let end = i;
    while (end < text.length && (isHex(text.charCodeAt(end)) || text.charCodeAt(end) === 58 || text.charCodeAt(end) === 46)) end++;
    while (end > i && text.charCodeAt(end - 1) === 46) end--; // a sentence's full stop
    const run = text.slice(start, end);
    if (
      run.indexOf(':') !== run.lastIndexOf(':') &&
      start >= splicer.position &&
      !isWordOrSep(text.charCodeAt(start - 1)) &&
      !(isWordOrSep(text.charCodeAt(end)) && text.charCodeAt(end) !== 46)
    ) {
      const out = replace(run);
      if (out !== null) splicer.replace(start, end, out);
    }
    i = text.indexOf(':', Math.max(end, i + 1));
  }
  return splicer.finish();
}
