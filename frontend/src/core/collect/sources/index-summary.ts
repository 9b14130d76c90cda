/** The issue index: readable, counts compared with the database, replication queues. */
import { asBoolean, asNumber, asRecord, asString, compact } from '../json.ts';
import type { Source } from '../types.ts';
import { singleEndpoint } from './results.ts';

export const indexSummarySource: Source = {
  id: 'index-summary',
  title: 'Index summary',
  description: 'Whether the issue index is readable and matches the database.',
  defaultOn: true,
  typicalBytes: 1200,
  enabled: () => true,
  collect: (ctx) =>
    singleEndpoint(ctx, {
      sourceId: 'index-summary',
      endpoint: '/rest/api/2/index/summary',
      itemPath: 'jira/index-summary.json',
      facts: (json) => {
        const summary = asRecord(json) ?? {};
        const issueIndex = asRecord(summary['issueIndex']) ?? {};
        return {
          indexSummary: compact({
            nodeId: asString(summary['nodeId']),
            indexReadable: asBoolean(issueIndex['indexReadable']),
            countInDatabase: asNumber(issueIndex['countInDatabase']),
            countInIndex: asNumber(issueIndex['countInIndex']),
            countInArchive: asNumber(issueIndex['countInArchive']),
          }),
        };
      },
    }),
};
