/** A Vilisoft app that is disabled, or has broken or disabled modules. */
import { isVilisoftPlugin, VILISOFT_DOCS_URL } from '../../collect/vilisoft/apps.ts';
import { DOCS, finding, type Check } from '../check.ts';

export const vilisoftAppStateCheck: Check = {
  id: 'vilisoft-app-state',
  title: 'Vilisoft apps are enabled and whole',
  docUrl: DOCS.upmApps,
  run(facts) {
    if (!facts.plugins) return [];
    return facts.plugins
      .filter((plugin) => isVilisoftPlugin(plugin.key, plugin.vendor))
      .map((plugin) => {
        const name = `${plugin.name} ${plugin.version}`.trim();
        if (!plugin.enabled) {
          return finding(this, 'problem', {
            title: `${plugin.name} is disabled`,
            why: 'A disabled app does nothing: its screens, jobs and REST endpoints are gone.',
            action: 'Enable it in Manage apps, or tell support why it was disabled.',
            details: [name],
          });
        }
        const broken = (plugin.modules ?? []).filter((m) => m.broken);
        const disabled = (plugin.modules ?? []).filter((m) => !m.enabled && !m.broken);
        if (broken.length > 0) {
          return finding(this, 'problem', {
            title: `${plugin.name} has ${broken.length} broken module(s)`,
            why: 'A broken module failed to start; the feature it provides does not work.',
            action:
              'Restart the app (disable, then enable it); if it stays broken, send this bundle with the Jira log.',
            details: [
              ...broken.map((m) => `broken: ${m.key}`),
              ...disabled.map((m) => `disabled: ${m.key}`),
            ],
          });
        }
        if (disabled.length > 0) {
          return finding(this, 'warning', {
            title: `${plugin.name} has ${disabled.length} disabled module(s)`,
            why: 'Disabled modules switch off part of the app; sometimes on purpose, sometimes by mistake.',
            action: 'Check in Manage apps whether these modules were disabled on purpose.',
            details: disabled.map((m) => `disabled: ${m.key}`),
          });
        }
        return finding(this, 'ok', {
          title: `${plugin.name} is enabled with all modules`,
          why: 'Every module of the app is running.',
          action: '',
          details: [name],
          docUrl: VILISOFT_DOCS_URL,
        });
      });
  },
};
