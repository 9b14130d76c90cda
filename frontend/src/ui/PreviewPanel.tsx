import { useEffect, useState } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import Button from '@atlaskit/button/new';
import type { BundleFileSummary, PreviewReplacement } from '../worker/protocol.ts';
import { formatBytes } from './format-bytes.ts';
import { t } from './i18n.ts';
import { HighlightedText } from './HighlightedText.tsx';

export interface PreviewContent {
  path: string;
  text: string;
  truncated: boolean;
  replacements: PreviewReplacement[];
}

interface Props {
  files: BundleFileSummary[];
  excluded: ReadonlySet<string>;
  preview?: PreviewContent;
  onShow(path: string): void;
  onToggle(path: string, include: boolean): void;
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** Every file of the bundle, already redacted; the admin can read it and leave it out. */
export function PreviewPanel({ files, excluded, preview, onShow, onToggle }: Props) {
  const [showOriginals, setShowOriginals] = useState(false);
  useEffect(() => setShowOriginals(false), [preview?.path]);
  const head = {
    cells: [
      { key: 'include', content: t.previewInclude(), width: 10 },
      { key: 'file', content: t.previewFile(), width: 50 },
      { key: 'size', content: t.previewSize(), width: 15 },
      { key: 'redactions', content: t.previewRedactions(), width: 25 },
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
            onChange={(event) => onToggle(file.path, event.currentTarget.checked)}
          />
        ),
      },
      {
        key: 'file',
        content: (
          <button type="button" className="vsb-link" onClick={() => onShow(file.path)}>
            {file.path}
          </button>
        ),
      },
      { key: 'size', content: formatBytes(file.size) },
      { key: 'redactions', content: String(total(file.counts)) },
    ],
  }));
  return (
    <section className="vsb-preview" aria-labelledby="vsb-preview-title">
      <h3 id="vsb-preview-title">{t.previewTitle()}</h3>
      <div className="vsb-preview-grid">
        <div data-testid="bundle-files">
          <DynamicTable head={head} rows={rows} />
        </div>
        {preview && (
          <div className="vsb-preview-text" data-testid="preview-text">
            <h4>{preview.path}</h4>
            {preview.truncated && <p className="vsb-help">{t.previewTruncated()}</p>}
            <HighlightedText text={preview.text} />
            {preview.replacements.length > 0 && (
              <div className="vsb-replaced">
                <Button onClick={() => setShowOriginals((on) => !on)} testId="show-replaced">
                  {t.showReplaced()}
                </Button>
                {showOriginals && (
                  <table className="vsb-replaced-table" data-testid="replaced-table">
                    <caption>{t.replacedOnlyYou()}</caption>
                    <thead>
                      <tr>
                        <th>{t.replacedToken()}</th>
                        <th>{t.replacedOriginal()}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.replacements.map((entry) => (
                        <tr key={entry.token}>
                          <td>{entry.token}</td>
                          <td>{entry.original}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </div>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
