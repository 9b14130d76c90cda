/** Every installed app from UPM; module states for Vilisoft's apps. */
import type { Facts, JsonValue } from '../../model.ts';
import { asArray, asBoolean, asRecord, asString, compact, jsonItem } from '../json.ts';
import type { Source, SourceResult } from '../types.ts';
import { isVilisoftPlugin } from '../vilisoft/apps.ts';
import { failedResult } from './results.ts';

/** UPM's app list; the trailing slash matters. */
export const UPM_LIST = '/rest/plugins/1.0/';

type Plugin = NonNullable<Facts['plugins']>[number];

export function parsePlugins(json: JsonValue): Plugin[] {
  return asArray(asRecord(json)?.['plugins']).map((raw) => {
    const plugin = asRecord(raw) ?? {};
    const vendor = asRecord(plugin['vendor']);
    return compact({
      key: asString(plugin['key']) ?? '',
      name: asString(plugin['name']) ?? '',
      version: asString(plugin['version']) ?? '',
      enabled: asBoolean(plugin['enabled']) ?? false,
      userInstalled: asBoolean(plugin['userInstalled']) ?? false,
      vendor: asString(vendor?.['name']) ?? asString(plugin['vendor']),
    });
  });
}

function parseModules(json: JsonValue): NonNullable<Plugin['modules']> {
  return asArray(asRecord(json)?.['modules']).map((raw) => {
    const module = asRecord(raw) ?? {};
    return compact({
      key: asString(module['key']) ?? asString(module['completeKey']) ?? '',
      enabled: asBoolean(module['enabled']) ?? false,
      broken: asBoolean(module['broken']),
    });
  });
}

export const installedAppsSource: Source = {
  id: 'installed-apps',
  title: 'Installed apps',
  description: 'Every app with version and state; module states of Vilisoft apps.',
  defaultOn: true,
  typicalBytes: 60_000,
  enabled: () => true,
  async collect(ctx) {
    const list = await ctx.client.getJson('installed-apps', UPM_LIST);
    if (!list.ok) return failedResult(list.entry);
    const result: SourceResult = {
      items: [jsonItem('apps/installed-apps.json', 'installed-apps', list.json)],
      facts: {},
      log: [list.entry],
      learned: [],
    };
    const plugins = parsePlugins(list.json);
    for (const plugin of plugins) {
      if (!isVilisoftPlugin(plugin.key, plugin.vendor)) continue;
      const endpoint = `${UPM_LIST}${encodeURIComponent(plugin.key)}-key`;
      const detail = await ctx.client.getJson('installed-apps', endpoint);
      result.log.push(detail.entry);
      if (!detail.ok) continue;
      result.items.push(jsonItem(`apps/modules/${plugin.key}.json`, 'installed-apps', detail.json));
      plugin.modules = parseModules(detail.json);
    }
    result.facts.plugins = plugins;
    return result;
  },
};
