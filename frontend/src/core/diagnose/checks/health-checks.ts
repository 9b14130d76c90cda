/** Jira's own health checks that fail, one finding per severity. */
import type { Severity } from '../../model.ts';
import { DOCS, finding, type Check } from '../check.ts';

const ORDER = ['critical', 'major', 'warning', 'minor'];

function rank(group: string): number {
  const index = ORDER.indexOf(group);
  return index < 0 ? ORDER.length : index;
}

function severityOf(group: string): Severity {
  return group === 'critical' || group === 'major' ? 'problem' : 'warning';
}

export const healthChecksCheck: Check = {
  id: 'health-checks',
  title: "Jira's health checks pass",
  docUrl: DOCS.healthChecks,
  run(facts) {
    const checks = facts.healthChecks;
    if (!checks || checks.length === 0) return [];
    const failing = checks.filter((c) => !c.isHealthy);
    if (failing.length === 0) {
      return [
        finding(this, 'ok', {
          title: `All ${checks.length} health checks pass`,
          why: "Jira's own checks found nothing wrong.",
          action: '',
        }),
      ];
    }
    const groups = new Map<string, typeof failing>();
    for (const check of failing) {
      const known = ORDER.includes(check.severity?.toLowerCase() ?? '');
      const group = known ? (check.severity as string).toLowerCase() : 'other';
      groups.set(group, [...(groups.get(group) ?? []), check]);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([group, list]) =>
        finding(this, severityOf(group), {
          title: `${list.length} health check(s) fail (${group})`,
          why: "Jira's own health checks flag known causes of outages and data problems.",
          action:
            'Open Troubleshooting and support tools › Instance health for the fix of each check.',
          details: list.map((c) => (c.failureReason ? `${c.name}: ${c.failureReason}` : c.name)),
        }),
      );
  },
};
