/** Cluster nodes that are offline or not alive. */
import { DOCS, finding, type Check } from '../check.ts';

export const clusterNodesAliveCheck: Check = {
  id: 'cluster-nodes-alive',
  title: 'All cluster nodes are alive',
  docUrl: DOCS.cluster,
  run(facts) {
    const nodes = facts.clusterNodes;
    if (!nodes || nodes.length === 0) return [];
    // An ACTIVE node that is not alive is still expected to serve traffic: the worst case.
    const dead = nodes.filter((n) => !n.alive && n.state !== 'OFFLINE');
    const offline = nodes.filter((n) => n.state === 'OFFLINE');
    const describe = (n: (typeof nodes)[number]) =>
      `${n.nodeId}: ${n.state}, ${n.alive ? 'alive' : 'not alive'}`;
    if (dead.length > 0) {
      return [
        finding(this, 'problem', {
          title: `${dead.length} cluster node(s) not alive but not offline`,
          why: 'The cluster still counts on these nodes; the load balancer may send users to them.',
          action:
            'Check those nodes (Jira process, network, shared home); restart or take them out of the load balancer.',
          details: [...dead, ...offline].map(describe),
        }),
      ];
    }
    if (offline.length > 0) {
      return [
        finding(this, 'warning', {
          title: `${offline.length} cluster node(s) offline`,
          why: 'Offline nodes do not serve users; stale ones keep index replication queues growing.',
          action: 'Start the node again, or remove a node that is gone for good from the cluster.',
          details: offline.map(describe),
        }),
      ];
    }
    return [
      finding(this, 'ok', {
        title: `All ${nodes.length} cluster node(s) alive`,
        why: 'Every node is up.',
        action: '',
        details: nodes.map(describe),
      }),
    ];
  },
};
