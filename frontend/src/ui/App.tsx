import { useRef, useState } from 'react';
import SectionMessage from '@atlaskit/section-message';
import type { CollectionLogEntry } from '../core/model.ts';
import type { BundleResult, FromWorker } from '../worker/protocol.ts';
import { browserFacts, remoteUser } from './jira-page.ts';
import { EMPTY_PROGRESS, type StageProgress } from './ProgressPanel.tsx';
import type { PreviewContent } from './PreviewPanel.tsx';
import { SetupView } from './SetupView.tsx';
import { ReadyView } from './ReadyView.tsx';
import { RequestBanner } from './RequestBanner.tsx';
import { RequestCodeField } from './RequestCodeField.tsx';
import { useBundleWorker } from './use-bundle-worker.ts';
import { useSetup } from './use-setup.ts';
import { useSupportRequest } from './use-support-request.ts';
import { saveFile } from './download.ts';
import { format, t } from './i18n.ts';

type Phase = 'setup' | 'running' | 'ready';

interface Notice {
  appearance: 'information' | 'warning' | 'error';
  title: string;
  text: string;
  testId: string;
}

export function App() {
  const [phase, setPhase] = useState<Phase>('setup');
  const [progress, setProgress] = useState<StageProgress>(EMPTY_PROGRESS);
  const [statuses, setStatuses] = useState<Record<string, CollectionLogEntry>>({});
  const [result, setResult] = useState<BundleResult>();
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [preview, setPreview] = useState<PreviewContent>();
  const [notice, setNotice] = useState<Notice>();
  const jobId = useRef(0);

  const onJobMessage = (message: FromWorker) => {
    if (!('jobId' in message) || message.jobId !== jobId.current) return;
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
        if (message.ruleIndex !== undefined) {
          setup.ruleFailed(message.ruleIndex, message.message);
          setNotice({
            appearance: 'error',
            title: t.failedTitle(),
            text: t.failedRule(),
            testId: 'screen-error',
          });
        } else {
          setNotice({
            appearance: 'error',
            title: t.failedTitle(),
            text: format(t.failedDetail(), message.message),
            testId: 'screen-error',
          });
        }
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
  };

  const worker = useBundleWorker(
    (message) => {
      if (setup.handle(message) || request.handle(message)) return;
      onJobMessage(message);
    },
    () =>
      setNotice({
        appearance: 'error',
        title: t.failedTitle(),
        text: t.workerFailed(),
        testId: 'screen-error',
      }),
  );
  const setup = useSetup(worker.post, worker.generation);
  const request = useSupportRequest(worker.post, setup.applyRequest);

  const generate = () => {
    const options = setup.options({ browser: browserFacts(), request: request.active?.request });
    if (!options) return;
    setNotice(undefined);
    setStatuses({});
    setProgress(EMPTY_PROGRESS);
    setExcluded(new Set());
    setPreview(undefined);
    setResult(undefined);
    setPhase('running');
    jobId.current = worker.generate(options);
  };

  /** Ends the worker: the work stops at once and everything it held is dropped. */
  const dropWork = () => {
    jobId.current = -1;
    worker.restart();
    setProgress(EMPTY_PROGRESS);
    setStatuses({});
    setResult(undefined);
    setPreview(undefined);
    setPhase('setup');
  };

  const cancel = () => {
    dropWork();
    setNotice({
      appearance: 'information',
      title: t.cancelledTitle(),
      text: t.cancelled(),
      testId: 'cancelled',
    });
  };

  if (!remoteUser()) {
    return (
      <SectionMessage appearance="error" title={t.deniedTitle()}>
        <p>{t.deniedBody()}</p>
      </SectionMessage>
    );
  }

  const post = worker.post;
  return (
    <div className="vsb-app" data-testid="support-bundle-screen">
      <header className="vsb-header">
        <h2>{t.title()}</h2>
        <p>{t.intro()}</p>
        <p className="vsb-promise">{t.promise()}</p>
      </header>
      {request.problem?.from === 'link' && (
        <SectionMessage
          appearance="error"
          headingLevel="h3"
          title={t.requestLinkInvalid()}
          testId="request-link-error"
        >
          <p>{request.problem.message}</p>
          <p>{t.requestNothingChanged()}</p>
        </SectionMessage>
      )}
      {request.active && (
        <RequestBanner
          active={request.active}
          sources={setup.sources}
          onDismiss={request.dismiss}
        />
      )}
      {notice && (
        <SectionMessage
          appearance={notice.appearance}
          headingLevel="h3"
          title={notice.title}
          testId={notice.testId}
        >
          <p>{notice.text}</p>
        </SectionMessage>
      )}
      {phase !== 'ready' && (
        <>
          <RequestCodeField
            problem={request.problem?.from === 'paste' ? request.problem.message : undefined}
            disabled={phase === 'running'}
            onSubmit={(text) => request.submit(text, 'paste')}
            onEdit={() => request.problem?.from === 'paste' && request.clearProblem()}
          />
          <SetupView
            setup={setup}
            running={phase === 'running'}
            progress={progress}
            statuses={statuses}
            onGenerate={generate}
            onCancel={cancel}
          />
        </>
      )}
      {phase === 'ready' && result && (
        <ReadyView
          result={result}
          sources={setup.sources.filter((s) => setup.selected.has(s.id))}
          statuses={statuses}
          excluded={excluded}
          preview={preview}
          onDownload={() => saveFile(result.zip, result.fileName, 'application/zip')}
          onDownloadMap={() => post({ type: 'private-map', jobId: jobId.current })}
          onStartOver={() => {
            setNotice(undefined);
            dropWork();
          }}
          onRetry={(sourceId) => post({ type: 'retry-source', jobId: jobId.current, sourceId })}
          onShow={(path) => post({ type: 'preview', jobId: jobId.current, path })}
          onExclude={(next) => {
            setExcluded(next);
            post({ type: 'exclude', jobId: jobId.current, paths: [...next] });
          }}
        />
      )}
    </div>
  );
}
