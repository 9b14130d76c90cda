/**
 * Renders report.html for a bundle that lacks one (e.g. repacked by hand), from what the
 * bundle still carries: manifest, findings, collection log, redaction report, server info.
 */
import { renderReport } from '../../frontend/src/core/report/index.ts';
import { RULESET_VERSION } from '../../frontend/src/core/redact/index.ts';
import type { Facts } from '../../frontend/src/core/model.ts';
import type { BundleSummary } from './bundle-summary.ts';

export function renderSummaryReport(summary: BundleSummary): string {
  const { manifest } = summary;
  const facts: Facts = {};
  if (summary.serverInfo) facts.serverInfo = summary.serverInfo;
  if (summary.clusterNodes) facts.clusterNodes = summary.clusterNodes;
  const rulesetVersion =
    manifest?.rulesetVersion ?? summary.redaction?.rulesetVersion ?? RULESET_VERSION;
  return renderReport({
    productName: manifest?.product?.name ?? 'Support Bundle for Jira Data Center',
    productVersion: manifest?.product?.version ?? '',
    rulesetVersion,
    createdAt: manifest?.createdAt ?? 'unknown',
    instance: manifest?.instance ?? 'unknown instance',
    findings: summary.findings ?? [],
    facts,
    log: summary.log ?? [],
    redactionReport: summary.redaction ?? { rulesetVersion, files: [], totals: {}, byClass: {} },
    files: manifest?.files ?? [],
  });
}
