/**
 * Refuses regular expressions that can take exponential time (catastrophic backtracking):
 * safe-regex2's star-height test, plus our own check for quantified groups that contain a
 * quantifier or an alternation (`(a+)+`, `(a|a)*`, `(\w+\s?)*`), back-references and
 * patterns that match empty text (they would "redact" between every character).
 */
import safeRegex from 'safe-regex2';
import { repetitionDegree } from './polynomial.ts';

export const MAX_PATTERN_LENGTH = 1000;
/**
 * A search tries every start position, so a chain of k repetitions costs about n^(k+1) on a
 * line without a match: one repetition (n²) is fine on a 4 KiB window, two (n³) take seconds.
 */
const MAX_CHAINED_REPETITIONS = 2;

/** A reason the pattern is unsafe, or null. */
export function unsafeReason(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `it is longer than ${MAX_PATTERN_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(pattern)) return 'back-references (\\1, \\k<name>) are not supported';
  if (hasQuantifiedGroupWithRepetition(pattern) || !safeRegex(withoutOptionals(pattern))) {
    return 'it repeats a group that itself repeats or has alternatives, which can take exponential time (for example (a+)+ or (a|b)*); simplify it';
  }
  if (repetitionDegree(pattern) >= MAX_CHAINED_REPETITIONS) {
    return `it chains ${MAX_CHAINED_REPETITIONS} or more repetitions over the same characters (for example \\w+\\w+ or .*.*), which can take minutes on one line; use one repetition or put a fixed character between them`;
  }
  return null;
}

/**
 * safe-regex2 counts `?` as repetition, so `\d+(?:-\d+)?` would fail its star-height test;
 * "at most once" cannot backtrack exponentially, so `?` quantifiers are left out of that test.
 */
function withoutOptionals(p: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p.charAt(i);
    if (c === '\\') {
      out += c + p.charAt(i + 1);
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '?' && p.charAt(i - 1) !== '(') continue;
    out += c;
  }
  return out;
}

function hasQuantifiedGroupWithRepetition(p: string): boolean {
  // For each open group: does it contain a quantifier or a `|`?
  const stack: { risky: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p.charAt(i);
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push({ risky: false });
    else if (c === ')') {
      const group = stack.pop();
      const quantified =
        /^(?:[*+]|\{\d+,\d*\})/.test(p.slice(i + 1)) && !/^\{\d+,1\}/.test(p.slice(i + 1));
      if (group?.risky && quantified) return true;
      const top = stack[stack.length - 1];
      if (top && (group?.risky || quantified)) top.risky = true;
    } else if (
      c === '|' ||
      c === '*' ||
      c === '+' ||
      (c === '{' && /^\{\d+,\d*\}/.test(p.slice(i)))
    ) {
      const top = stack[stack.length - 1];
      if (top) top.risky = true;
    }
  }
  return false;
}
