/**
 * Jira versions out of support: Atlassian supports a release for two years, and Data
 * Center customers should stay on a Long Term Support release.
 */
import { DAY_MS, DOCS, finding, type Check } from '../check.ts';
import { jiraVersion } from '../versions.ts';

/** Long Term Support releases and when they came out (update with each new LTS). */
export const LTS_RELEASES: Record<string, string> = {
  '8.20': '2021-11-01',
  '9.4': '2022-12-01',
  '9.12': '2023-12-01',
  '10.3': '2024-12-01',
  '11.3': '2025-12-01',
};

const SUPPORT_MS = 2 * 365 * DAY_MS;
const SOON_MS = 180 * DAY_MS;

export const jiraVersionCheck: Check = {
  id: 'jira-version',
  title: 'Jira is a supported Long Term Support release',
  docUrl: DOCS.endOfLife,
  run(facts, ctx) {
    const version = jiraVersion(facts.serverInfo);
    if (!version || version[0] === undefined) return [];
    const line = `${version[0]}.${version[1] ?? 0}`;
    const details = [`Jira ${version.join('.')}`];
    const released = LTS_RELEASES[line];
    if (!released) {
      const old = version[0] < 9;
      return [
        finding(this, old ? 'problem' : 'warning', {
          title: old
            ? `Jira ${line} is out of support`
            : `Jira ${line} is not a Long Term Support release`,
          why: old
            ? 'Atlassian no longer fixes bugs or security issues in this version.'
            : 'Feature releases get fixes for a short time only; LTS releases get security and critical fixes for two years.',
          action: 'Plan an upgrade to the newest Long Term Support release.',
          details,
          docUrl: DOCS.lts,
        }),
      ];
    }
    const endOfSupport = Date.parse(released) + SUPPORT_MS;
    const end = new Date(endOfSupport).toISOString().slice(0, 7);
    details.push(`LTS line ${line}, supported until about ${end}`);
    if (ctx.now > endOfSupport) {
      return [
        finding(this, 'problem', {
          title: `Jira ${line} has reached end of support`,
          why: 'Atlassian no longer fixes bugs or security issues in this version; apps drop support for it too.',
          action: 'Upgrade to the newest Long Term Support release.',
          details,
        }),
      ];
    }
    if (ctx.now > endOfSupport - SOON_MS) {
      return [
        finding(this, 'warning', {
          title: `Jira ${line} reaches end of support soon`,
          why: 'After that, no more security fixes.',
          action: 'Plan the upgrade to the newest Long Term Support release.',
          details,
        }),
      ];
    }
    return [
      finding(this, 'ok', {
        title: `Jira ${line} is a supported LTS release`,
        why: 'It still gets security and critical fixes.',
        action: '',
        details,
      }),
    ];
  },
};
