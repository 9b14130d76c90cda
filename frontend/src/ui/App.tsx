import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { DEFAULT_LIMITS, type CollectionLogEntry } from '../core/model.ts';
import type { BundleResult, FromWorker, SourceDescriptor } from '../worker/protocol.ts';
import { BundleWorker } from './worker-client.ts';
import { browserFacts, remoteUser, workerUrl } from './jira-page.ts';
import { SourcesTable } from './SourcesTable.tsx';
import { FilesDrop } from './FilesDrop.tsx';
import { RedactionOptions, parseKeywords } from './RedactionOptions.tsx';
import { EMPTY_PROGRESS, ProgressPanel, type StageProgress } from './ProgressPanel.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { PreviewPanel, type PreviewContent } from './PreviewPanel.tsx';
import { saveFile } from './download.ts';
import { t } from './i18n.ts';

type Phase = 'setup' | 'running' | 'ready';

export function App() {
  const [sources, setSources] = useState<SourceDescriptor[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [files, setFiles] = useState<File[]>([]);
  const [keywords, setKeywords] = useState('');
  const [phase, setPhase] = useState<Phase>('setup');
  const [progress, setProgress] = useState<StageProgress>(EMPTY_PROGRESS);
  const [statuses, setStatuses] = useState<Record<string, CollectionLogEntry>>({});
  const [result, setResult] = useState<BundleResult>();
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [preview, setPreview] = useState<PreviewContent>();
  const [error, setError] = useState<string>();
  const worker = useRef<BundleWorker>();
  const jobId = useRef(0);

  const onMessage = useCallback(
    (message: FromWorker) => {
      if (message.type === 'ready') {
        // Added files have their own area on the screen; the worker includes them when present.
        const listed = message.sources.filter((s) => s.id !== 'files');
        setSources(listed);
        setSelected(new Set(listed.filter((s) => s.defaultOn).map((s) => s.id)));
        return;
      }
      if (message.jobId !== jobId.current) return;
      switch (message.type) {
        case 'progress':
          setProgress((old) => ({
            ...old,
            [message.stage]: { done: message.done, total: message.total },
          }));
          break;
        case 'source-status':
          setStatuses((old) => ({ ...old, [message.entry.sourceId]: message.entry }));
          break;
        case 'done':
          setResult(message.result);
          setPhase('ready');
          break;
        case 'failed':
          setError(message.message);
          setPhase(result ? 'ready' : 'setup');
          break;
        case 'preview':
          setPreview(message);
          break;
        case 'private-map':
          saveFile(
            message.json,
            `${result?.fileName.replace(/\.zip$/, '') ?? 'support-bundle'}-PRIVATE-map.json`,
            'application/json',
          );
          break;
        case 'cancelled':
          break;
      }
    },
    [result],
  );

  const startWorker = useCallback(() => {
    worker.current?.terminate();
    const next = new BundleWorker(workerUrl(), () => setError(t.workerFailed()));
    worker.current = next;
    return next;
  }, []);

  useEffect(() => {
    if (!worker.current) startWorker();
    return () => {
      worker.current?.terminate();
      worker.current = undefined;
    };
  }, [startWorker]);

  useEffect(() => worker.current?.subscribe(onMessage), [onMessage]);

  const generate = () => {
    if (!worker.current) return;
    setError(undefined);
    setStatuses({});
    setProgress(EMPTY_PROGRESS);
    setExcluded(new Set());
    setPreview(undefined);
    setPhase('running');
    jobId.current = worker.current.generate({
      sourceIds: sources.filter((s) => selected.has(s.id)).map((s) => s.id),
      files,
      browser: browserFacts(),
      limits: DEFAULT_LIMITS,
      customRules: parseKeywords(keywords).map((keyword) => ({ keyword })),
      keepBinaryPaths: [],
    });
  };

  const cancel = () => {
    // Ending the worker stops the work at once and drops everything it held.
    jobId.current = -1;
    const next = startWorker();
    next.subscribe(onMessage);
    setPhase('setup');
    setProgress(EMPTY_PROGRESS);
    setError(t.cancelled());
  };

  const post = (message: Parameters<BundleWorker['post']>[0]) => worker.current?.post(message);
  const running = phase === 'running';
  const selectedCount = useMemo(() => selected.size + files.length, [selected, files]);

  if (!remoteUser()) {
    return (
      <SectionMessage appearance="error" title={t.deniedTitle()}>
        <p>{t.deniedBody()}</p>
      </SectionMessage>
    );
  }

  return (
    <div className="vsb-app" data-testid="support-bundle-screen">
      <header className="vsb-header">
        <h2>{t.title()}</h2>
        <p>{t.intro()}</p>
        <p className="vsb-promise">{t.promise()}</p>
      </header>
      {error && (
        <SectionMessage appearance="warning" testId="screen-error">
          <p>{error}</p>
        </SectionMessage>
      )}
      {phase !== 'ready' && (
        <>
          <SourcesTable
            sources={sources}
            selected={selected}
            statuses={statuses}
            disabled={running}
            onToggle={(id, on) =>
              setSelected((old) => {
                const next = new Set(old);
                if (on) next.add(id);
                else next.delete(id);
                return next;
              })
            }
          />
          <FilesDrop files={files} disabled={running} onChange={setFiles} />
          <RedactionOptions keywords={keywords} disabled={running} onKeywordsChange={setKeywords} />
          <div className="vsb-actions">
            {running ? (
              <ProgressPanel progress={progress} onCancel={cancel} />
            ) : (
              <Button
                appearance="primary"
                isDisabled={selectedCount === 0 || sources.length === 0}
                onClick={generate}
                testId="generate"
              >
                {t.generate()}
              </Button>
            )}
          </div>
        </>
      )}
      {phase === 'ready' && result && (
        <>
          <ResultPanel
            result={result}
            onDownload={() => saveFile(result.zip, result.fileName, 'application/zip')}
            onDownloadMap={() => post({ type: 'private-map', jobId: jobId.current })}
            onStartOver={() => {
              setPhase('setup');
              setResult(undefined);
            }}
          />
          <SourcesTable
            sources={sources.filter((s) => selected.has(s.id))}
            selected={selected}
            statuses={statuses}
            disabled={false}
            onToggle={() => undefined}
            onRetry={(sourceId) => post({ type: 'retry-source', jobId: jobId.current, sourceId })}
          />
          <PreviewPanel
            files={result.files}
            excluded={excluded}
            preview={preview}
            onShow={(path) => post({ type: 'preview', jobId: jobId.current, path })}
            onToggle={(path, include) => {
              const next = new Set(excluded);
              if (include) next.delete(path);
              else next.add(path);
              setExcluded(next);
              post({ type: 'exclude', jobId: jobId.current, paths: [...next] });
            }}
          />
        </>
      )}
    </div>
  );
}
