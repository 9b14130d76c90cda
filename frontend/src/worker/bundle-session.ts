/**
 * One bundle job inside the worker. It keeps what the admin may still act on (retry a
 * source, leave a file out, look at a file, take the private map) in this worker's memory
 * only; ending the worker drops all of it.
 */
import {
  collect,
  collectOne,
  replaceSource,
  type CollectContext,
  type CollectResult,
} from '../core/collect/index.ts';
import {
  packRedacted,
  redactCollected,
  type PipelineResult,
  type RedactedBundle,
} from '../core/pipeline.ts';
import { createRedactor, isBinary, type Redactor } from '../core/redact/index.ts';
import { BUNDLE_SOURCE_ID, MANIFEST, MANIFEST_CHECKSUM } from '../core/archive/index.ts';
import JSZip from 'jszip';
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
  /** The packed zip, opened: the files the bundle writes itself are previewed from it. */
  private packedZip?: JSZip;
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
    this.collected = replaceSource(this.collected, sourceId, again);
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
    this.packedZip = await JSZip.loadAsync(this.packed.zip);
    this.post({ type: 'progress', jobId: this.jobId, stage: 'pack', done: 1, total: 1 });
    this.post({ type: 'done', jobId: this.jobId, result: await this.summary(this.packed) });
  }

  /** The files the bundle writes itself (manifest, report, logs), as they are in the zip. */
  private async writtenFiles(): Promise<BundleResult['files']> {
    const zip = this.packedZip;
    if (!zip) return [];
    const items = new Set((this.redacted?.items ?? []).map((item) => item.path));
    const paths = Object.keys(zip.files).filter(
      (path) => !items.has(path) && !zip.files[path]?.dir,
    );
    return Promise.all(
      paths.map(async (path) => ({
        path,
        size: (await zip.file(path)?.async('uint8array'))?.byteLength ?? 0,
        sourceId: BUNDLE_SOURCE_ID,
        counts: {},
      })),
    );
  }

  private async summary(packed: PipelineResult): Promise<BundleResult> {
    const counts = new Map(packed.redactionReport.files.map((file) => [file.path, file.counts]));
    const written = await this.writtenFiles();
    const first = new Set([MANIFEST, MANIFEST_CHECKSUM]);
    return {
      zip: packed.zip,
      fileName: packed.fileName,
      manifest: packed.manifest,
      // Every redacted item, left-out ones too, so the admin can put one back; then the
      // files the bundle writes itself, which are always in it.
      files: [
        ...written.filter((file) => !first.has(file.path)),
        ...(this.redacted?.items ?? []).map((item) => ({
          path: item.path,
          size: item.bytes.byteLength,
          sourceId: item.sourceId,
          counts: counts.get(item.path) ?? {},
        })),
        ...written.filter((file) => first.has(file.path)),
      ],
      log: packed.log,
      findings: packed.findings,
      redactionReport: packed.redactionReport,
    };
  }

  private async bytesOf(path: string): Promise<Uint8Array | undefined> {
    const item = this.redacted?.items.find((candidate) => candidate.path === path);
    return item?.bytes ?? (await this.packedZip?.file(path)?.async('uint8array'));
  }

  async preview(path: string): Promise<void> {
    const bytes = await this.bytesOf(path);
    if (!bytes || !this.redactor) return;
    if (isBinary(bytes)) {
      const message = { path, text: '', truncated: false, replacements: [], binary: true };
      this.post({ type: 'preview', jobId: this.jobId, ...message });
      return;
    }
    const whole = new TextDecoder().decode(bytes);
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
