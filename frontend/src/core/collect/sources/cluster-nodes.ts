/** The cluster's nodes: state, liveness, build. Which node answered each call is in the log. */
import { failureText } from '../failure-advice.ts';
import { asArray, asBoolean, asNumber, asRecord, asString, compact, jsonItem } from '../json.ts';
import type { Source } from '../types.ts';
import { failedResult, learnedValues } from './results.ts';

const ENDPOINT = '/rest/api/2/cluster/nodes';

export const clusterNodesSource: Source = {
  id: 'cluster-nodes',
  title: 'Cluster nodes',
  description: 'Every node: state, alive, build and version; which node answered each call.',
  defaultOn: true,
  typicalBytes: 1500,
  enabled: () => true,
  async collect(ctx) {
    const call = await ctx.client.getJson('cluster-nodes', ENDPOINT, {
      notFound: {
        message: 'This Jira does not report cluster nodes (not clustered, or an older version).',
        advice: '',
      },
    });
    if (!call.ok) {
      // A 404 here is an answer (no cluster), not a fault.
      if (call.kind === 'not-found') return failedResult({ ...call.entry, status: 'skipped' });
      return failedResult(call.entry);
    }
    const nodes = asArray(call.json).map((raw) => {
      const node = asRecord(raw) ?? {};
      return compact({
        nodeId: asString(node['nodeId']) ?? '',
        state: asString(node['state']) ?? 'UNKNOWN',
        alive: asBoolean(node['alive']) ?? false,
        nodeBuildNumber: asNumber(node['nodeBuildNumber']),
        nodeVersion: asString(node['nodeVersion']),
      });
    });
    const ips = asArray(call.json).map((raw) => asString(asRecord(raw)?.['ip']));
    const entry = !Array.isArray(call.json)
      ? {
          ...call.entry,
          status: 'failed' as const,
          kind: 'malformed-json' as const,
          ...failureText('malformed-json'),
        }
      : call.entry;
    return {
      items: [jsonItem('jira/cluster-nodes.json', 'cluster-nodes', call.json)],
      facts: { clusterNodes: nodes },
      log: [entry],
      learned: learnedValues(ips.map((ip): [string, string | undefined] => ['ip', ip])),
    };
  },
};
