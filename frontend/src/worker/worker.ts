/**
 * The bundle worker: collects, redacts and packs off the page's main thread, so the
 * admin's screen stays responsive. Originals never leave this worker except in the
 * private-map and "what was replaced" answers the admin asks for.
 */
import { SOURCES } from '../core/collect/index.ts';
import { CustomRuleError } from '../core/redact/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { BundleSession } from './bundle-session.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let session: BundleSession | undefined;

const post = (message: FromWorker) => scope.postMessage(message);

function explain(error: unknown): string {
  if (error instanceof CustomRuleError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `The bundle could not be generated: ${detail}. Nothing was sent. Try again; if it fails again, generate with fewer sources and tell Vilisoft support what happened.`;
}

async function run(jobId: number, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      post({ type: 'cancelled', jobId });
      return;
    }
    post({ type: 'failed', jobId, message: explain(error) });
  }
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
    case 'generate':
      session?.cancel();
      session = new BundleSession(message.jobId, message.options, post);
      void run(message.jobId, () => session!.generate());
      return;
    case 'cancel':
      if (session?.jobId === message.jobId) session.cancel();
      return;
    case 'retry-source':
      if (session?.jobId === message.jobId)
        void run(message.jobId, () => session!.retrySource(message.sourceId));
      return;
    case 'exclude':
      if (session?.jobId === message.jobId)
        void run(message.jobId, () => session!.exclude(message.paths));
      return;
    case 'preview':
      if (session?.jobId === message.jobId) session.preview(message.path);
      return;
    case 'private-map':
      if (session?.jobId === message.jobId)
        post({ type: 'private-map', jobId: message.jobId, json: session.privateMapJson() });
      return;
  }
};
