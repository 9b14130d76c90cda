import { format, t } from './i18n.ts';

/** How many values each rule replaced in one file: counts only, never the values. */
export function RuleCounts({ counts }: { counts: Record<string, number> }) {
  const entries = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  return (
    <div className="vsb-rule-counts" data-testid="rule-counts">
      <p>{total === 0 ? t.countsNone() : format(t.countsTotal(), total)}</p>
      {entries.length > 0 && (
        <ul aria-label={t.countsLabel()}>
          {entries.map(([rule, n]) => (
            <li key={rule} data-testid={`rule-count-${rule}`}>
              <code>{rule}</code> <span className="vsb-count">{n}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
