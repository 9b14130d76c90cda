import { Fragment, useEffect, useState } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import Button from '@atlaskit/button/new';
import type { BundleFileSummary, PreviewReplacement } from '../worker/protocol.ts';
import { formatBytes } from './format-bytes.ts';
import { format, t } from './i18n.ts';
import { HighlightedText } from './HighlightedText.tsx';
import { RuleCounts } from './RuleCounts.tsx';
import { ReplacedTable } from './ReplacedTable.tsx';

export interface PreviewContent {
  path: string;
  text: string;
  truncated: boolean;
  replacements: PreviewReplacement[];
  binary?: boolean;
}

/** Files the bundle writes itself (manifest, report, logs): always part of it. */
const WRITTEN_BY_BUNDLE = 'bundle';

interface Props {
  files: BundleFileSummary[];
  excluded: ReadonlySet<string>;
  preview?: PreviewContent;
  onShow(path: string): void;
  onToggle(path: string, include: boolean): void;
}

/** A path that may wrap after `/` and `.`, never inside a name. */
function Path({ path }: { path: string }) {
  const pieces = path.split(/(?<=[/.])/);
  return (
    <>
      {pieces.map((piece, index) => (
        <Fragment key={index}>
          {piece}
          {index < pieces.length - 1 && <wbr />}
        </Fragment>
      ))}
    </>
  );
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** Every file of the bundle, already redacted; the admin can read it and leave it out. */
export function PreviewPanel({ files, excluded, preview, onShow, onToggle }: Props) {
  const [showOriginals, setShowOriginals] = useState(false);
  useEffect(() => setShowOriginals(false), [preview?.path]);
  const shown = preview && files.find((file) => file.path === preview.path);
  const head = {
    cells: [
      { key: 'include', content: t.previewInclude(), width: 14 },
      { key: 'file', content: t.previewFile(), width: 54 },
      { key: 'size', content: t.previewSize(), width: 16 },
      { key: 'redactions', content: t.previewRedactions(), width: 16 },
    ],
  };
  const rows = files.map((file) => ({
    key: file.path,
    testId: `bundle-file-${file.path}`,
    cells: [
      {
        key: 'include',
        content: (
          <input
            type="checkbox"
            className="vsb-checkbox"
            aria-label={`${t.previewInclude()}: ${file.path}`}
            checked={!excluded.has(file.path)}
            disabled={file.sourceId === WRITTEN_BY_BUNDLE}
            title={file.sourceId === WRITTEN_BY_BUNDLE ? t.previewWritten() : undefined}
            onChange={(event) => onToggle(file.path, event.currentTarget.checked)}
          />
        ),
      },
      {
        key: 'file',
        content: (
          <button
            type="button"
            className={`vsb-link vsb-path${file.path === preview?.path ? ' vsb-link-current' : ''}`}
            aria-current={file.path === preview?.path ? 'true' : undefined}
            onClick={() => onShow(file.path)}
          >
            <Path path={file.path} />
          </button>
        ),
      },
      { key: 'size', content: <span className="vsb-size">{formatBytes(file.size)}</span> },
      { key: 'redactions', content: <span className="vsb-size">{total(file.counts)}</span> },
    ],
  }));
  return (
    <section className="vsb-preview" aria-labelledby="vsb-preview-title">
      <h3 id="vsb-preview-title">{t.previewTitle()}</h3>
      <p className="vsb-help">{t.previewHelp()}</p>
      <div className="vsb-preview-grid">
        <div data-testid="bundle-files" className="vsb-preview-files">
          <DynamicTable head={head} rows={rows} />
        </div>
        {preview && (
          <div
            className="vsb-preview-text"
            data-testid="preview-text"
            role="region"
            aria-label={format(t.previewOf(), preview.path)}
          >
            <h4 className="vsb-path">{preview.path}</h4>
            {excluded.has(preview.path) && <p className="vsb-help">{t.previewExcluded()}</p>}
            {shown?.sourceId === WRITTEN_BY_BUNDLE ? (
              <p className="vsb-help">{t.previewWritten()}</p>
            ) : (
              shown && <RuleCounts counts={shown.counts} />
            )}
            {preview.binary && <p className="vsb-help">{t.previewBinary()}</p>}
            {preview.replacements.length > 0 && (
              <div className="vsb-replaced-toggle">
                <Button
                  onClick={() => setShowOriginals((on) => !on)}
                  aria-pressed={showOriginals}
                  testId="show-replaced"
                >
                  {showOriginals ? t.hideReplaced() : t.showReplaced()}
                </Button>
                <span className="vsb-help">{t.replacedOnlyYou()}</span>
              </div>
            )}
            {preview.truncated && <p className="vsb-help">{t.previewTruncated()}</p>}
            <HighlightedText
              text={preview.text}
              replacements={preview.replacements}
              showOriginals={showOriginals}
            />
            {showOriginals && <ReplacedTable replacements={preview.replacements} />}
          </div>
        )}
      </div>
    </section>
  );
}
