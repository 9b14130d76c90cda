/** A typed handle on the bundle worker: one job at a time, replies routed by job id. */
import type { FromWorker, GenerateOptions, ToWorker } from '../worker/protocol.ts';

export type WorkerListener = (message: FromWorker) => void;

export class BundleWorker {
  private readonly worker: Worker;
  private readonly listeners = new Set<WorkerListener>();
  private nextJobId = 1;

  constructor(url: string, onError: (message: string) => void) {
    this.worker = new Worker(url);
    this.worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      for (const listener of this.listeners) listener(event.data);
    });
    this.worker.addEventListener('error', (event) => {
      onError(event.message || 'The bundle worker could not start.');
    });
    this.post({ type: 'hello' });
  }

  subscribe(listener: WorkerListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  generate(options: GenerateOptions): number {
    const jobId = this.nextJobId++;
    this.post({ type: 'generate', jobId, options });
    return jobId;
  }

  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  terminate(): void {
    this.worker.terminate();
  }
}
