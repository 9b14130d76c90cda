/**
 * Drives linear-time-worker.ts: one worker thread measures the adversarial patterns in turn;
 * if one pattern runs past the deadline the worker is stopped, that pattern is recorded as
 * timed out, and a new worker carries on with the next one.
 */
import { Worker } from 'node:worker_threads';
import { ADVERSARIAL_PATTERNS } from './adversarial.ts';
import type { LinearTimeJob, LinearTimeMessage } from './linear-time-worker.ts';

export interface PatternTiming {
  id: string;
  ratio?: number;
  smallMs?: number;
  bigMs?: number;
  problem?: string;
}

const WORKER_URL = new URL('./linear-time-worker.ts', import.meta.url).href;

/**
 * Node 20 loads a worker's entry file before `--import` hooks run in that thread, so the
 * worker registers tsx itself and then imports the TypeScript entry.
 */
function startWorker(job: LinearTimeJob): Worker {
  const bootstrap =
    "import('tsx/esm/api').then(({ register }) => { register(); " +
    `return import(${JSON.stringify(WORKER_URL)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: job });
}

export async function measureAdversarialPatterns(
  settings: Omit<LinearTimeJob, 'startIndex'> & { deadlineMs: number },
): Promise<PatternTiming[]> {
  const timings: PatternTiming[] = [];
  let next = 0;
  while (next < ADVERSARIAL_PATTERNS.length) {
    next = await runWorker({ ...settings, startIndex: next }, settings.deadlineMs, timings);
  }
  return timings;
}

/** Runs one worker until it finishes or stalls; answers the index to resume from. */
function runWorker(job: LinearTimeJob, deadlineMs: number, into: PatternTiming[]): Promise<number> {
  return new Promise((resolve) => {
    const worker = startWorker(job);
    let current = { index: job.startIndex, id: ADVERSARIAL_PATTERNS[job.startIndex]?.id ?? '?' };
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const finish = (resumeAt: number) => {
      clearTimeout(watchdog);
      worker.removeAllListeners();
      worker.on('error', () => undefined); // a late error from a worker being stopped
      // Wait until a stalled worker is really gone, or it would slow the next measurements.
      void worker.terminate().then(() => resolve(resumeAt));
    };
    const arm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        into.push({ id: current.id, problem: `still running after ${deadlineMs / 1000} s` });
        finish(current.index + 1);
      }, deadlineMs);
    };
    arm();
    worker.on('message', (message: LinearTimeMessage) => {
      if (message.type === 'start') {
        current = { index: message.index, id: message.id };
        arm();
      } else if (message.type === 'result') {
        const { id, ratio, smallMs, bigMs } = message;
        into.push({ id, ratio, smallMs, bigMs });
      } else if (message.type === 'error') {
        into.push({ id: message.id, problem: `threw: ${message.message}` });
      } else {
        finish(ADVERSARIAL_PATTERNS.length);
      }
    });
    worker.on('error', (error) => {
      into.push({ id: current.id, problem: `worker failed: ${String(error)}` });
      finish(current.index + 1);
    });
    worker.on('exit', (code) => {
      into.push({ id: current.id, problem: `worker exited with code ${code}` });
      finish(current.index + 1);
    });
  });
}
