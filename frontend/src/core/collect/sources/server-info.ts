/** Jira's version, build, deployment type and base URL. */
import { asArray, asNumber, asRecord, asString, compact } from '../json.ts';
import type { Source } from '../types.ts';
import { hostOf, learnedValues, singleEndpoint } from './results.ts';

export const serverInfoSource: Source = {
  id: 'server-info',
  title: 'Jira server info',
  description: 'Version, build number, deployment type and base URL.',
  defaultOn: true,
  typicalBytes: 600,
  enabled: () => true,
  collect: (ctx) =>
    singleEndpoint(ctx, {
      sourceId: 'server-info',
      endpoint: '/rest/api/2/serverInfo',
      itemPath: 'jira/server-info.json',
      facts: (json) => {
        const info = asRecord(json) ?? {};
        const numbers = asArray(info['versionNumbers'])
          .map((n) => asNumber(n))
          .filter((n): n is number => n !== undefined);
        return {
          serverInfo: compact({
            baseUrl: asString(info['baseUrl']),
            version: asString(info['version']),
            versionNumbers: numbers.length > 0 ? numbers : undefined,
            deploymentType: asString(info['deploymentType']),
            buildNumber: asNumber(info['buildNumber']),
            buildDate: asString(info['buildDate']),
            serverTime: asString(info['serverTime']),
            serverTitle: asString(info['serverTitle']),
          }),
        };
      },
      learned: (json) => {
        const info = asRecord(json) ?? {};
        return learnedValues([['host', hostOf(asString(info['baseUrl']))]]);
      },
    }),
};
