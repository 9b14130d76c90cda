/**
 * The one flow: collect → learn → redact → diagnose → pack. Learn-then-sweep: values from
 * structured places are learned from every item before any item is redacted. Findings,
 * report and log are built from redacted facts only; comparisons that need originals (the
 * base URL) are made first and kept as booleans. The stages are exported on their own so
 * the worker can re-pack (exclude a file) without collecting again.
 */
import { buildBundle, type BuiltBundle } from './archive/index.ts';
import { collect } from './collect/index.ts';
import type { CollectContext, CollectResult } from './collect/types.ts';
import { deriveFacts, diagnose, type DiagnosisFacts } from './diagnose/index.ts';
import type {
  BundleItem,
  CollectionLogEntry,
  Finding,
  Manifest,
  RedactionReport,
  SupportRequest,
} from './model.ts';
import type { Redactor } from './redact/index.ts';

export type PipelineStage = 'collect' | 'redact' | 'pack';

export interface PipelineProgress {
  stage: PipelineStage;
  done: number;
  total: number;
  /** During `collect`: the log entries of the source that just finished. */
  entries?: CollectionLogEntry[];
}

export interface PipelineInput {
  ctx: Omit<CollectContext, 'signal'>;
  sourceIds: readonly string[];
  redactor: Redactor;
  request?: SupportRequest;
  productVersion: string;
  onProgress?: (progress: PipelineProgress) => void;
  signal?: AbortSignal;
  /** Defaults to now; fixed in tests for reproducible bundles. */
  createdAt?: Date;
}

/** Everything after redaction, before packing. Nothing here holds an original value. */
export interface RedactedBundle {
  items: BundleItem[];
  facts: DiagnosisFacts;
  log: CollectionLogEntry[];
  findings: Finding[];
  instance: string;
}

export interface PipelineResult extends BuiltBundle {
  items: BundleItem[];
  log: CollectionLogEntry[];
  findings: Finding[];
  redactionReport: RedactionReport;
  manifest: Manifest;
}

const STRUCTURED = /json|xml|yaml|properties/;

/** Learn first: the redactor then sweeps learned values through every file. */
export function learnFrom(redactor: Redactor, collected: CollectResult): void {
  for (const { kind, value } of collected.learned) redactor.learnValue(kind, value);
  const decoder = new TextDecoder();
  for (const item of collected.items) {
    if (STRUCTURED.test(item.mediaType)) redactor.learn(item.path, decoder.decode(item.bytes));
  }
}

/** Redacts a JSON value by structure; if the answer is not JSON, `fallback` is used. */
async function redactJson<T>(redactor: Redactor, path: string, value: T, fallback: T): Promise<T> {
  const redacted = await redactor.redactText(path, JSON.stringify(value, null, 2));
  try {
    return JSON.parse(redacted) as T;
  } catch {
    return fallback;
  }
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname || undefined : undefined;
  } catch {
    return undefined;
  }
}

function bareLog(log: CollectionLogEntry[]): CollectionLogEntry[] {
  return log.map((e) => ({
    sourceId: e.sourceId,
    status: e.status,
    ...(e.kind ? { kind: e.kind } : {}),
    message: '',
    advice: '',
  }));
}

export async function redactCollected(
  collected: CollectResult,
  redactor: Redactor,
  options: { onProgress?: (p: PipelineProgress) => void; signal?: AbortSignal } = {},
): Promise<RedactedBundle> {
  const { onProgress, signal } = options;
  learnFrom(redactor, collected);
  // Comparisons on originals, before anything is redacted; kept as booleans.
  const derived = deriveFacts(collected.facts);
  const items: BundleItem[] = [];
  const total = collected.items.length;
  onProgress?.({ stage: 'redact', done: 0, total });
  for (const [index, item] of collected.items.entries()) {
    signal?.throwIfAborted();
    const redacted = await redactor.redactItem(item);
    if (redacted) items.push(redacted);
    onProgress?.({ stage: 'redact', done: index + 1, total });
  }
  signal?.throwIfAborted();
  const facts = await redactJson<DiagnosisFacts>(redactor, 'findings.json', derived, {});
  const log = await redactJson(
    redactor,
    'collection-log.json',
    collected.log,
    bareLog(collected.log),
  );
  const host =
    hostOf(collected.facts.serverInfo?.baseUrl) ?? hostOf(collected.facts.browser?.origin);
  const instance = host ? await redactor.pseudonym('host', host) : 'jira';
  return { items, facts, log, findings: diagnose(facts), instance };
}

/** Marks excluded paths in the redaction report (they were redacted, then left out). */
function withExclusions(report: RedactionReport, excluded: ReadonlySet<string>): RedactionReport {
  const files = report.files.map((f) =>
    excluded.has(f.path) ? { ...f, dropped: 'excluded' as const } : f,
  );
  return { ...report, files };
}

export async function packRedacted(
  redacted: RedactedBundle,
  options: {
    redactor: Redactor;
    productVersion: string;
    request?: SupportRequest;
    createdAt?: Date;
    excludePaths?: readonly string[];
  },
): Promise<PipelineResult> {
  const excluded = new Set(options.excludePaths ?? []);
  const items = redacted.items.filter((item) => !excluded.has(item.path));
  const redactionReport = withExclusions(options.redactor.report(), excluded);
  const built = await buildBundle({
    items,
    log: redacted.log,
    facts: redacted.facts,
    findings: redacted.findings,
    redactionReport,
    ...(options.request ? { request: options.request } : {}),
    productVersion: options.productVersion,
    rulesetVersion: redactionReport.rulesetVersion,
    instance: redacted.instance,
    createdAt: options.createdAt ?? new Date(),
  });
  return { ...built, items, log: redacted.log, findings: redacted.findings, redactionReport };
}

export async function runPipeline(input: PipelineInput): Promise<PipelineResult> {
  const { signal, onProgress } = input;
  signal?.throwIfAborted();
  const collected = await collect(
    { ...input.ctx, ...(signal ? { signal } : {}) },
    input.sourceIds,
    (p) =>
      onProgress?.({
        stage: 'collect',
        done: p.done,
        total: p.total,
        ...(p.entries ? { entries: p.entries } : {}),
      }),
  );
  const redacted = await redactCollected(collected, input.redactor, {
    ...(onProgress ? { onProgress } : {}),
    ...(signal ? { signal } : {}),
  });
  signal?.throwIfAborted();
  onProgress?.({ stage: 'pack', done: 0, total: 1 });
  const result = await packRedacted(redacted, {
    redactor: input.redactor,
    productVersion: input.productVersion,
    ...(input.request ? { request: input.request } : {}),
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
  });
  onProgress?.({ stage: 'pack', done: 1, total: 1 });
  return result;
}
