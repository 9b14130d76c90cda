/** Jira's monitoring and in-product diagnostics (IPD) switched off. */
import { DOCS, finding, type Check } from '../check.ts';

export const monitoringCheck: Check = {
  id: 'monitoring',
  title: 'Monitoring and in-product diagnostics are on',
  docUrl: DOCS.ipd,
  run(facts) {
    const monitoring = facts.monitoring;
    if (!monitoring || (monitoring.app === undefined && monitoring.ipd === undefined)) return [];
    const off = [
      ...(monitoring.app === false ? ['app monitoring'] : []),
      ...(monitoring.ipd === false ? ['in-product diagnostics (IPD)'] : []),
    ];
    if (off.length === 0) {
      return [
        finding(this, 'ok', {
          title: 'Monitoring is on',
          why: 'Jira records the metrics support needs.',
          action: '',
        }),
      ];
    }
    return [
      finding(this, 'warning', {
        title: `Switched off: ${off.join(', ')}`,
        why: 'Without these metrics (database latency, HTTP pool, mail queue…) slowdowns are hard to explain afterwards.',
        action: 'Turn them on in System › Monitoring; they cost little.',
        details: off,
      }),
    ];
  },
};
