/**
 * Local diagnostics: every check runs on the facts (no network), and findings come back
 * problems first, then warnings, notes and passes. A check that trips over odd facts is
 * left out rather than breaking the bundle.
 */
import type { Finding, Severity } from '../model.ts';
import type { DiagnosisFacts } from './check.ts';
import { CHECKS } from './checks/index.ts';

export { CHECKS } from './checks/index.ts';
export { deriveFacts, baseUrlMatchesBrowser } from './derive.ts';
export type { Check, DiagnosisFacts, DiagnoseContext } from './check.ts';

export const SEVERITY_ORDER: readonly Severity[] = ['problem', 'warning', 'info', 'ok'];

export interface DiagnoseOptions {
  /** "Now" for expiry checks; defaults to Jira's server time, then the clock. */
  now?: number;
}

/** Jira writes `+0000`; not every engine parses an offset without a colon. */
export function parseJiraTime(text: string | undefined): number {
  return text ? Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : NaN;
}

function nowFor(facts: DiagnosisFacts, options: DiagnoseOptions): number {
  if (options.now !== undefined) return options.now;
  const serverTime = parseJiraTime(facts.serverInfo?.serverTime);
  return Number.isNaN(serverTime) ? Date.now() : serverTime;
}

export function diagnose(facts: DiagnosisFacts, options: DiagnoseOptions = {}): Finding[] {
  const ctx = { now: nowFor(facts, options) };
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    try {
      findings.push(...check.run(facts, ctx));
    } catch {
      // A check that cannot read these facts says nothing; the others still run.
    }
  }
  const rank = (f: Finding) => SEVERITY_ORDER.indexOf(f.severity);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
    .map(({ finding }) => finding);
}
