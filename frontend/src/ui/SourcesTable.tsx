import DynamicTable from '@atlaskit/dynamic-table';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { CollectionLogEntry } from '../core/model.ts';
import type { SourceDescriptor } from '../worker/protocol.ts';
import { formatBytes } from './format-bytes.ts';
import { t } from './i18n.ts';

interface Props {
  sources: SourceDescriptor[];
  selected: ReadonlySet<string>;
  statuses: Readonly<Record<string, CollectionLogEntry>>;
  disabled: boolean;
  onToggle(id: string, on: boolean): void;
  onRetry?(id: string): void;
  /** Estimated bytes per source id, shown before generating. */
  estimates?: Readonly<Record<string, number>>;
  /** Names the table for assistive technology; the section heading shows it on screen. */
  label?: string;
}

function StatusCell({
  entry,
  on,
  onRetry,
}: {
  entry?: CollectionLogEntry;
  on: boolean;
  onRetry?: () => void;
}) {
  if (!entry) {
    return (
      <Lozenge appearance={on ? 'inprogress' : 'default'}>
        {on ? t.statusReady() : t.statusOff()}
      </Lozenge>
    );
  }
  if (entry.status === 'ok') return <Lozenge appearance="success">{t.statusOk()}</Lozenge>;
  if (entry.status === 'skipped') return <Lozenge>{t.statusSkipped()}</Lozenge>;
  const label = entry.status === 'truncated' ? t.statusTruncated() : t.statusFailed();
  return (
    <div className="vsb-status" role="status">
      <Lozenge appearance={entry.status === 'truncated' ? 'moved' : 'removed'}>{label}</Lozenge>
      <p className="vsb-status-message">{entry.message}</p>
      {entry.advice && <p className="vsb-status-advice">{entry.advice}</p>}
      {onRetry && entry.status === 'failed' && (
        <Button appearance="default" spacing="compact" onClick={onRetry}>
          {t.retry()}
        </Button>
      )}
    </div>
  );
}

export function SourcesTable({
  sources,
  selected,
  statuses,
  disabled,
  onToggle,
  onRetry,
  estimates,
  label,
}: Props) {
  const head = {
    cells: [
      { key: 'include', content: t.colInclude(), width: 8 },
      { key: 'source', content: t.colSource(), width: 22 },
      { key: 'contents', content: t.colContents(), width: 36 },
      { key: 'size', content: t.colSize(), width: 11 },
      { key: 'status', content: t.colStatus(), width: 23 },
    ],
  };
  const rows = sources.map((source) => {
    const on = selected.has(source.id);
    const entry = statuses[source.id];
    return {
      key: source.id,
      testId: `source-row-${source.id}`,
      cells: [
        {
          key: 'include',
          content: (
            <input
              type="checkbox"
              className="vsb-checkbox"
              aria-label={`${t.includeSource()}: ${source.title}`}
              checked={on}
              disabled={disabled}
              onChange={(event) => onToggle(source.id, event.currentTarget.checked)}
            />
          ),
        },
        { key: 'source', content: <strong>{source.title}</strong> },
        { key: 'contents', content: source.description },
        {
          key: 'size',
          content: (
            <span
              className={`vsb-size${on ? '' : ' vsb-off'}`}
              data-testid={`estimate-${source.id}`}
            >
              {estimates?.[source.id] === undefined ? '' : formatBytes(estimates[source.id] ?? 0)}
            </span>
          ),
        },
        {
          key: 'status',
          content: (
            <StatusCell
              entry={entry}
              on={on}
              onRetry={onRetry ? () => onRetry(source.id) : undefined}
            />
          ),
        },
      ],
    };
  });
  return (
    <div data-testid="sources-table">
      <DynamicTable
        label={label ?? t.step1()}
        head={head}
        rows={rows}
        isLoading={sources.length === 0}
        loadingLabel={t.loadingSources()}
      />
    </div>
  );
}
