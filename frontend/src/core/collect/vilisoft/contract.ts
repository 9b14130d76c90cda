/**
 * The app diagnostics contract, version 1 (documented in docs/bundle-format.md).
 * Extra fields are allowed so an app can add to it without breaking older bundles.
 */
import { z } from 'zod';

export const recentErrorSchema = z.looseObject({
  time: z.string().min(1),
  level: z.string().min(1),
  logger: z.string().optional(),
  message: z.string(),
});

export const appDiagnosticsSchema = z.looseObject({
  schema: z.literal(1),
  appKey: z.string().min(1),
  appVersion: z.string().min(1),
  compatibleJira: z.looseObject({
    min: z.string().optional(),
    max: z.string().optional(),
  }),
  configuration: z.record(z.string(), z.unknown()),
  recentErrors: z.array(recentErrorSchema).max(1000),
});

export type AppDiagnostics = z.infer<typeof appDiagnosticsSchema>;

export type ContractCheck = { ok: true; value: AppDiagnostics } | { ok: false; problems: string[] };

/** Validates an app's answer; problems are short, admin-readable, at most five. */
export function checkAppDiagnostics(json: unknown, expectedAppKey: string): ContractCheck {
  const parsed = appDiagnosticsSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return { ok: false, problems };
  }
  if (parsed.data.appKey !== expectedAppKey) {
    return { ok: false, problems: [`appKey: expected ${expectedAppKey}`] };
  }
  return { ok: true, value: parsed.data };
}
