import type { CollectionLogEntry } from '../core/model.ts';
import type { BundleResult, SourceDescriptor } from '../worker/protocol.ts';
import { ResultPanel } from './ResultPanel.tsx';
import { SourcesTable } from './SourcesTable.tsx';
import { PreviewPanel, type PreviewContent } from './PreviewPanel.tsx';
import { AddedFilesLog } from './AddedFilesLog.tsx';
import { t } from './i18n.ts';

interface Props {
  result: BundleResult;
  /** The sources the admin chose, with what happened to each. */
  sources: SourceDescriptor[];
  statuses: Readonly<Record<string, CollectionLogEntry>>;
  excluded: ReadonlySet<string>;
  preview?: PreviewContent;
  onDownload(): void;
  onDownloadMap(): void;
  onStartOver(): void;
  onRetry(sourceId: string): void;
  onShow(path: string): void;
  onExclude(paths: Set<string>): void;
}

/** The bundle is built: downloads, what each source did, and every file to read. */
export function ReadyView(props: Props) {
  const chosen = new Set(props.sources.map((s) => s.id));
  return (
    <>
      <ResultPanel
        result={props.result}
        onDownload={props.onDownload}
        onDownloadMap={props.onDownloadMap}
        onStartOver={props.onStartOver}
      />
      <section className="vsb-sources" aria-labelledby="vsb-collected-title">
        <h3 id="vsb-collected-title">{t.collectedTitle()}</h3>
        <SourcesTable
          sources={props.sources}
          selected={chosen}
          statuses={props.statuses}
          disabled
          onToggle={() => undefined}
          onRetry={props.onRetry}
          label={t.collectedTitle()}
        />
      </section>
      <AddedFilesLog log={props.result.log} />
      <PreviewPanel
        files={props.result.files}
        excluded={props.excluded}
        preview={props.preview}
        onShow={props.onShow}
        onToggle={(path, include) => {
          const next = new Set(props.excluded);
          if (include) next.delete(path);
          else next.add(path);
          props.onExclude(next);
        }}
      />
    </>
  );
}
