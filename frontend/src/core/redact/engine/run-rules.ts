/**
 * Runs a list of rules over one block. A rule runs only when one of its keyword hints occurs
 * in the block; each distinct hint is checked once per block and shared between rules, so a
 * rule whose hints are absent costs nothing but its share of those scans. Short texts (JSON
 * values) skip the sharing: checking a hint there is cheaper than remembering it.
 */
import type { Rule, Scope } from '../types.ts';

const SHORT = 512;

export function runRules(text: string, rules: readonly Rule[], scope: Scope): string {
  if (text === '') return text;
  if (text.length <= SHORT) return runOnShortText(text, rules, scope);
  const seen = new Map<string | RegExp, boolean>();
  let out = text;
  for (const rule of rules) {
    if (rule.hints.length > 0 && !anyHint(text, rule.hints, seen)) continue;
    out = rule.apply(out, scope);
  }
  return out;
}

function anyHint(
  text: string,
  hints: readonly (string | RegExp)[],
  seen: Map<string | RegExp, boolean>,
): boolean {
  for (const hint of hints) {
    let found = seen.get(hint);
    if (found === undefined) {
      found = typeof hint === 'string' ? text.includes(hint) : hint.test(text);
      seen.set(hint, found);
    }
    if (found) return true;
  }
  return false;
}

function runOnShortText(text: string, rules: readonly Rule[], scope: Scope): string {
  let out = text;
  for (const rule of rules) {
    const hints = rule.hints;
    if (hints.length > 0) {
      let found = false;
      for (const hint of hints) {
        if (typeof hint === 'string' ? text.includes(hint) : hint.test(text)) {
          found = true;
          break;
        }
      }
      if (!found) continue;
    }
    out = rule.apply(out, scope);
  }
  return out;
}
