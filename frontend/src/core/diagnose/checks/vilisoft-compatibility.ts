/** A Vilisoft app whose declared Jira range does not include this Jira. */
import { VILISOFT_DOCS_URL, vilisoftApp } from '../../collect/vilisoft/apps.ts';
import { finding, type Check } from '../check.ts';
import { compareVersions, jiraVersion, parseVersion } from '../versions.ts';

export const vilisoftCompatibilityCheck: Check = {
  id: 'vilisoft-app-compatibility',
  title: 'Vilisoft apps support this Jira version',
  docUrl: VILISOFT_DOCS_URL,
  run(facts) {
    const jira = jiraVersion(facts.serverInfo);
    if (!jira || !facts.vilisoftApps) return [];
    return facts.vilisoftApps.flatMap((app) => {
      const min = parseVersion(app.compatibleJira?.min);
      const max = parseVersion(app.compatibleJira?.max);
      if (!min && !max) return [];
      const name = vilisoftApp(app.appKey)?.name ?? app.appKey;
      const docUrl = vilisoftApp(app.appKey)?.docsUrl ?? VILISOFT_DOCS_URL;
      const range = `${app.compatibleJira?.min ?? 'any'} – ${app.compatibleJira?.max ?? 'any'}`;
      const details = [
        `${name} ${app.appVersion ?? ''} supports Jira ${range}; this Jira is ${jira.join('.')}.`,
      ];
      const tooOld = min && compareVersions(jira, min) < 0;
      const tooNew = max && compareVersions(jira, max) > 0;
      if (!tooOld && !tooNew) {
        return [
          finding(this, 'ok', {
            title: `${name} supports this Jira version`,
            why: 'The app declares this Jira version as supported.',
            action: '',
            details,
            docUrl,
          }),
        ];
      }
      return [
        finding(this, 'problem', {
          title: `${name} does not support this Jira version`,
          why: 'An app running outside its supported Jira versions can fail in ways that look like Jira bugs.',
          action: tooNew
            ? `Update ${name} to a version that supports this Jira (see the app's version history).`
            : `Upgrade Jira, or install a version of ${name} made for this Jira.`,
          details,
          docUrl,
        }),
      ];
    });
  },
};
