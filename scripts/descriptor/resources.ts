// A <resource> whose file is not in the JAR: Jira answers 404 for it and the screen breaks.
import type { Problem } from './problem.ts';
import { descendants, type XmlElement } from './xml-tree.ts';

/** The JAR path a resource's `location` points at. */
export function resourcePath(type: string, location: string): string {
  // An i18n bundle is named like a Java resource bundle: dots for folders, no extension.
  if (type === 'i18n') return `${location.replace(/\./g, '/')}.properties`;
  return location.replace(/^\/+/, '');
}

export function checkResourcesExist(plugin: XmlElement, jarFiles: ReadonlySet<string>): Problem[] {
  const files = [...jarFiles];
  return descendants(plugin)
    .filter((element) => element.name === 'resource')
    .flatMap((resource) => {
      const type = resource.attributes.type ?? '';
      const location = resource.attributes.location ?? '';
      const wanted = resourcePath(type, location);
      const found = wanted.endsWith('/')
        ? files.some((file) => file.startsWith(wanted))
        : jarFiles.has(wanted);
      if (found && location !== '') return [];
      return [
        {
          problem: `<resource type="${type}" name="${resource.attributes.name ?? ''}" location="${location}"> names ${wanted || '(nothing)'}, which the build did not produce.`,
          fix:
            type === 'i18n'
              ? `Create plugin-descriptor/${wanted} or correct the location.`
              : 'Correct the location, or check that webpack emitted the file (see the build output above).',
        },
      ];
    });
}
