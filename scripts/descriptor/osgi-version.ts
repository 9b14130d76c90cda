// The plugin framework parses <plugin-info><version> as an OSGi version; anything else and
// the JAR is rejected on upload.
import type { Problem } from './problem.ts';
import type { XmlElement } from './xml-tree.ts';

const NUMBER = '(0|[1-9][0-9]*)';
const OSGI_VERSION = new RegExp(`^${NUMBER}(\\.${NUMBER}(\\.${NUMBER}(\\.[A-Za-z0-9_-]+)?)?)?$`);

/** `major[.minor[.micro[.qualifier]]]`, e.g. `1`, `1.2.0`, `1.2.0.beta-1`. */
export function isOsgiVersion(version: string): boolean {
  return OSGI_VERSION.test(version);
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;

/**
 * package.json's semver as an OSGi version, the way Maven does it: the pre-release and
 * build parts become the qualifier (`1.2.0-beta.1` → `1.2.0.beta-1`). Anything that is not
 * semver is returned unchanged, for checkVersion to report.
 */
export function toOsgiVersion(semver: string): string {
  const match = SEMVER.exec(semver.trim());
  if (!match) return semver;
  const [, major, minor, micro, preRelease, build] = match;
  const numbers = [major, minor, micro].map((part) => String(Number(part))).join('.');
  const qualifier = [preRelease, build]
    .filter((part): part is string => Boolean(part))
    .join('-')
    .replace(/[^A-Za-z0-9_-]/g, '-');
  return qualifier ? `${numbers}.${qualifier}` : numbers;
}

export function checkVersion(plugin: XmlElement): Problem[] {
  const info = plugin.children.find((child) => child.name === 'plugin-info');
  const version = info?.children.find((child) => child.name === 'version')?.text.trim();
  if (version === undefined || version === '') {
    return [
      {
        problem: 'The descriptor has no <plugin-info><version>.',
        fix: 'Keep <version>${project.version}</version> in plugin-descriptor/atlassian-plugin.xml.',
      },
    ];
  }
  if (isOsgiVersion(version)) return [];
  return [
    {
      problem: `<plugin-info><version> is "${version}", which is not an OSGi version (major[.minor[.micro[.qualifier]]]).`,
      fix: 'Set "version" in package.json to a plain semver such as 1.2.0 (a pre-release like 1.2.0-beta.1 becomes 1.2.0.beta-1).',
    },
  ];
}
