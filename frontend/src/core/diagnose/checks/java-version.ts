/** A Java version this Jira does not support (< 11 for Jira 9, < 17 for Jira 10 and later). */
import { DOCS, finding, type Check } from '../check.ts';
import { javaFeature, jiraVersion } from '../versions.ts';

export function minimumJava(jiraMajor: number): number {
  if (jiraMajor >= 10) return 17;
  if (jiraMajor === 9) return 11;
  return 8;
}

export const javaVersionCheck: Check = {
  id: 'java-version',
  title: 'Java is supported by this Jira',
  docUrl: DOCS.supportedPlatforms,
  run(facts) {
    const java = javaFeature(facts.javaVersion);
    const major = jiraVersion(facts.serverInfo)?.[0];
    if (java === undefined || major === undefined) return [];
    const minimum = minimumJava(major);
    const details = [`Java ${facts.javaVersion}, Jira ${major}.x needs Java ${minimum} or later`];
    if (java >= minimum) {
      return [
        finding(this, 'ok', {
          title: `Java ${java} is supported`,
          why: 'Jira runs on a Java version it was tested with.',
          action: '',
          details,
        }),
      ];
    }
    return [
      finding(this, 'problem', {
        title: `Java ${java} is not supported by Jira ${major}`,
        why: 'On an unsupported Java, Jira or its apps may not start, or fail in odd places.',
        action: `Install Java ${minimum} (or the version the supported platforms page lists) and point JAVA_HOME at it.`,
        details,
      }),
    ];
  },
};
