/** Global feature switches (attachments, time tracking, sub-tasks…). */
import { asRecord } from '../json.ts';
import type { Source } from '../types.ts';
import { singleEndpoint } from './results.ts';

export const configurationSource: Source = {
  id: 'configuration',
  title: 'Configuration',
  description: 'Global switches: attachments, voting, sub-tasks, time tracking.',
  defaultOn: true,
  typicalBytes: 400,
  enabled: () => true,
  collect: (ctx) =>
    singleEndpoint(ctx, {
      sourceId: 'configuration',
      endpoint: '/rest/api/2/configuration',
      itemPath: 'jira/configuration.json',
      facts: (json) => {
        const config = asRecord(json);
        return config ? { configuration: config } : {};
      },
    }),
};
