// Every descriptor check, in the order a reader would fix them.
import { checkModuleKeys } from './module-keys.ts';
import { checkVersion } from './osgi-version.ts';
import type { Problem } from './problem.ts';
import { checkResourcesExist } from './resources.ts';
import { checkWebItemLinks, checkWebItemSections } from './web-fragments.ts';
import { checkWrmRequires } from './wrm-requires.ts';
import { checkWellFormed, parseXml } from './xml-tree.ts';

/**
 * @param jarFiles every path the JAR will hold
 * @param scripts built scripts by JAR path, for the web-resources they require from WRM
 */
export function validateDescriptor(
  xml: string,
  jarFiles: ReadonlySet<string>,
  scripts: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const malformed = checkWellFormed(xml, 'atlassian-plugin.xml');
  if (malformed.length > 0) return malformed;
  const plugin = parseXml(xml);
  if (plugin.name !== 'atlassian-plugin') {
    return [
      {
        problem: `The descriptor's root element is <${plugin.name}>, not <atlassian-plugin>.`,
        fix: 'Keep <atlassian-plugin> as the root of plugin-descriptor/atlassian-plugin.xml.',
      },
    ];
  }
  return [
    ...checkVersion(plugin),
    ...checkModuleKeys(plugin),
    ...checkWebItemSections(plugin),
    ...checkWebItemLinks(plugin),
    ...checkResourcesExist(plugin, jarFiles),
    ...checkWrmRequires(plugin, scripts),
  ];
}
