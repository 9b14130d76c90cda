/**
 * Comparisons that need original values (URLs, hosts) are made here, before redaction,
 * and kept only as booleans.
 */
import type { Facts } from '../model.ts';
import type { DiagnosisFacts } from './check.ts';

function normalisedUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, '');
    // URL drops default ports, so https://x and https://x:443 compare equal.
    return `${parsed.protocol}//${parsed.host.toLowerCase()}${path}`;
  } catch {
    return undefined;
  }
}

export function baseUrlMatchesBrowser(facts: Facts): boolean | undefined {
  const baseUrl = facts.serverInfo?.baseUrl;
  const browser = facts.browser;
  if (!baseUrl || !browser?.origin) return undefined;
  const expected = normalisedUrl(baseUrl);
  const actual = normalisedUrl(`${browser.origin}${browser.contextPath ?? ''}`);
  if (!expected || !actual) return undefined;
  return expected === actual;
}

/** The facts plus the comparisons; call on the original facts, before redaction. */
export function deriveFacts(facts: Facts): DiagnosisFacts {
  const match = baseUrlMatchesBrowser(facts);
  return match === undefined ? { ...facts } : { ...facts, baseUrlMatchesBrowser: match };
}
