/** Secure administrator sessions (websudo) switched off. */
import { DOCS, finding, type Check } from '../check.ts';

export const websudoCheck: Check = {
  id: 'websudo',
  title: 'Secure administrator sessions are on',
  docUrl: DOCS.websudo,
  run(facts) {
    if (facts.websudoDisabled === undefined) return [];
    if (!facts.websudoDisabled) {
      return [
        finding(this, 'ok', {
          title: 'Secure administrator sessions are on',
          why: 'Admin pages ask for the password again before changes.',
          action: '',
        }),
      ];
    }
    return [
      finding(this, 'warning', {
        title: 'Secure administrator sessions are switched off',
        why: "Anyone who gets hold of an admin's browser session can change Jira's configuration without the password.",
        action: 'Remove jira.websudo.is.disabled=true (jira-config.properties) and restart Jira.',
      }),
    ];
  },
};
