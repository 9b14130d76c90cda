/**
 * What counts as egress for the browser tests: a request to any origin but Jira's, and any
 * beacon (`navigator.sendBeacon`, which Chromium reports as resource type `ping`), even to
 * Jira itself: the product has nothing to report in the background.
 */
import type { Request } from '@playwright/test';

export interface EgressProblems {
  foreign: string[];
  beacons: string[];
}

const BEACON_TYPES = new Set(['ping', 'beacon']);

/** Local URLs that never leave the browser. */
function isLocal(url: string): boolean {
  return url.startsWith('blob:') || url.startsWith('data:') || url.startsWith('about:');
}

export function isBeacon(request: Pick<Request, 'resourceType'>): boolean {
  return BEACON_TYPES.has(request.resourceType());
}

/**
 * `jiraOwnBeacon` names beacons the page's own Jira code sends (a real Jira's analytics),
 * which the product cannot cause or stop; the sandbox page has none, so there it is unset.
 */
export function egressProblems(
  requests: readonly Pick<Request, 'url' | 'resourceType'>[],
  origin: string,
  jiraOwnBeacon: (url: string) => boolean = () => false,
): EgressProblems {
  return {
    foreign: requests
      .map((request) => request.url())
      .filter((url) => !url.startsWith(origin + '/') && !isLocal(url)),
    beacons: requests
      .filter(isBeacon)
      .map((request) => request.url())
      .filter((url) => !jiraOwnBeacon(url)),
  };
}
