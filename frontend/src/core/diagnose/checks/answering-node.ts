/** A node answered our calls that the cluster's node list does not know. */
import { DOCS, finding, type Check } from '../check.ts';

export const answeringNodeCheck: Check = {
  id: 'answering-node',
  title: 'The nodes that answered are cluster members',
  docUrl: DOCS.cluster,
  run(facts) {
    const answering = facts.answeringNodes;
    const nodes = facts.clusterNodes;
    if (!answering || !nodes || nodes.length === 0) return [];
    const known = new Set(nodes.map((n) => n.nodeId));
    const answered = [...new Set(Object.values(answering))];
    if (answered.length === 0) return [];
    const unknown = answered.filter((id) => !known.has(id));
    if (unknown.length === 0) {
      return [
        finding(this, 'ok', {
          title: 'Answers came from known cluster nodes',
          why: 'The load balancer sends this browser to listed nodes.',
          action: '',
          details: answered.map((id) => `answered: ${id}`),
        }),
      ];
    }
    return [
      finding(this, 'warning', {
        title: 'A node answered that is not in the cluster list',
        why: 'A node missing from the list may run with its own cluster settings, or the load balancer points at a stray instance.',
        action:
          "Check the node's cluster.properties (jira.node.id, shared home) and the load balancer's members.",
        details: unknown.map((id) => `not in the cluster list: ${id}`),
      }),
    ];
  },
};
