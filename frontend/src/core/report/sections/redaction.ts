/** What was redacted, per class (a bar chart in plain CSS) and per rule: counts, never values. */
import type { RedactionReport } from '../../model.ts';
import { esc, section, table } from '../html.ts';

export function redactionSection(report: RedactionReport): string {
  const classes = Object.entries(report.byClass).sort(([a], [b]) => a.localeCompare(b, 'en'));
  const max = Math.max(1, ...classes.map(([, n]) => n));
  const bars = classes
    .map(
      ([name, count]) =>
        `<span>${esc(name)}</span><div class="bar" role="img" aria-label="${esc(name)}: ${esc(count)}"><span style="width:${((count / max) * 100).toFixed(1)}%"></span></div><span>${esc(count)}</span>`,
    )
    .join('\n');
  const rules = Object.entries(report.totals).sort(([, a], [, b]) => b - a);
  const dropped = report.files.filter((f) => f.dropped);
  const body = [
    `<p>Ruleset ${esc(report.rulesetVersion)}. Secrets were removed; personal data was replaced by pseudonyms (the map stays with the customer).</p>`,
    classes.length > 0
      ? `<div class="bars">\n${bars}\n</div>`
      : '<p class="muted">Nothing needed redacting.</p>',
    rules.length > 0
      ? `<details><summary>Per rule (${rules.length})</summary>${table(['Rule', 'Count'], rules)}</details>`
      : '',
    dropped.length > 0
      ? `<p>Left out: ${dropped.map((f) => `${esc(f.path)} (${esc(f.dropped)})`).join(', ')}</p>`
      : '',
  ].join('\n');
  return section('redaction', 'Redaction', body);
}
