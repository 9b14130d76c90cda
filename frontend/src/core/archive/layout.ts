/** Names of the files every bundle carries besides the collected items. */
export const MANIFEST = 'manifest.json';
/** `sha256sum -c` format: lets any one-byte change of the manifest itself be detected. */
export const MANIFEST_CHECKSUM = 'manifest.json.sha256';
export const REPORT = 'report.html';
export const FINDINGS = 'findings.json';
export const COLLECTION_LOG = 'collection-log.json';
export const REDACTION_REPORT = 'redaction-report.json';

export const FORMAT_VERSION = 1 as const;
/** The sourceId recorded in the manifest for files the bundle itself writes. */
export const BUNDLE_SOURCE_ID = 'bundle';

export function checksumLine(sha256: string): string {
  return `${sha256}  ${MANIFEST}\n`;
}
