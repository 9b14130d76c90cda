// The Universal Plugin Manager's view: the fixture's apps plus the plugin loaded from the JAR.
import * as z from 'zod';
import type { SandboxState } from './context.ts';

const upmPluginSchema = z.looseObject({
  key: z.string(),
  name: z.string(),
  version: z.string(),
  enabled: z.boolean(),
  vendor: z.looseObject({ name: z.string() }),
});
const upmListSchema = z.looseObject({ plugins: z.array(upmPluginSchema) });
const moduleSchema = z.looseObject({ key: z.string(), completeKey: z.string() });
const modulesFileSchema = z.record(z.string(), z.array(moduleSchema));

export type UpmPlugin = z.infer<typeof upmPluginSchema>;
export type UpmList = z.infer<typeof upmListSchema>;

export const UPM_LIST_FILE = 'upm-plugins.json';
export const UPM_MODULES_FILE = 'upm-plugin-modules.json';

function links(contextPath: string, key: string): Record<string, string> {
  const self = `${contextPath}/rest/plugins/1.0/${key}-key`;
  return {
    self,
    'plugin-summary': `${self}/summary`,
    modify: self,
    'plugin-icon': `${self}/media/plugin-icon`,
    'plugin-logo': `${self}/media/plugin-logo`,
    manage: `${contextPath}/plugins/servlet/upm#manage/${key}`,
  };
}

function ownPlugin(state: SandboxState): UpmPlugin {
  const d = state.plugin.descriptor;
  return {
    enabled: true,
    links: links(state.contextPath, d.key),
    name: d.name,
    version: d.version,
    userInstalled: true,
    optional: true,
    static: false,
    unloadable: false,
    description: d.name,
    key: d.key,
    usesLicensing: false,
    remotable: false,
    vendor: { name: d.vendor.name, link: d.vendor.url },
  };
}

/** The full UPM list document (`GET /rest/plugins/1.0/`). */
export function upmList(state: SandboxState, file = UPM_LIST_FILE): UpmList {
  const list = upmListSchema.parse(state.fixtures.json(file, state.contextPath));
  const own = ownPlugin(state);
  return { ...list, plugins: [own, ...list.plugins.filter((p) => p.key !== own.key)] };
}

export function upmPlugins(state: SandboxState): UpmPlugin[] {
  return upmList(state).plugins;
}

/** One app with its modules (`GET /rest/plugins/1.0/<key>-key`), or undefined. */
export function upmPluginDetails(
  state: SandboxState,
  pluginKey: string,
  modulesFile = UPM_MODULES_FILE,
): Record<string, unknown> | undefined {
  const plugin = upmPlugins(state).find((p) => p.key === pluginKey);
  if (!plugin) return undefined;
  const d = state.plugin.descriptor;
  if (pluginKey === d.key) {
    const modules = d.modules.map((m) => ({
      key: m.key,
      completeKey: `${d.key}:${m.key}`,
      name: m.name,
      type: m.type,
      enabled: true,
      optional: true,
      broken: false,
      links: { self: `${state.contextPath}/rest/plugins/1.0/${d.key}-key/modules/${m.key}-key` },
    }));
    return { ...plugin, modules };
  }
  const allModules = modulesFileSchema.parse(state.fixtures.json(modulesFile, state.contextPath));
  return { ...plugin, modules: allModules[pluginKey] ?? [] };
}
