/** Reads `--rules <file>`: JSON `{ "rules": [ { id?, keyword?, pattern?, flags?, files? } ] }`. */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { CustomRuleSpec } from '../../frontend/src/core/redact/index.ts';
import { describeError, UsageError } from './errors.ts';

const ruleSchema = z
  .strictObject({
    id: z.string().min(1).max(64).optional(),
    keyword: z.string().min(1).optional(),
    pattern: z.string().min(1).optional(),
    flags: z
      .string()
      .regex(/^[imsu]*$/, 'may only hold the letters i, m, s, u')
      .optional(),
    files: z.array(z.string().min(1)).optional(),
  })
  .refine((rule) => rule.keyword !== undefined || rule.pattern !== undefined, {
    message: 'needs a "keyword" or a "pattern"',
  });

const rulesFileSchema = z.strictObject({ rules: z.array(ruleSchema) });

export const RULES_FILE_EXAMPLE = `{ "rules": [ { "id": "project-codename", "keyword": "Bluebird" },
             { "id": "order-no", "pattern": "ORD-\\\\d{6}", "files": ["**/*.log"] } ] }`;

function fieldName(path: PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');
}

export async function readRulesFile(path: string): Promise<CustomRuleSpec[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the rules file ${path}: ${describeError(error)}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The rules file ${path} is not valid JSON: ${describeError(error)}.`);
  }
  const parsed = rulesFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${fieldName(issue.path) || '(top level)'}: ${issue.message}`,
    );
    throw new UsageError(
      `The rules file ${path} has problems:\n${problems.join('\n')}\nExpected, for example:\n  ${RULES_FILE_EXAMPLE}`,
    );
  }
  return parsed.data.rules;
}
