/**
 * Runs a list of rules over one block. A rule runs only when one of its keyword hints occurs
 * in the block; each distinct hint is checked at most once per block and shared between rules
 * (the plan of distinct hints is built once per rule list, so a block costs no Map work).
 * Short texts (JSON values) skip the sharing: checking a hint there is cheaper than
 * remembering it.
 */
import type { Rule, Scope } from '../types.ts';

const SHORT = 512;
/** A hint as checked: a literal in the text, or a regex. */
interface Check {
  literal: string;
  regex: RegExp | null;
}

interface Plan {
  checks: Check[];
  /** Per rule, the indexes of its checks (empty: the rule always runs). */
  ruleChecks: number[][];
}

const plans = new WeakMap<readonly Rule[], Plan>();

function toCheck(hint: string | RegExp): Check {
  return typeof hint === 'string' ? { literal: hint, regex: null } : { literal: '', regex: hint };
}

function planFor(rules: readonly Rule[]): Plan {
  let plan = plans.get(rules);
  if (plan !== undefined) return plan;
  const index = new Map<string | RegExp, number>();
  const byKey = new Map<string, number>();
  const checks: Check[] = [];
  const ruleChecks: number[][] = [];
  for (const rule of rules) {
    const ids: number[] = [];
    for (const hint of rule.hints) {
      let id = index.get(hint);
      if (id === undefined) {
        const check = toCheck(hint);
        const key = check.regex === null ? check.literal : '';
        id = key === '' ? undefined : byKey.get(key);
        if (id === undefined) {
          id = checks.length;
          checks.push(check);
          if (key !== '') byKey.set(key, id);
        }
        index.set(hint, id);
      }
      ids.push(id);
    }
    ruleChecks.push(ids);
  }
  plan = { checks, ruleChecks };
  plans.set(rules, plan);
  return plan;
}

export function runRules(text: string, rules: readonly Rule[], scope: Scope): string {
  if (text === '') return text;
  if (text.length <= SHORT) return runOnShortText(text, rules, scope);
  const { checks, ruleChecks } = planFor(rules);
  // 0: not checked yet, 1: found, 2: absent.
  const state = new Uint8Array(checks.length);
  let out = text;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as Rule;
    const ids = ruleChecks[r] as number[];
    if (ids.length > 0) {
      let found = false;
      for (const id of ids) {
        let s = state[id] as number;
        if (s === 0) {
          const check = checks[id] as Check;
          let hit: boolean;
          if (check.regex !== null) hit = check.regex.test(text);
          else hit = text.includes(check.literal);
          s = hit ? 1 : 2;
          state[id] = s;
        }
        if (s === 1) {
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
