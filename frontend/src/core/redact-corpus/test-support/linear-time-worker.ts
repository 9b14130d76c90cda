/**
 * Runs in a worker thread so a catastrophic pattern can be stopped from outside. For each
 * adversarial pattern it compares `factor` redactions of a small input with one redaction of
 * an input `factor` times larger: the same number of bytes, so a linear redactor takes about
 * the same time for both, and a quadratic one takes `factor` times longer for the big one.
 * Minimum of several runs each, interleaved, so background load cancels out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { createRedactor as CreateRedactor, Redactor } from '../../redact/index.ts';
import { ADVERSARIAL_PATTERNS, type AdversarialPattern } from './adversarial.ts';

export interface LinearTimeJob {
  startIndex: number;
  unitBytes: number;
  factor: number;
  repetitions: number;
  /** Above this big/small ratio the worker measures again, longer, before it answers. */
  retryAbove: number;
  /** Only these pattern ids (all when absent). */
  only?: string[];
  /** Module exporting `createRedactor`; the engine when absent (the harness tests a fake). */
  redactorModule?: string;
}

export type LinearTimeMessage =
  | { type: 'start'; index: number; id: string }
  | { type: 'result'; index: number; id: string; smallMs: number; bigMs: number; ratio: number }
  | { type: 'error'; index: number; id: string; message: string }
  | { type: 'done' };

const job = workerData as LinearTimeJob;
/** Below this, timer noise dominates: a redactor that fast on these sizes is fine. */
const FLOOR_MS = 2;
const ratioOf = (smallMs: number, bigMs: number) => bigMs / Math.max(smallMs, FLOOR_MS);
const SECRET = new TextEncoder().encode('linear-time-test-key-FAKE-0123456789');

const { createRedactor } = (await import(job.redactorModule ?? '../../redact/index.ts')) as {
  createRedactor: typeof CreateRedactor;
};

function freshRedactor(): Redactor {
  const redactor = createRedactor({ secret: SECRET });
  redactor.learnValue('user', 'jsmith-fake');
  redactor.learnValue('name', 'Johnny Fakesmith');
  redactor.learnValue('host', 'jira.globex-fake.example.test');
  redactor.learnValue('org', 'Globex Fake Corporation');
  return redactor;
}

async function elapsedMs(action: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function measure(pattern: AdversarialPattern, repetitions: number) {
  const redactor = freshRedactor();
  const small = pattern.build(job.unitBytes);
  const big = pattern.build(job.unitBytes * job.factor);
  await redactor.redactText(pattern.path, small); // warm-up: compile, learn, fill caches
  let smallMs = Infinity;
  let bigMs = Infinity;
  for (let rep = 0; rep < repetitions; rep++) {
    smallMs = Math.min(
      smallMs,
      await elapsedMs(async () => {
        for (let i = 0; i < job.factor; i++) await redactor.redactText(pattern.path, small);
      }),
    );
    bigMs = Math.min(bigMs, await elapsedMs(() => redactor.redactText(pattern.path, big)));
  }
  return { smallMs, bigMs };
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('linear-time-worker must run in a worker thread');
  const post = (message: LinearTimeMessage) => port.postMessage(message);
  for (let index = job.startIndex; index < ADVERSARIAL_PATTERNS.length; index++) {
    const pattern = ADVERSARIAL_PATTERNS[index];
    if (!pattern) break;
    if (job.only && !job.only.includes(pattern.id)) continue;
    post({ type: 'start', index, id: pattern.id });
    try {
      let { smallMs, bigMs } = await measure(pattern, job.repetitions);
      if (ratioOf(smallMs, bigMs) > job.retryAbove) {
        // A busy machine can stall one run; a super-linear redactor stays slow however often.
        ({ smallMs, bigMs } = await measure(pattern, job.repetitions * 3));
      }
      post({
        type: 'result',
        index,
        id: pattern.id,
        smallMs,
        bigMs,
        ratio: ratioOf(smallMs, bigMs),
      });
    } catch (error) {
      post({ type: 'error', index, id: pattern.id, message: String(error) });
    }
  }
  post({ type: 'done' });
}

await main();
