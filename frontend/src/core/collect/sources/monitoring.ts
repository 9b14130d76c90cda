/** Whether Jira's application monitoring and in-product diagnostics (IPD) are switched on. */
import type { Facts } from '../../model.ts';
import { asBoolean, asRecord, jsonItem } from '../json.ts';
import type { Source, SourceResult } from '../types.ts';

const CALLS = [
  { flag: 'app', endpoint: '/rest/api/2/monitoring/app' },
  { flag: 'ipd', endpoint: '/rest/api/2/monitoring/ipd' },
] as const;

export const monitoringSource: Source = {
  id: 'monitoring',
  title: 'Monitoring flags',
  description: 'Whether app monitoring and in-product diagnostics (IPD) are on.',
  defaultOn: true,
  typicalBytes: 200,
  enabled: () => true,
  async collect(ctx) {
    const result: SourceResult = { items: [], facts: {}, log: [], learned: [] };
    const monitoring: NonNullable<Facts['monitoring']> = {};
    const answers: Record<string, unknown> = {};
    for (const { flag, endpoint } of CALLS) {
      const call = await ctx.client.getJson('monitoring', endpoint);
      result.log.push(call.entry);
      if (!call.ok) continue;
      answers[flag] = call.json;
      const enabled = asBoolean(asRecord(call.json)?.['enabled']);
      if (enabled !== undefined) monitoring[flag] = enabled;
    }
    if (Object.keys(answers).length > 0) {
      result.items.push(jsonItem('jira/monitoring.json', 'monitoring', answers));
      result.facts.monitoring = monitoring;
    }
    return result;
  },
};
