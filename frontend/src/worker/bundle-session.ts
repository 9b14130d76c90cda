/**
 * One bundle job inside the worker. It keeps what the admin may still act on (retry a
 * source, leave a file out, look at a file, take the private map) in this worker's memory
 * only; ending the worker drops all of it.
 */
import {
  collect,
  collectOne,
  type CollectContext,
  type CollectResult,
} from '../core/collect/index.ts';
import { mergeFacts } from '../core/collect/merge-facts.ts';
import {
  packRedacted,
  redactCollected,
  type PipelineResult,
  type RedactedBundle,
} from '../core/pipeline.ts';
import { createRedactor, type Redactor } from '../core/redact/index.ts';
import type { BundleResult, GenerateOptions, PreviewReplacement, FromWorker } from './protocol.ts';
import { createJiraFetch } from './jira-fetch.ts';
import { toAddedFile } from './added-file.ts';
import packageJson from '../../../package.json';

/** The preview shows at most this much of a file; the bundle holds all of it. */
const PREVIEW_CHARS = 256 * 1024;
const productVersion = packageJson.version;

type Post = (message: FromWorker) => void;

export class BundleSession {
  private readonly abort = new AbortController();
  private readonly secret: Uint8Array;
  private collected?: CollectResult;
  private redactor?: Redactor;
  private redacted?: RedactedBundle;
  private packed?: PipelineResult;
  private excluded: string[] = [];

  constructor(
    readonly jobId: number,
    private readonly options: GenerateOptions,
    private readonly post: Post,
  ) {
    this.secret = options.secret ?? crypto.getRandomValues(new Uint8Array(32));
  }

  cancel(): void {
    this.abort.abort(new DOMException('The admin cancelled.', 'AbortError'));
  }

  private context(): CollectContext {
    const { browser, limits, files } = this.options;
    return {
      jira: createJiraFetch(browser.contextPath, browser.origin),
      limits,
      browser,
      files: files.map(toAddedFile),
      signal: this.abort.signal,
    };
  }

  private newRedactor(): Redactor {
    // Same secret, same pseudonyms: a retried source lines up with the rest of the bundle.
    return createRedactor({
      secret: this.secret,
      customRules: this.options.customRules,
      keepBinaryPaths: this.options.keepBinaryPaths,
    });
  }

  async generate(): Promise<void> {
    const redactor = this.newRedactor();
    const sourceIds = [...this.options.sourceIds];
    if (this.options.files.length > 0 && !sourceIds.includes('files')) sourceIds.push('files');
    this.collected = await collect(this.context(), sourceIds, (progress) => {
      this.post({
        type: 'progress',
        jobId: this.jobId,
        stage: 'collect',
        done: progress.done,
        total: progress.total,
      });
      for (const entry of progress.entries ?? [])
        this.post({ type: 'source-status', jobId: this.jobId, entry });
    });
    await this.redactAndPack(redactor);
  }

  async retrySource(sourceId: string): Promise<void> {
    if (!this.collected) return;
    const again = await collectOne(this.context(), sourceId);
    for (const entry of again.log) this.post({ type: 'source-status', jobId: this.jobId, entry });
    const old = this.collected;
    this.collected = {
      items: [...old.items.filter((item) => item.sourceId !== sourceId), ...again.items],
      log: [...old.log.filter((entry) => entry.sourceId !== sourceId), ...again.log],
      facts: mergeFacts(old.facts, again.facts),
      learned: [...old.learned, ...again.learned],
    };
    await this.redactAndPack(this.newRedactor());
  }

  async exclude(paths: string[]): Promise<void> {
    this.excluded = paths;
    await this.pack();
  }

  private async redactAndPack(redactor: Redactor): Promise<void> {
    if (!this.collected) return;
    this.redactor = redactor;
    this.redacted = await redactCollected(this.collected, redactor, {
      signal: this.abort.signal,
      onProgress: (p) =>
        this.post({
          type: 'progress',
          jobId: this.jobId,
          stage: p.stage,
          done: p.done,
          total: p.total,
        }),
    });
    await this.pack();
  }

  private async pack(): Promise<void> {
    if (!this.redacted || !this.redactor) return;
    this.post({ type: 'progress', jobId: this.jobId, stage: 'pack', done: 0, total: 1 });
    this.packed = await packRedacted(this.redacted, {
      redactor: this.redactor,
      productVersion,
      excludePaths: this.excluded,
      ...(this.options.request ? { request: this.options.request } : {}),
    });
    this.post({ type: 'progress', jobId: this.jobId, stage: 'pack', done: 1, total: 1 });
    this.post({ type: 'done', jobId: this.jobId, result: this.summary(this.packed) });
  }

  private summary(packed: PipelineResult): BundleResult {
    const counts = new Map(packed.redactionReport.files.map((file) => [file.path, file.counts]));
    return {
      zip: packed.zip,
      fileName: packed.fileName,
      manifest: packed.manifest,
      // Every redacted item, left-out ones too, so the admin can put one back.
      files: (this.redacted?.items ?? []).map((item) => ({
        path: item.path,
        size: item.bytes.byteLength,
        sourceId: item.sourceId,
        counts: counts.get(item.path) ?? {},
      })),
      log: packed.log,
      findings: packed.findings,
      redactionReport: packed.redactionReport,
    };
  }

  preview(path: string): void {
    const item = this.redacted?.items.find((candidate) => candidate.path === path);
    if (!item || !this.redactor) return;
    const whole = new TextDecoder().decode(item.bytes);
    const text = whole.slice(0, PREVIEW_CHARS);
    const replacements: PreviewReplacement[] = this.redactor
      .privateMap()
      .entries.filter((entry) => text.includes(entry.token))
      .map(({ token, original, kind }) => ({ token, original, kind }));
    this.post({
      type: 'preview',
      jobId: this.jobId,
      path,
      text,
      truncated: whole.length > text.length,
      replacements,
    });
  }

  privateMapJson(): string {
    return JSON.stringify(this.redactor?.privateMap() ?? { entries: [] }, null, 2);
  }
}
