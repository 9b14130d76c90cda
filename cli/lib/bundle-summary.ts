/**
 * Reads what a bundle says about itself (manifest, findings, collection log, redaction
 * report, server info) and prints it for a support engineer: problems first.
 * Every file is optional and parsed leniently: a partial bundle still gives a summary.
 */
import { z } from 'zod';
import type { FailureKind, Finding, Severity } from '../../frontend/src/core/model.ts';
import { formatBytes, plural } from './format.ts';
import type { InputTree } from './input-tree.ts';

const findingSchema = z.object({
  checkId: z.string(),
  severity: z.enum(['ok', 'info', 'warning', 'problem']),
  title: z.string(),
  why: z.string().default(''),
  action: z.string().default(''),
  docUrl: z.string().default(''),
  details: z.array(z.string()).optional(),
});
const findingsSchema = z.union([
  z.array(findingSchema),
  z.object({ findings: z.array(findingSchema) }),
]);
const manifestSchema = z.object({
  product: z.object({ name: z.string(), version: z.string() }).partial().optional(),
  rulesetVersion: z.string().optional(),
  createdAt: z.string().optional(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  files: z.array(z.object({ path: z.string(), size: z.number() })).default([]),
});
const logSchema = z.array(
  z.object({
    sourceId: z.string(),
    status: z.enum(['ok', 'failed', 'skipped', 'truncated']),
    // Any string: a kind added in a later version still shows.
    kind: z.custom<FailureKind>((value) => typeof value === 'string').optional(),
    message: z.string().default(''),
    advice: z.string().default(''),
  }),
);
const logFileSchema = z.union([logSchema, z.object({ entries: logSchema })]);
const redactionSchema = z.object({
  rulesetVersion: z.string().default(''),
  files: z
    .array(z.object({ path: z.string(), counts: z.record(z.string(), z.number()).default({}) }))
    .default([]),
  totals: z.record(z.string(), z.number()).default({}),
  byClass: z.record(z.string(), z.number()).default({}),
});
const serverInfoSchema = z
  .object({ version: z.string(), buildNumber: z.number(), deploymentType: z.string() })
  .partial();
const clusterSchema = z.array(
  z.object({
    nodeId: z.string().default('?'),
    state: z.string().default('unknown'),
    alive: z.boolean().default(false),
    nodeBuildNumber: z.number().optional(),
    nodeVersion: z.string().optional(),
  }),
);

export interface BundleSummary {
  manifest?: z.infer<typeof manifestSchema>;
  findings?: Finding[];
  log?: z.infer<typeof logSchema>;
  redaction?: z.infer<typeof redactionSchema>;
  serverInfo?: z.infer<typeof serverInfoSchema>;
  clusterNodes?: z.infer<typeof clusterSchema>;
  /** Files that were present but could not be read. */
  unreadable: string[];
}

async function readJson(tree: InputTree, path: string, unreadable: string[]): Promise<unknown> {
  const entry = tree.entries.find((e) => e.path === path);
  if (!entry) return undefined;
  try {
    const chunks: Uint8Array[] = [];
    for await (const chunk of entry.open()) chunks.push(chunk);
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    unreadable.push(path);
    return undefined;
  }
}

export async function readBundleSummary(tree: InputTree): Promise<BundleSummary> {
  const unreadable: string[] = [];
  const parse = async <T>(path: string, schema: z.ZodType<T>): Promise<T | undefined> => {
    const json = await readJson(tree, path, unreadable);
    if (json === undefined) return undefined;
    const parsed = schema.safeParse(json);
    if (!parsed.success) unreadable.push(path);
    return parsed.success ? parsed.data : undefined;
  };
  const findings = await parse('findings.json', findingsSchema);
  const log = await parse('collection-log.json', logFileSchema);
  const cluster = await parse('jira/cluster-nodes.json', clusterSchema);
  return {
    manifest: await parse('manifest.json', manifestSchema),
    findings:
      findings === undefined ? undefined : Array.isArray(findings) ? findings : findings.findings,
    log: log === undefined ? undefined : Array.isArray(log) ? log : log.entries,
    redaction: await parse('redaction-report.json', redactionSchema),
    serverInfo: await parse('jira/server-info.json', serverInfoSchema),
    clusterNodes: cluster,
    unreadable,
  };
}

const ORDER: Severity[] = ['problem', 'warning', 'info', 'ok'];
const HEADINGS: Record<Severity, string> = {
  problem: 'Problems',
  warning: 'Warnings',
  info: 'Notes',
  ok: 'Passed',
};
const SYMBOLS: Record<Severity, string> = { problem: '✖', warning: '▲', info: 'ℹ', ok: '✔' };

export function printBundleSummary(summary: BundleSummary, out: (line: string) => void): void {
  const { manifest, serverInfo } = summary;
  const environment = [
    serverInfo?.version
      ? `Jira ${serverInfo.version}${serverInfo.buildNumber ? ` (build ${serverInfo.buildNumber})` : ''}`
      : 'Jira version unknown',
    serverInfo?.deploymentType,
    summary.clusterNodes ? plural(summary.clusterNodes.length, 'cluster node') : undefined,
    manifest?.instance ? `instance ${manifest.instance}` : undefined,
  ];
  out(`Environment: ${environment.filter(Boolean).join(' · ')}`);
  if (manifest) {
    const made = [
      manifest.createdAt ? `made ${manifest.createdAt}` : undefined,
      manifest.product?.name
        ? `by ${manifest.product.name} ${manifest.product.version ?? ''}`.trim()
        : undefined,
      manifest.rulesetVersion ? `ruleset ${manifest.rulesetVersion}` : undefined,
      manifest.requestId ? `request ${manifest.requestId}` : undefined,
    ];
    out(`Bundle: ${made.filter(Boolean).join(' · ')}`);
    const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
    out(`Files: ${manifest.files.length} (${formatBytes(bytes)})`);
  } else {
    out('Bundle: no readable manifest.json (run "support-bundle verify" to check it)');
  }
  out('');
  const findings = summary.findings ?? [];
  if (summary.findings === undefined) out('No findings.json in this bundle: no checks were run.');
  for (const severity of ORDER.slice(0, 3)) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    out(`${HEADINGS[severity]} (${group.length}):`);
    for (const finding of group) {
      out(`  ${SYMBOLS[severity]} ${finding.title}`);
      if (finding.why) out(`      why:  ${finding.why}`);
      if (finding.action) out(`      do:   ${finding.action}`);
      for (const detail of finding.details ?? []) out(`      · ${detail}`);
      if (finding.docUrl) out(`      docs: ${finding.docUrl}`);
    }
    out('');
  }
  const count = (severity: Severity): number =>
    findings.filter((f) => f.severity === severity).length;
  const counts = [
    plural(count('problem'), 'problem'),
    plural(count('warning'), 'warning'),
    plural(count('info'), 'note'),
    `${count('ok')} passed`,
  ];
  out(`Findings: ${counts.join(' · ')}`);
  if (summary.log) {
    const byStatus = new Map<string, number>();
    for (const entry of summary.log)
      byStatus.set(entry.status, (byStatus.get(entry.status) ?? 0) + 1);
    const failed = summary.log.filter((entry) => entry.status === 'failed');
    const failedText =
      failed.length === 0
        ? ''
        : ` (failed: ${failed.map((e) => `${e.sourceId}${e.kind ? ` ${e.kind}` : ''}`).join(', ')})`;
    out(
      byStatus.size === 0
        ? 'Sources: none recorded'
        : `Sources: ${[...byStatus].map(([status, count]) => `${count} ${status}`).join(', ')}${failedText}`,
    );
  }
  if (summary.redaction) {
    const classes = Object.entries(summary.redaction.byClass).filter(([, count]) => count > 0);
    out(
      `Redactions: ${classes.length === 0 ? 'none' : classes.map(([name, count]) => `${name} ${count}`).join(' · ')}`,
    );
  }
  if (summary.unreadable.length > 0) out(`Could not read: ${summary.unreadable.join(', ')}`);
}
