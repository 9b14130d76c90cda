/**
 * What a diagnostic check is: a pure function from facts to findings. Checks see facts
 * that were already redacted, plus a few comparisons made before redaction (booleans), so
 * no personal data can reach a finding.
 */
import type { Facts, Finding, Severity } from '../model.ts';

/** Facts plus comparisons made on the originals before redaction. */
export interface DiagnosisFacts extends Facts {
  /** Whether Jira's base URL matches the origin and context path the admin's browser uses. */
  baseUrlMatchesBrowser?: boolean;
}

export interface DiagnoseContext {
  /** "Now" in ms since the epoch: Jira's server time when known. */
  now: number;
}

export interface Check {
  id: string;
  title: string;
  docUrl: string;
  /** Returns no finding when the facts it needs are missing. */
  run(facts: DiagnosisFacts, ctx: DiagnoseContext): Finding[];
}

export interface FindingText {
  title: string;
  why: string;
  action: string;
  details?: string[];
  docUrl?: string;
}

export function finding(check: Check, severity: Severity, text: FindingText): Finding {
  return {
    checkId: check.id,
    severity,
    title: text.title,
    why: text.why,
    action: text.action,
    docUrl: text.docUrl ?? check.docUrl,
    ...(text.details && text.details.length > 0 ? { details: text.details } : {}),
  };
}

export const DAY_MS = 86_400_000;

export const DOCS = {
  supportedPlatforms:
    'https://confluence.atlassian.com/adminjiraserver/supported-platforms-938846830.html',
  endOfLife:
    'https://confluence.atlassian.com/support/atlassian-support-end-of-life-policy-201851003.html',
  lts: 'https://confluence.atlassian.com/enterprise/long-term-support-releases-948227420.html',
  cluster:
    'https://confluence.atlassian.com/adminjiraserver/set-up-a-jira-data-center-cluster-993929600.html',
  zeroDowntime:
    'https://confluence.atlassian.com/adminjiraserver/upgrading-jira-data-center-with-zero-downtime-938846953.html',
  indexing: 'https://confluence.atlassian.com/adminjiraserver/search-indexing-938847710.html',
  baseUrl:
    'https://confluence.atlassian.com/adminjiraserver/configuring-the-base-url-938847830.html',
  licensing:
    'https://confluence.atlassian.com/adminjiraserver/licensing-and-application-access-938847823.html',
  healthChecks: 'https://confluence.atlassian.com/support/instance-health-790796828.html',
  websudo:
    'https://confluence.atlassian.com/adminjiraserver/configuring-secure-administrator-sessions-938847683.html',
  memory:
    'https://confluence.atlassian.com/adminjiraserver/increasing-jira-application-memory-938847654.html',
  ipd: 'https://confluence.atlassian.com/adminjiraserver/in-product-diagnostics-1236935356.html',
  upmApps: 'https://confluence.atlassian.com/upm/disabling-and-enabling-apps-273875711.html',
} as const;
