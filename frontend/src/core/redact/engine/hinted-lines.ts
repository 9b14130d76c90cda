/**
 * Runs a line-local rule only on the lines that hold one of its hints. A hint such as `key` or
 * `pass` is in nearly every block of a busy log, but on few of its lines: the rule's own
 * scans then cost in proportion to those lines, not to the block. When the lines cover much
 * of the block, the rule simply runs on the whole block.
 */
import type { Rule, Scope } from '../types.ts';

/** Above this share of the block, windows cost more than they save. */
const MAX_SHARE = 0.4;

const globalCopies = new WeakMap<RegExp, RegExp>();

function globalCopy(hint: RegExp): RegExp {
  let copy = globalCopies.get(hint);
  if (copy === undefined) {
    copy = new RegExp(hint.source, hint.flags.includes('g') ? hint.flags : `${hint.flags}g`);
    globalCopies.set(hint, copy);
  }
  return copy;
}

/** Starts of the lines that hold a hint, in order (a line may repeat). */
function hintedLineStarts(text: string, hints: readonly (string | RegExp)[]): number[] {
  const starts: number[] = [];
  for (const hint of hints) {
    if (typeof hint === 'string') {
      let at = text.indexOf(hint);
      while (at >= 0) {
        starts.push(text.lastIndexOf('\n', at) + 1);
        const end = text.indexOf('\n', at);
        if (end < 0) break;
        at = text.indexOf(hint, end + 1);
      }
    } else {
      const re = globalCopy(hint);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        starts.push(text.lastIndexOf('\n', m.index) + 1);
        const end = text.indexOf('\n', m.index);
        if (end < 0) break;
        re.lastIndex = end + 1;
      }
    }
  }
  return hints.length > 1 ? starts.sort((a, b) => a - b) : starts;
}

export function applyOnHintedLines(text: string, rule: Rule, scope: Scope): string {
  const starts = hintedLineStarts(text, rule.hints);
  if (starts.length === 0) return text;
  // Windows: runs of consecutive hinted lines, each ending after its last line's newline.
  const windows: number[] = [];
  let covered = 0;
  for (const start of starts) {
    const previousEnd = windows.length > 0 ? (windows[windows.length - 1] as number) : -1;
    if (start < previousEnd) continue;
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    if (start === previousEnd) windows[windows.length - 1] = end;
    else windows.push(start, end);
    covered += end - start;
  }
  if (covered > text.length * MAX_SHARE) return rule.apply(text, scope);
  let out = '';
  let last = 0;
  for (let i = 0; i < windows.length; i += 2) {
    const start = windows[i] as number;
    const end = windows[i + 1] as number;
    out += text.slice(last, start) + rule.apply(text.slice(start, end), scope);
    last = end;
  }
  return out + text.slice(last);
}
