import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Lozenge from '@atlaskit/lozenge';
import type { BundleResult } from '../worker/protocol.ts';
import { formatBytes } from './format-bytes.ts';
import { format, t } from './i18n.ts';

interface Props {
  result: BundleResult;
  onDownload(): void;
  onDownloadMap(): void;
  onStartOver(): void;
}

const SEVERITY_LOOK = {
  problem: 'removed',
  warning: 'moved',
  info: 'default',
  ok: 'success',
} as const;

/** What is inside, the findings at a glance, and the two downloads. */
export function ResultPanel({ result, onDownload, onDownloadMap, onStartOver }: Props) {
  const redactions = Object.values(result.redactionReport.totals).reduce((sum, n) => sum + n, 0);
  const notable = result.findings.filter((finding) => finding.severity !== 'ok');
  return (
    <section className="vsb-result" aria-labelledby="vsb-result-title" data-testid="result">
      <SectionMessage appearance="success" title={t.readyTitle()}>
        <p data-testid="result-summary">
          {format(
            t.readySummary(),
            result.manifest.files.length,
            formatBytes(result.zip.byteLength),
            redactions,
          )}
        </p>
        <p className="vsb-nothing-sent">{t.nothingSent()}</p>
      </SectionMessage>
      <div className="vsb-actions">
        <Button appearance="primary" onClick={onDownload} testId="download">
          {`${t.download()} (${formatBytes(result.zip.byteLength)})`}
        </Button>
        <Button onClick={onDownloadMap} testId="download-map">
          {t.downloadMap()}
        </Button>
        <Button appearance="subtle" onClick={onStartOver}>
          {t.startOver()}
        </Button>
      </div>
      <p className="vsb-help">{t.mapWarning()}</p>
      {notable.length > 0 && (
        <div className="vsb-findings">
          <h3>{t.findingsTitle()}</h3>
          <ul>
            {notable.map((finding) => (
              <li key={`${finding.checkId}-${finding.title}`}>
                <Lozenge appearance={SEVERITY_LOOK[finding.severity]}>{finding.severity}</Lozenge>{' '}
                {finding.title}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
