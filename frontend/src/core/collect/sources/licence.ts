/**
 * A licence summary. The licence key (`rawLicense`) is dropped here, at collection time:
 * support never needs it, not even redacted.
 */
import type { CollectionLogEntry, JsonValue } from '../../model.ts';
import { asBoolean, asNumber, asRecord, asString, compact, jsonItem } from '../json.ts';
import type { Source } from '../types.ts';
import { failedResult, learnedValues, withoutKeys } from './results.ts';

const APPLICATIONS = ['jira-software', 'jira-servicedesk', 'jira-core'];
const SECRET_KEYS = new Set(['rawLicense', 'licenseKey', 'licenseString']);

function isoDate(value: JsonValue | undefined): string | undefined {
  const epoch = asNumber(value);
  if (epoch !== undefined) return new Date(epoch).toISOString();
  const text = asString(value);
  return text && !Number.isNaN(Date.parse(text)) ? new Date(text).toISOString() : undefined;
}

export const licenceSource: Source = {
  id: 'licence',
  title: 'Licence summary',
  description: 'Type, expiry, maintenance and user tier. Never the licence key.',
  defaultOn: true,
  typicalBytes: 900,
  enabled: () => true,
  async collect(ctx) {
    const log: CollectionLogEntry[] = [];
    for (const application of APPLICATIONS) {
      const endpoint = `/rest/plugins/applications/1.0/installed/${application}/license`;
      const call = await ctx.client.getJson('licence', endpoint);
      if (!call.ok) {
        log.push(call.entry);
        if (call.kind === 'not-found') continue;
        return { ...failedResult(call.entry), log };
      }
      const licence = asRecord(call.json) ?? {};
      const summary = withoutKeys(call.json, SECRET_KEYS);
      // Earlier 404s were only the search for the installed application.
      const entries = log.map((e) => ({ ...e, status: 'skipped' as const }));
      return {
        items: [jsonItem('jira/licence.json', 'licence', summary)],
        facts: {
          licence: compact({
            valid: asBoolean(licence['valid']),
            evaluation: asBoolean(licence['evaluation']),
            maximumNumberOfUsers: asNumber(licence['maximumNumberOfUsers']),
            licenseType: asString(licence['licenseType']),
            expiryDate: isoDate(licence['expiryDate']),
            dataCenter: asBoolean(licence['dataCenter']),
            maintenanceExpired: asBoolean(licence['maintenanceExpired']),
          }),
        },
        log: [...entries, call.entry],
        learned: learnedValues([
          ['org', asString(licence['organizationName'])],
          ['sen', asString(licence['supportEntitlementNumber'])],
          ['serverid', asString(licence['serverId'])],
          ['email', asString(licence['contactEmail'])],
        ]),
      };
    }
    return { ...failedResult(log[log.length - 1]!), log };
  },
};
