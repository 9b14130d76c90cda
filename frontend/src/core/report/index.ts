/**
 * report.html: one self-contained page support opens first, straight from the unzipped
 * bundle. Inline CSS only, no script, and a Content-Security-Policy that forbids loading
 * anything, so even an escaping mistake could not fetch from outside.
 */
import type {
  CollectionLogEntry,
  Facts,
  Finding,
  RedactionReport,
  SupportRequest,
} from '../model.ts';
import { esc, formatBytes, section, table } from './html.ts';
import { appsSection } from './sections/apps.ts';
import { environmentSection } from './sections/environment.ts';
import { findingsSection } from './sections/findings.ts';
import { logSection } from './sections/log.ts';
import { nodesSection } from './sections/nodes.ts';
import { redactionSection } from './sections/redaction.ts';
import { STYLES } from './styles.ts';

export interface ReportInput {
  productName: string;
  productVersion: string;
  rulesetVersion: string;
  createdAt: string;
  instance: string;
  request?: Pick<SupportRequest, 'id' | 'ticket'>;
  findings: readonly Finding[];
  /** Redacted facts only. */
  facts: Facts;
  log: readonly CollectionLogEntry[];
  redactionReport: RedactionReport;
  files: readonly { path: string; size: number }[];
}

export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

export function renderReport(input: ReportInput): string {
  const request = input.request
    ? ` · request <strong>${esc(input.request.id)}</strong> (ticket ${esc(input.request.ticket)})`
    : '';
  const files = table(
    ['File', 'Size'],
    input.files.map((f) => [f.path, formatBytes(f.size)]),
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Support bundle ${esc(input.instance)}</title>
<style>${STYLES}</style>
</head>
<body>
<header>
<h1>Support bundle for ${esc(input.instance)}</h1>
<p class="meta">Created ${esc(input.createdAt)} by ${esc(input.productName)} ${esc(input.productVersion)} · redaction ruleset ${esc(input.rulesetVersion)}${request}</p>
<nav><a href="#findings">Findings</a><a href="#environment">Environment</a><a href="#apps">Apps</a><a href="#nodes">Nodes</a><a href="#redaction">Redaction</a><a href="#log">Collection log</a><a href="#files">Files</a></nav>
</header>
<main>
${findingsSection(input.findings)}
${environmentSection(input.facts)}
${appsSection(input.facts)}
${nodesSection(input.facts)}
${redactionSection(input.redactionReport)}
${logSection(input.log)}
${section('files', `Files (${input.files.length})`, `<p>Sizes and SHA-256 of every file are in manifest.json.</p>${files}`)}
</main>
</body>
</html>
`;
}
