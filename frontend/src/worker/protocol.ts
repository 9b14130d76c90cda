/**
 * Messages between the admin screen and the bundle worker. Plain data only: the screen
 * never sees how a rule matches, and originals stay inside the worker's memory.
 */
import type {
  BrowserFacts,
  CollectionLimits,
  CollectionLogEntry,
  Finding,
  Manifest,
  RedactionReport,
  SupportRequest,
} from '../core/model.ts';

export interface SourceDescriptor {
  id: string;
  title: string;
  description: string;
  defaultOn: boolean;
}

export interface CustomRuleInput {
  keyword?: string;
  pattern?: string;
  flags?: string;
  files?: string[];
}

export interface GenerateOptions {
  sourceIds: string[];
  files: File[];
  browser: BrowserFacts;
  limits: CollectionLimits;
  request?: SupportRequest;
  customRules: CustomRuleInput[];
  keepBinaryPaths: string[];
  /** Present only when the admin chose pseudonyms that stay the same across bundles. */
  secret?: Uint8Array;
}

export type Stage = 'collect' | 'redact' | 'pack';

export interface BundleFileSummary {
  path: string;
  size: number;
  sourceId: string;
  /** Redactions in this file, per rule id. */
  counts: Record<string, number>;
}

export interface BundleResult {
  zip: Uint8Array;
  fileName: string;
  manifest: Manifest;
  files: BundleFileSummary[];
  log: CollectionLogEntry[];
  findings: Finding[];
  redactionReport: RedactionReport;
}

export type ToWorker =
  | { type: 'hello' }
  | { type: 'generate'; jobId: number; options: GenerateOptions }
  | { type: 'cancel'; jobId: number }
  | { type: 'retry-source'; jobId: number; sourceId: string }
  | { type: 'exclude'; jobId: number; paths: string[] }
  | { type: 'preview'; jobId: number; path: string }
  | { type: 'private-map'; jobId: number };

export interface PreviewReplacement {
  token: string;
  original: string;
  kind: string;
}

export type FromWorker =
  | { type: 'ready'; sources: SourceDescriptor[] }
  | { type: 'progress'; jobId: number; stage: Stage; done: number; total: number }
  | { type: 'source-status'; jobId: number; entry: CollectionLogEntry }
  | { type: 'done'; jobId: number; result: BundleResult }
  | { type: 'failed'; jobId: number; message: string }
  | { type: 'cancelled'; jobId: number }
  | {
      type: 'preview';
      jobId: number;
      path: string;
      text: string;
      truncated: boolean;
      replacements: PreviewReplacement[];
    }
  | { type: 'private-map'; jobId: number; json: string };
