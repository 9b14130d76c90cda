/**
 * The bundle worker: collects, redacts and packs off the page's main thread, so the
 * admin's screen stays responsive. Originals never leave this worker except in the
 * private-map and "what was replaced" answers the admin asks for.
 */
import { SOURCES } from '../core/collect/index.ts';
import { CustomRuleError } from '../core/redact/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { BundleSession } from './bundle-session.ts';
import { checkRules, estimate, readRequest } from './setup-answers.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let session: BundleSession | undefined;

const post = (message: FromWorker) => scope.postMessage(message);

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function run(jobId: number, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      post({ type: 'cancelled', jobId });
      return;
    }
    post({
      type: 'failed',
      jobId,
      message: detail(error),
      ...(error instanceof CustomRuleError ? { ruleIndex: error.ruleIndex } : {}),
    });
  }
}

/** Setup questions run beside a job; a failure must not end the worker. */
async function answer(work: () => Promise<FromWorker | undefined>): Promise<void> {
  try {
    const reply = await work();
    if (reply) post(reply);
  } catch (error) {
    console.error('Support bundle worker:', detail(error));
  }
}

function forSession(jobId: number): BundleSession | undefined {
  return session?.jobId === jobId ? session : undefined;
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case 'hello':
      post({
        type: 'ready',
        sources: SOURCES.map(({ id, title, description, defaultOn }) => ({
          id,
          title,
          description,
          defaultOn,
        })),
      });
      return;
    case 'estimate':
      void answer(async () => ({
        type: 'estimate',
        requestId: message.requestId,
        estimate: await estimate(message.input),
      }));
      return;
    case 'check-rules':
      void answer(async () => {
        const problem = checkRules(message.rules);
        return {
          type: 'rules-checked',
          requestId: message.requestId,
          ...(problem ? { problem } : {}),
        };
      });
      return;
    case 'decode-request':
      void answer(() => readRequest(message.requestId, message.text));
      return;
    case 'generate': {
      session?.cancel();
      const next = new BundleSession(message.jobId, message.options, post);
      session = next;
      void run(message.jobId, () => next.generate());
      return;
    }
    case 'cancel':
      forSession(message.jobId)?.cancel();
      return;
    case 'retry-source': {
      const current = forSession(message.jobId);
      if (current) void run(message.jobId, () => current.retrySource(message.sourceId));
      return;
    }
    case 'exclude': {
      const current = forSession(message.jobId);
      if (current) void run(message.jobId, () => current.exclude(message.paths));
      return;
    }
    case 'preview': {
      const current = forSession(message.jobId);
      if (current) void run(message.jobId, () => current.preview(message.path));
      return;
    }
    case 'private-map': {
      const current = forSession(message.jobId);
      if (current)
        post({ type: 'private-map', jobId: message.jobId, json: current.privateMapJson() });
      return;
    }
  }
};
