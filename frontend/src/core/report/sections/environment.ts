/** The environment at a glance: Jira, deployment, nodes, Java, database, licence. */
import type { Facts } from '../../model.ts';
import { esc, section } from '../html.ts';

function row(label: string, value: string | number | undefined): string {
  return value === undefined || value === '' ? '' : `<dt>${esc(label)}</dt><dd>${esc(value)}</dd>`;
}

export function environmentSection(facts: Facts): string {
  const info = facts.serverInfo ?? {};
  const nodes = facts.clusterNodes ?? [];
  const heap = (facts.jvmArguments ?? []).filter((a) => /^-Xm[sx]/.test(a)).join(' ');
  const licence = facts.licence;
  const answering = [...new Set(Object.values(facts.answeringNodes ?? {}))].join(', ');
  const rows = [
    row('Jira version', info.version),
    row('Build', info.buildNumber),
    row('Build date', info.buildDate),
    row('Deployment', info.deploymentType),
    row('Server time', info.serverTime),
    row(
      'Cluster nodes',
      nodes.length > 0
        ? `${nodes.length} (${nodes.filter((n) => n.alive).length} alive)`
        : undefined,
    ),
    row('Answered by', answering),
    row('Java', facts.javaVersion),
    row('JVM memory', heap),
    row('Database', [facts.database?.type, facts.database?.version].filter(Boolean).join(' ')),
    row(
      'Licence',
      licence
        ? [
            licence.licenseType,
            licence.dataCenter ? 'Data Center' : undefined,
            licence.evaluation ? 'evaluation' : undefined,
          ]
            .filter(Boolean)
            .join(', ')
        : undefined,
    ),
    row('Licence expiry', licence?.expiryDate?.slice(0, 10)),
    row('Users (max)', licence?.maximumNumberOfUsers),
    row('Apps installed', facts.plugins?.length),
    row(
      'Monitoring',
      facts.monitoring
        ? `app ${facts.monitoring.app ? 'on' : 'off'}, IPD ${facts.monitoring.ipd ? 'on' : 'off'}`
        : undefined,
    ),
    row(
      'Browser',
      facts.browser
        ? `${facts.browser.userAgent} (${facts.browser.language}, ${facts.browser.timeZone})`
        : undefined,
    ),
  ].join('\n');
  return section(
    'environment',
    'Environment',
    rows.trim() ? `<dl class="facts">\n${rows}\n</dl>` : '<p class="muted">Not collected.</p>',
  );
}
