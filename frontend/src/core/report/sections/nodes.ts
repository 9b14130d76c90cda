/** The cluster's nodes, and which node answered which call. */
import type { Facts } from '../../model.ts';
import { badge, section, table, type Cell } from '../html.ts';

export function nodesSection(facts: Facts): string {
  const nodes = facts.clusterNodes ?? [];
  const answered = new Map<string, number>();
  for (const id of Object.values(facts.answeringNodes ?? {}))
    answered.set(id, (answered.get(id) ?? 0) + 1);
  const rows = nodes.map((n): Cell[] => [
    n.nodeId,
    n.state,
    n.alive ? badge('ok', 'alive') : badge('problem', 'not alive'),
    n.nodeVersion,
    n.nodeBuildNumber,
    answered.get(n.nodeId) ?? 0,
  ]);
  const strangers = [...answered.entries()].filter(([id]) => !nodes.some((n) => n.nodeId === id));
  for (const [id, count] of strangers) rows.push([id, 'not in the list', '', '', '', count]);
  return section(
    'nodes',
    `Cluster nodes (${nodes.length})`,
    table(['Node', 'State', 'Alive', 'Version', 'Build', 'Calls answered'], rows),
  );
}
