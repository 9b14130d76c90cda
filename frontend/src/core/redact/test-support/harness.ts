/**
 * Test helpers: run one rule with a transparent scope (a token shows its kind and value, so a
 * test can assert exactly what was pseudonymised as what), or the whole redactor.
 */
import type { Rule, Scope, TextFormat } from '../types.ts';
import { createRedactor, type Redactor } from '../index.ts';

export interface RuleRun {
  out: string;
  hits: Record<string, number>;
}

/** `⟨user#jsmith⟩` stands for the token of `jsmith` as a user (no `:` or `=`, which rules read as separators). */
export function runRule(rule: Rule, text: string, format: TextFormat = 'log'): RuleRun {
  const hits: Record<string, number> = {};
  const scope: Scope = {
    path: 'test.txt',
    format,
    token: (kind, value) => (value.startsWith('⟨') ? value : `⟨${kind}#${value}⟩`),
    hit: (id) => {
      hits[id] = (hits[id] ?? 0) + 1;
    },
    isToken: (value) => value.startsWith('⟨'),
  };
  return { out: rule.apply(text, scope), hits };
}

export const TEST_SECRET = new Uint8Array(32).map((_, i) => (i * 37 + 11) & 255);

export function newRedactor(
  extra: Omit<Parameters<typeof createRedactor>[0], 'secret'> = {},
): Redactor {
  return createRedactor({ secret: TEST_SECRET, ...extra });
}

/** Redacts one text with a fresh redactor. */
export async function redact(path: string, text: string): Promise<string> {
  return newRedactor().redactText(path, text);
}
