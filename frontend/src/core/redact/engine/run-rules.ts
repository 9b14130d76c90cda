/**
 * Runs a list of rules over one block. A rule runs only when one of its keyword hints occurs
 * in the block; each distinct hint is checked once per block and shared between rules, so a
 * rule whose hints are absent costs nothing but its share of those scans.
 */
import type { Rule, Scope } from '../types.ts';

export function runRules(text: string, rules: readonly Rule[], scope: Scope): string {
  if (text === '') return text;
  const seen = new Map<string | RegExp, boolean>();
  const has = (hint: string | RegExp): boolean => {
    let found = seen.get(hint);
    if (found === undefined) {
      found = typeof hint === 'string' ? text.includes(hint) : hint.test(text);
      seen.set(hint, found);
    }
    return found;
  };
  let out = text;
  for (const rule of rules) {
    if (rule.hints.length > 0 && !rule.hints.some(has)) continue;
    out = rule.apply(out, scope);
  }
  return out;
}
