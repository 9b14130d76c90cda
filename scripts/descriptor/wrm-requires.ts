// A script that asks WRM for one of our web-resources by a key the descriptor lacks gets
// a silent failure at run time; catch the rename at build time instead.
import type { Problem } from './problem.ts';
import type { XmlElement } from './xml-tree.ts';

const WR_REFERENCE = /["']wrc?!([\w.-]+):([\w.-]+)["']/g;

/** `wr!plugin:key` references in a built script, as complete keys. */
export function webResourcesRequiredBy(script: string): string[] {
  return [...new Set([...script.matchAll(WR_REFERENCE)].map((m) => `${m[1]}:${m[2]}`))];
}

export function checkWrmRequires(
  plugin: XmlElement,
  scripts: ReadonlyMap<string, string>,
): Problem[] {
  const pluginKey = plugin.attributes.key ?? '';
  const keys = new Set(
    plugin.children
      .filter((module) => module.name === 'web-resource')
      .map((module) => `${pluginKey}:${module.attributes.key ?? ''}`),
  );
  return [...scripts].flatMap(([file, script]) =>
    webResourcesRequiredBy(script)
      .filter((key) => key.startsWith(`${pluginKey}:`) && !keys.has(key))
      .map((key) => ({
        problem: `${file} requires web-resource ${key}, which the descriptor does not define.`,
        fix: 'Use a key from WEB_RESOURCES in webpack.config.js (the web-resource keys are the entry point names).',
      })),
  );
}
