/** Jira's health checks (ATST), falling back to the older support health-check endpoint. */
import type { CollectionLogEntry, JsonValue } from '../../model.ts';
import { asArray, asBoolean, asRecord, asString, compact, jsonItem } from '../json.ts';
import type { Source } from '../types.ts';
import { failedResult } from './results.ts';

const ENDPOINTS = ['/rest/troubleshooting/1.0/check/', '/rest/supportHealthCheck/1.0/check/'];

function healthFacts(json: JsonValue) {
  return asArray(asRecord(json)?.['statuses']).map((raw) => {
    const status = asRecord(raw) ?? {};
    return compact({
      name: asString(status['name']) ?? asString(status['completeKey']) ?? 'unnamed check',
      completeKey: asString(status['completeKey']),
      isHealthy: asBoolean(status['isHealthy']) ?? asBoolean(status['healthy']) ?? false,
      severity: asString(status['severity']),
      failureReason: asString(status['failureReason']),
    });
  });
}

export const healthChecksSource: Source = {
  id: 'health-checks',
  title: 'Health checks',
  description: "Results of Jira's own health checks (Atlassian Troubleshooting and Support Tools).",
  defaultOn: true,
  typicalBytes: 9000,
  enabled: () => true,
  async collect(ctx) {
    const log: CollectionLogEntry[] = [];
    for (const endpoint of ENDPOINTS) {
      const call = await ctx.client.getJson('health-checks', endpoint);
      log.push(call.entry);
      if (!call.ok && call.kind === 'not-found') continue;
      if (!call.ok) return { ...failedResult(call.entry), log };
      // The newer endpoint's 404 only means "older Jira": not a failure once the fallback answered.
      const earlier = log.slice(0, -1).map((e) => ({ ...e, status: 'skipped' as const }));
      return {
        items: [jsonItem('jira/health-checks.json', 'health-checks', call.json)],
        facts: { healthChecks: healthFacts(call.json) },
        log: [...earlier, call.entry],
        learned: [],
      };
    }
    return { ...failedResult(log[0]!), log };
  },
};
