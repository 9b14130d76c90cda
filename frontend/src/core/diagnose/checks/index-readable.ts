/** The issue index cannot be read. */
import { DOCS, finding, type Check } from '../check.ts';

export const indexReadableCheck: Check = {
  id: 'index-readable',
  title: 'The issue index is readable',
  docUrl: DOCS.indexing,
  run(facts) {
    const readable = facts.indexSummary?.indexReadable;
    if (readable === undefined) return [];
    const node = facts.indexSummary?.nodeId;
    const details = node ? [`reported by node ${node}`] : [];
    if (readable) {
      return [
        finding(this, 'ok', {
          title: 'The issue index is readable',
          why: 'Search works on this node.',
          action: '',
          details,
        }),
      ];
    }
    return [
      finding(this, 'problem', {
        title: 'The issue index is not readable',
        why: 'Without a readable index, searches, boards and dashboards fail on this node.',
        action: 'Restore the index from another node or a snapshot, or run a full re-index.',
        details,
      }),
    ];
  },
};
