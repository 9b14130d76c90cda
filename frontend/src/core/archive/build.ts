/**
 * Packs a bundle: the redacted items plus manifest.json (every other file with size and
 * SHA-256), manifest.json.sha256, report.html, findings.json, collection-log.json and
 * redaction-report.json. Same input, same bytes: fixed entry order, every date = createdAt.
 */
import JSZip from 'jszip';
import type {
  BundleItem,
  CollectionLogEntry,
  Facts,
  Finding,
  Manifest,
  RedactionReport,
  SupportRequest,
} from '../model.ts';
import { renderReport } from '../report/index.ts';
import { bundleFileName } from './file-name.ts';
import {
  BUNDLE_SOURCE_ID,
  checksumLine,
  COLLECTION_LOG,
  FINDINGS,
  MANIFEST,
  MANIFEST_CHECKSUM,
  REDACTION_REPORT,
  REPORT,
} from './layout.ts';
import { buildManifest, manifestFiles } from './manifest.ts';
import { sha256Hex } from './sha256.ts';

export const PRODUCT_NAME = 'Support Bundle for Jira Data Center';

export interface BundleInput {
  /** Redacted items. */
  items: readonly BundleItem[];
  /** Redacted collection log. */
  log: readonly CollectionLogEntry[];
  /** Redacted facts, for the report's tables. */
  facts: Facts;
  findings: readonly Finding[];
  redactionReport: RedactionReport;
  request?: SupportRequest;
  productVersion: string;
  rulesetVersion: string;
  /** Pseudonym of the instance. */
  instance: string;
  createdAt: Date | string;
}

export interface BuiltBundle {
  zip: Uint8Array;
  fileName: string;
  manifest: Manifest;
}

const encoder = new TextEncoder();

function json(path: string, value: unknown): BundleItem {
  const bytes = encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
  return { path, sourceId: BUNDLE_SOURCE_ID, bytes, mediaType: 'application/json' };
}

function byPath(a: BundleItem, b: BundleItem): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export async function buildBundle(input: BundleInput): Promise<BuiltBundle> {
  const createdAt = new Date(input.createdAt);
  const createdAtIso = createdAt.toISOString();
  const reserved = new Set([
    MANIFEST,
    MANIFEST_CHECKSUM,
    REPORT,
    FINDINGS,
    COLLECTION_LOG,
    REDACTION_REPORT,
  ]);
  const clash = input.items.find((item) => reserved.has(item.path));
  if (clash) throw new Error(`An item may not be named ${clash.path}`);
  const items = [...input.items].sort(byPath);
  const report = renderReport({
    productName: PRODUCT_NAME,
    productVersion: input.productVersion,
    rulesetVersion: input.rulesetVersion,
    createdAt: createdAtIso,
    instance: input.instance,
    ...(input.request ? { request: { id: input.request.id, ticket: input.request.ticket } } : {}),
    findings: input.findings,
    facts: input.facts,
    log: input.log,
    redactionReport: input.redactionReport,
    files: items.map((item) => ({ path: item.path, size: item.bytes.byteLength })),
  });
  const own: BundleItem[] = [
    {
      path: REPORT,
      sourceId: BUNDLE_SOURCE_ID,
      bytes: encoder.encode(report),
      mediaType: 'text/html',
    },
    json(FINDINGS, input.findings),
    json(COLLECTION_LOG, input.log),
    json(REDACTION_REPORT, input.redactionReport),
  ];
  const listed = [...own, ...items];
  const manifest = buildManifest({
    productName: PRODUCT_NAME,
    productVersion: input.productVersion,
    rulesetVersion: input.rulesetVersion,
    createdAt: createdAtIso,
    instance: input.instance,
    ...(input.request ? { requestId: input.request.id } : {}),
    log: input.log,
    files: await manifestFiles(listed),
  });
  const manifestItem = json(MANIFEST, manifest);
  const checksum = encoder.encode(checksumLine(await sha256Hex(manifestItem.bytes)));

  const zip = new JSZip();
  const add = (path: string, bytes: Uint8Array): void => {
    // createFolders: false — implicit folder entries would carry the current time.
    zip.file(path, bytes, { date: createdAt, createFolders: false, binary: true });
  };
  add(MANIFEST, manifestItem.bytes);
  add(MANIFEST_CHECKSUM, checksum);
  for (const item of listed) add(item.path, item.bytes);
  const bytes = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
  return {
    zip: bytes,
    fileName: bundleFileName(input.instance, createdAt, input.request?.id),
    manifest,
  };
}
