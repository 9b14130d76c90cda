import { useEffect, useRef } from 'react';
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
  problem: { appearance: 'removed', label: t.severityProblem },
  warning: { appearance: 'moved', label: t.severityWarning },
  info: { appearance: 'default', label: t.severityInfo },
  ok: { appearance: 'success', label: t.severityOk },
} as const;

const CLASS_LABELS: [string, () => string][] = [
  ['secret', t.classSecret],
  ['identity', t.classIdentity],
  ['network', t.classNetwork],
  ['content', t.classContent],
];

/** What is inside, the findings at a glance, and the two downloads. */
export function ResultPanel({ result, onDownload, onDownloadMap, onStartOver }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The setup is gone from the page: keyboard users continue from here, next stop Download.
  useEffect(() => heading.current?.focus(), []);
  const report = result.redactionReport;
  const redactions = Object.values(report.totals).reduce((sum, n) => sum + n, 0);
  const excluded = report.files.filter((f) => f.dropped === 'excluded').length;
  const binary = report.files.filter((f) => f.dropped === 'binary').length;
  const notable = result.findings.filter((finding) => finding.severity !== 'ok');
  return (
    <section className="vsb-result" aria-labelledby="vsb-result-title" data-testid="result">
      <h3 id="vsb-result-title" ref={heading} tabIndex={-1}>
        {t.readyTitle()}
      </h3>
      <SectionMessage appearance="success">
        <p data-testid="result-summary">
          {format(
            t.readySummary(),
            result.manifest.files.length,
            formatBytes(result.zip.byteLength),
            redactions,
          )}
        </p>
        <ul className="vsb-classes" data-testid="result-classes">
          {CLASS_LABELS.map(([key, label]) => (
            <li key={key}>{format(label(), report.byClass[key] ?? 0)}</li>
          ))}
        </ul>
        {result.manifest.requestId && (
          <p data-testid="result-request">{format(t.readyRequest(), result.manifest.requestId)}</p>
        )}
        {(excluded > 0 || binary > 0) && (
          <p data-testid="result-left-out">{format(t.readyLeftOut(), excluded, binary)}</p>
        )}
        <p>
          {t.readyFileName()} <code data-testid="result-file-name">{result.fileName}</code>
        </p>
        <p className="vsb-nothing-sent" data-testid="nothing-sent">
          <strong>{t.nothingSent()}</strong>
        </p>
      </SectionMessage>
      <div className="vsb-actions">
        <Button appearance="primary" onClick={onDownload} testId="download">
          {`${t.download()} (${formatBytes(result.zip.byteLength)})`}
        </Button>
        <Button appearance="subtle" onClick={onStartOver} testId="start-over">
          {t.startOver()}
        </Button>
      </div>
      <div className="vsb-private-map">
        <Button onClick={onDownloadMap} testId="download-map" aria-describedby="vsb-map-warning">
          {t.downloadMap()}
        </Button>
        <p className="vsb-help" id="vsb-map-warning">
          {t.mapWarning()}
        </p>
      </div>
      {notable.length > 0 && (
        <div className="vsb-findings">
          <h3>{t.findingsTitle()}</h3>
          <ul>
            {notable.map((finding) => (
              <li key={`${finding.checkId}-${finding.title}`}>
                <Lozenge appearance={SEVERITY_LOOK[finding.severity].appearance}>
                  {SEVERITY_LOOK[finding.severity].label()}
                </Lozenge>{' '}
                {finding.title}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
