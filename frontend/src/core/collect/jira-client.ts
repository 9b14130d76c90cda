/**
 * One GET against Jira, the careful way: a timeout, a size limit, the answering node
 * (`X-ANODEID`), and every failure turned into a `FailureKind` an admin can act on.
 * Answers are shared within one run, so two sources reading the app list cost one call.
 */
import type {
  CollectionLimits,
  CollectionLogEntry,
  FailureKind,
  JiraFetch,
  JsonValue,
} from '../model.ts';
import { failureText, type FailureText } from './failure-advice.ts';

export interface JiraCallOptions {
  /** Words for a 404 when "not found" means something specific (e.g. an app not installed). */
  notFound?: FailureText;
}

export type JiraCall =
  | { ok: true; json: JsonValue; entry: CollectionLogEntry }
  | { ok: false; kind: FailureKind; entry: CollectionLogEntry };

export interface JiraClient {
  getJson(sourceId: string, path: string, options?: JiraCallOptions): Promise<JiraCall>;
}

export interface JiraClientOptions {
  limits: CollectionLimits;
  signal?: AbortSignal;
}

const PLUGINS_ERROR_TYPE = 'application/vnd.atl.plugins.error+json';

/** Classifies a finished HTTP answer; `undefined` means usable. */
export function classifyResponse(
  status: number,
  contentType: string,
  body: string,
): FailureKind | undefined {
  const type = contentType.toLowerCase();
  if (status === 401) {
    return type.includes(PLUGINS_ERROR_TYPE) || /websudo/i.test(body)
      ? 'websudo-required'
      : 'unauthenticated';
  }
  if (status === 403) return /websudo/i.test(body) ? 'websudo-required' : 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 500) return 'server-error';
  if (status < 200 || status >= 300) return 'other';
  if (type.includes('text/html') || /^\s*(<!doctype html|<html)/i.test(body)) return 'login-page';
  return undefined;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

function abortPromise(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

interface RawOutcome {
  kind?: FailureKind;
  json?: JsonValue;
  httpStatus?: number;
  nodeId?: string;
  durationMs: number;
  bytes?: number;
  detail?: string;
}

export function createJiraClient(fetch: JiraFetch, options: JiraClientOptions): JiraClient {
  const { limits, signal } = options;
  const cache = new Map<string, Promise<RawOutcome>>();

  async function call(path: string): Promise<RawOutcome> {
    const started = Date.now();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException('Timed out', 'TimeoutError'));
    }, limits.requestTimeoutMs);
    const onOuterAbort = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onOuterAbort, { once: true });
    if (signal?.aborted) controller.abort(signal.reason);
    const done = (outcome: Omit<RawOutcome, 'durationMs'>): RawOutcome => ({
      ...outcome,
      durationMs: Date.now() - started,
    });
    try {
      const aborted = abortPromise(controller.signal);
      aborted.catch(() => undefined);
      const response = await Promise.race([
        fetch(path, { signal: controller.signal, accept: 'application/json' }),
        aborted,
      ]);
      const httpStatus = response.status;
      const nodeId = response.headers.get('x-anodeid') ?? undefined;
      const contentType = response.headers.get('content-type') ?? '';
      const declared = Number(response.headers.get('content-length') ?? 'NaN');
      if (declared > limits.maxResponseBytes) {
        return done({ kind: 'too-large', httpStatus, nodeId, bytes: declared });
      }
      const body = await Promise.race([response.text(), aborted]);
      const bytes = body.length * 3 > limits.maxResponseBytes ? byteLength(body) : body.length;
      if (bytes > limits.maxResponseBytes)
        return done({ kind: 'too-large', httpStatus, nodeId, bytes });
      const kind = classifyResponse(httpStatus, contentType, body);
      if (kind) return done({ kind, httpStatus, nodeId, bytes });
      try {
        return done({ json: JSON.parse(body) as JsonValue, httpStatus, nodeId, bytes });
      } catch {
        return done({ kind: 'malformed-json', httpStatus, nodeId, bytes });
      }
    } catch (error) {
      if (signal?.aborted) return done({ kind: 'cancelled' });
      if (timedOut) return done({ kind: 'timeout' });
      const detail = error instanceof Error ? error.message : String(error);
      return done({ kind: 'network', detail });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onOuterAbort);
    }
  }

  return {
    async getJson(sourceId, path, callOptions = {}) {
      let pending = cache.get(path);
      if (!pending) {
        pending = call(path);
        cache.set(path, pending);
      }
      const outcome = await pending;
      const base: CollectionLogEntry = {
        sourceId,
        status: 'ok',
        message: '',
        advice: '',
        endpoint: path,
        ...(outcome.httpStatus !== undefined ? { httpStatus: outcome.httpStatus } : {}),
        ...(outcome.nodeId !== undefined ? { nodeId: outcome.nodeId } : {}),
        durationMs: outcome.durationMs,
      };
      if (outcome.kind === undefined) {
        const size = outcome.bytes ?? 0;
        return {
          ok: true,
          json: outcome.json ?? null,
          entry: { ...base, message: `Read ${path} (${size} bytes).` },
        };
      }
      const text =
        outcome.kind === 'not-found' && callOptions.notFound
          ? callOptions.notFound
          : failureText(outcome.kind);
      const detail = outcome.detail ? ` (${outcome.detail})` : '';
      return {
        ok: false,
        kind: outcome.kind,
        entry: {
          ...base,
          status: 'failed',
          kind: outcome.kind,
          message: `${text.message}${detail}`,
          advice: text.advice,
        },
      };
    },
  };
}
