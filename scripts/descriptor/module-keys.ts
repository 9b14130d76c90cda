// Two modules with one key: the plugin framework refuses to enable the plugin.
import type { Problem } from './problem.ts';
import type { XmlElement } from './xml-tree.ts';

export function checkModuleKeys(plugin: XmlElement): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const module of plugin.children) {
    const key = module.attributes.key;
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, module.name);
      continue;
    }
    problems.push({
      problem: `Module key "${key}" is used twice (<${first}> and <${module.name}>).`,
      fix: 'Rename one of them: in plugin-descriptor/atlassian-plugin.xml, or the entry point in webpack.config.js for a web-resource.',
    });
  }
  return problems;
}
