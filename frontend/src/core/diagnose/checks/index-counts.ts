/** Issue counts in the index that disagree with the database. */
import { DOCS, finding, type Check } from '../check.ts';

export const indexCountsCheck: Check = {
  id: 'index-counts',
  title: 'The issue index matches the database',
  docUrl: DOCS.indexing,
  run(facts) {
    const { countInDatabase: db, countInIndex: index } = facts.indexSummary ?? {};
    if (db === undefined || index === undefined) return [];
    const details = [`database: ${db} issues, index: ${index} issues`];
    const diff = Math.abs(db - index);
    if (diff === 0) {
      return [
        finding(this, 'ok', {
          title: 'The index holds every issue',
          why: 'Searches, boards and filters see all issues.',
          action: '',
          details,
        }),
      ];
    }
    // Beyond 1% this is no longer in-flight updates: searches are visibly wrong.
    const severe = diff > db * 0.01;
    return [
      finding(this, severe ? 'problem' : 'warning', {
        title: `The index and the database differ by ${diff} issue(s)`,
        why: 'Issues missing from the index do not show up in searches, boards, filters or apps that search.',
        action: severe
          ? 'Run a full re-index (System › Indexing) in a quiet hour.'
          : 'Check again in a few minutes; if the difference stays, run a background re-index.',
        details,
      }),
    ];
  },
};
