/** Findings first: problems, then warnings and notes; passed checks folded away. */
import type { Finding } from '../../model.ts';
import { esc, section } from '../html.ts';

function card(finding: Finding): string {
  const details = finding.details?.length
    ? `<ul>${finding.details.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>`
    : '';
  const action = finding.action ? `<p><strong>What to do:</strong> ${esc(finding.action)}</p>` : '';
  return `<div class="finding ${esc(finding.severity)}">
<h3><span class="badge ${esc(finding.severity)}">${esc(finding.severity)}</span> ${esc(finding.title)}</h3>
<p>${esc(finding.why)}</p>${action}${details}
<p class="doc">${esc(finding.docUrl)}</p>
</div>`;
}

export function findingsSection(findings: readonly Finding[]): string {
  const open = findings.filter((f) => f.severity !== 'ok');
  const passed = findings.filter((f) => f.severity === 'ok');
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const summary = `<p>${count('problem')} problem(s), ${count('warning')} warning(s), ${passed.length} check(s) passed.</p>`;
  const body = [
    summary,
    open.length > 0
      ? open.map(card).join('\n')
      : '<p class="muted">No problems or warnings found.</p>',
    passed.length > 0
      ? `<details><summary>Passed checks (${passed.length})</summary>\n${passed.map(card).join('\n')}\n</details>`
      : '',
  ].join('\n');
  return section('findings', 'Findings', body);
}
