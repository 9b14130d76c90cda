/** MAC addresses (`00:1a:2b:3c:4d:5e`, `00-1A-2B-3C-4D-5E`); all-zero and broadcast stay. */
import type { Rule, Scope } from '../types.ts';
import { replaceColonRuns } from './helpers/colon-runs.ts';

const COLON_MAC = /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/i;
const DASH_GATE = /-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}(?![\w-])/;
const DASH_MAC = /(?<![\w:-])[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}(?![\w:-])/g;

export const mac: Rule = {
  id: 'mac',
  ruleClass: 'network',
  method: 'pseudonymise',
  description: 'MAC addresses.',
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    const out = replaceColonRuns(text, (run) => (COLON_MAC.test(run) ? swap(run, scope) : null));
    if (!DASH_GATE.test(out)) return out;
    // Digit-only dashed runs are more often dates or ids than hardware addresses.
    return out.replace(DASH_MAC, (found) => (/[a-f]/i.test(found) ? (swap(found, scope) ?? found) : found));
  },
};

function swap(found: string, scope: Scope): string | null {
  if (/^(?:00[:-]){5}00$|^(?:ff[:-]){5}ff$/i.test(found)) return null;
  const token = scope.token('mac', found);
  if (token === found) return null;
  scope.hit('mac');
  return token;
}
