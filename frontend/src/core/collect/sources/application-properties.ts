/** Application properties and advanced settings (values are redacted like everything else). */
import { asArray, asRecord, asString, jsonItem } from '../json.ts';
import type { Source, SourceResult } from '../types.ts';
import { hostOf, learnedValues } from './results.ts';

const CALLS = [
  { endpoint: '/rest/api/2/application-properties', itemPath: 'jira/application-properties.json' },
  {
    endpoint: '/rest/api/2/application-properties/advanced-settings',
    itemPath: 'jira/advanced-settings.json',
  },
];

const HOST_KEYS = new Set(['jira.baseurl', 'mail.smtp.host']);

export const applicationPropertiesSource: Source = {
  id: 'application-properties',
  title: 'Application properties',
  description: 'General configuration and advanced settings (values redacted).',
  defaultOn: false,
  typicalBytes: 40_000,
  enabled: () => true,
  async collect(ctx) {
    const result: SourceResult = { items: [], facts: {}, log: [], learned: [] };
    const properties: { key: string; value: string }[] = [];
    for (const { endpoint, itemPath } of CALLS) {
      const call = await ctx.client.getJson('application-properties', endpoint);
      result.log.push(call.entry);
      if (!call.ok) continue;
      result.items.push(jsonItem(itemPath, 'application-properties', call.json));
      for (const raw of asArray(call.json)) {
        const property = asRecord(raw) ?? {};
        const key = asString(property['key']);
        const value = asString(property['value']);
        if (key !== undefined && value !== undefined) properties.push({ key, value });
      }
    }
    if (properties.length > 0) {
      result.facts.applicationProperties = properties;
      const websudo = properties.find((p) => p.key === 'jira.websudo.is.disabled');
      if (websudo) result.facts.websudoDisabled = websudo.value.trim().toLowerCase() === 'true';
    }
    result.learned = learnedValues(
      properties
        .filter((p) => HOST_KEYS.has(p.key))
        .map((p): [string, string | undefined] => ['host', hostOf(p.value) ?? p.value]),
    );
    return result;
  },
};
