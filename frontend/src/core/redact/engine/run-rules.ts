/**
 * Runs a list of rules over one block. A rule runs only when one of its keyword hints occurs
 * in the block (checked once per block on a lower-cased copy, and shared between rules):
 * a rule whose hints are absent costs one `includes`, not a regex pass.
 */
import type { Rule, Scope } from '../types.ts';

export function runRules(text: string, rules: readonly Rule[], scope: Scope): string {
  if (text === '') return text;
  const lower = text.toLowerCase();
  const seen = new Map<string, boolean>();
  const has = (hint: string): boolean => {
    let found = seen.get(hint);
    if (found === undefined) {
      found = lower.includes(hint);
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
