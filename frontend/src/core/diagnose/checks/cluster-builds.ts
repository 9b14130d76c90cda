/** Cluster nodes running different Jira builds. */
import { DOCS, finding, type Check } from '../check.ts';

export const clusterBuildsCheck: Check = {
  id: 'cluster-builds',
  title: 'All cluster nodes run the same build',
  docUrl: DOCS.zeroDowntime,
  run(facts) {
    const nodes = facts.clusterNodes?.filter((n) => n.nodeBuildNumber !== undefined);
    if (!nodes || nodes.length < 2) return [];
    const builds = new Set(nodes.map((n) => n.nodeBuildNumber));
    const details = nodes.map(
      (n) => `${n.nodeId}: ${n.nodeVersion ?? '?'} (build ${n.nodeBuildNumber})`,
    );
    if (builds.size === 1) {
      return [
        finding(this, 'ok', {
          title: 'All cluster nodes run the same build',
          why: 'Nodes on one build share caches and indexes safely.',
          action: '',
          details,
        }),
      ];
    }
    return [
      finding(this, 'problem', {
        title: `Cluster nodes run ${builds.size} different builds`,
        why: 'Outside a zero-downtime upgrade, nodes on different builds corrupt caches and index replication.',
        action: 'Finish the upgrade (or roll it back) so every node runs the same build.',
        details,
      }),
    ];
  },
};
