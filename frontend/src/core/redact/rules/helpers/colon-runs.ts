/**
 * Runs of hex digits and colons (`fe80::1`, `00:1a:2b:3c:4d:5e`), found by jumping from colon
 * to colon with `indexOf`; a colon that does not start such a run (a time, `url:`) costs a
 * few character tests. A regex starting at every hex digit would be many times slower.
 */
import { Splicer } from './replace.ts';

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isWordOrSep(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 58 ||
    c === 46
  );
}

/**
 * From a colon: `::` next, or two more colons each after 1–4 hex digits. Returns -1 when a run
 * starts here, else where to look for the next colon: past the second colon when the group
 * after it failed too (`12:34:56,789`), as a run cannot start there either.
 */
function runStartOrNext(text: string, i: number): number {
  if (text.charCodeAt(i + 1) === 58) return -1;
  let p = i + 1;
  for (let colons = 0; colons < 2; colons++) {
    const groupStart = p;
    while (p - groupStart < 4 && isHex(text.charCodeAt(p))) p++;
    if (p === groupStart || text.charCodeAt(p) !== 58) {
      // A group that failed after the second colon is that colon's own first group: only a
      // `::` would start a run there, and an empty group is checked from that colon again.
      return colons === 1 && groupStart !== p ? groupStart : i + 1;
    }
    p++;
  }
  return -1;
}

/**
 * Calls `replace` for every stand-alone run with at least three colons or a `::`; it returns
 * the replacement, or null to leave the run.
 */
export function replaceColonRuns(text: string, replace: (run: string) => string | null): string {
  let i = text.indexOf(':');
  if (i < 0) return text;
  const splicer = new Splicer(text);
  while (i >= 0) {
    const next = runStartOrNext(text, i);
    if (next >= 0) {
      i = text.indexOf(':', next);
      continue;
    }
    let start = i;
    while (start > 0 && (isHex(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 58))
      start--;
    let end = i;
    while (
      end < text.length &&
      (isHex(text.charCodeAt(end)) || text.charCodeAt(end) === 58 || text.charCodeAt(end) === 46)
    )
      end++;
    while (end > i && text.charCodeAt(end - 1) === 46) end--; // a sentence's full stop
    if (
      start >= splicer.position &&
      !isWordOrSep(text.charCodeAt(start - 1)) &&
      !(isWordOrSep(text.charCodeAt(end)) && text.charCodeAt(end) !== 46)
    ) {
      const out = replace(text.slice(start, end));
      if (out !== null) splicer.replace(start, end, out);
    }
    i = text.indexOf(':', Math.max(end, i + 1));
  }
  return splicer.finish();
}
