/**
 * The bundle worker for the screen's lifetime. `restart` ends the current worker at once
 * (that is how Cancel drops everything it held) and starts a fresh one; `generation`
 * counts restarts so questions asked of the old worker can be asked again.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FromWorker, GenerateOptions, ToWorker } from '../worker/protocol.ts';
import { BundleWorker } from './worker-client.ts';
import { workerUrl } from './jira-page.ts';

export interface BundleWorkerHandle {
  post(message: ToWorker): void;
  generate(options: GenerateOptions): number;
  restart(): void;
  generation: number;
}

export function useBundleWorker(
  onMessage: (message: FromWorker) => void,
  onError: (message: string) => void,
): BundleWorkerHandle {
  const handlers = useRef({ onMessage, onError });
  useLayoutEffect(() => {
    handlers.current = { onMessage, onError };
  });
  const worker = useRef<BundleWorker>();
  const [generation, setGeneration] = useState(0);

  const start = useCallback(() => {
    worker.current?.terminate();
    const next = new BundleWorker(workerUrl(), (message) => handlers.current.onError(message));
    next.subscribe((message) => handlers.current.onMessage(message));
    worker.current = next;
  }, []);

  useEffect(() => {
    start();
    return () => {
      worker.current?.terminate();
      worker.current = undefined;
    };
  }, [start]);

  const post = useCallback((message: ToWorker) => worker.current?.post(message), []);
  const generate = useCallback(
    (options: GenerateOptions) => worker.current?.generate(options) ?? -1,
    [],
  );
  const restart = useCallback(() => {
    start();
    setGeneration((n) => n + 1);
  }, [start]);

  return { post, generate, restart, generation };
}
