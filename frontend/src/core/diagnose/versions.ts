/** Version numbers compared part by part (`9.12.15` < `10.3.0`); missing parts count as 0. */

export function parseVersion(version: string | undefined): number[] | undefined {
  const match = /^\s*v?(\d+(?:\.\d+)*)/.exec(version ?? '');
  return match?.[1] ? match[1].split('.').map(Number) : undefined;
}

export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

/** Jira's version from server info (versionNumbers first, then the version string). */
export function jiraVersion(
  serverInfo: { version?: string; versionNumbers?: number[] } | undefined,
) {
  if (serverInfo?.versionNumbers && serverInfo.versionNumbers.length > 0) {
    return serverInfo.versionNumbers;
  }
  return parseVersion(serverInfo?.version);
}

/** Java's feature release: `1.8.0_392` → 8, `11.0.21+9` → 11, `17` → 17. */
export function javaFeature(version: string | undefined): number | undefined {
  const parts = parseVersion(version);
  if (!parts || parts[0] === undefined) return undefined;
  return parts[0] === 1 && parts[1] !== undefined ? parts[1] : parts[0];
}
