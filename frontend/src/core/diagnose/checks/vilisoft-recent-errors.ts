/** Recent errors a Vilisoft app reported in its own diagnostics. */
import { VILISOFT_DOCS_URL, vilisoftApp } from '../../collect/vilisoft/apps.ts';
import { finding, type Check } from '../check.ts';

const SHOWN = 5;

export const vilisoftRecentErrorsCheck: Check = {
  id: 'vilisoft-recent-errors',
  title: 'Vilisoft apps report no recent errors',
  docUrl: VILISOFT_DOCS_URL,
  run(facts) {
    if (!facts.vilisoftApps) return [];
    return facts.vilisoftApps.flatMap((app) => {
      if (!app.recentErrors) return [];
      const name = vilisoftApp(app.appKey)?.name ?? app.appKey;
      const docUrl = vilisoftApp(app.appKey)?.docsUrl ?? VILISOFT_DOCS_URL;
      const count = app.recentErrors.length;
      if (count === 0) {
        return [
          finding(this, 'ok', {
            title: `${name} reports no recent errors`,
            why: 'The app logged no recent warnings or errors.',
            action: '',
            docUrl,
          }),
        ];
      }
      const newest = [...app.recentErrors]
        .sort((a, b) => (a.time < b.time ? 1 : -1))
        .slice(0, SHOWN);
      return [
        finding(this, 'warning', {
          title: `${name} reports ${count} recent error(s)`,
          why: 'These are the errors the app itself noticed; they usually point straight at the cause.',
          action: `Read the errors below; the full list is in apps/vilisoft/${app.appKey}.json.`,
          details: newest.map((e) => `${e.time}: ${e.message}`),
          docUrl,
        }),
      ];
    });
  },
};
