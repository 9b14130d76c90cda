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
  /** Shows in the redaction report as `custom:<id>`; never holds the word itself. */
  id?: string;
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

/** What the screen asks for a size estimate, before anything is generated. */
export interface EstimateInput {
  sourceIds: string[];
  files: File[];
  limits: CollectionLimits;
}

export interface FileEstimateInfo {
  name: string;
  size: number;
  /** Bytes it adds to the bundle at most, before redaction and compression. */
  estimatedBytes: number;
  treatment: 'whole' | 'newest-part' | 'too-large' | 'zip' | 'unreadable';
  /** For a zip: entries that will be included. */
  entries?: number;
  /** Its path inside the bundle (what `keepBinaryPaths` names). */
  bundlePath: string;
  /** A binary file (heap dump, flight recording, image…): left out unless the admin keeps it. */
  binary: boolean;
}

export interface BundleEstimate {
  /** Estimated bytes per source id. */
  sources: Record<string, number>;
  files: FileEstimateInfo[];
  totalBytes: number;
  overTotal: boolean;
}

export interface PreviewReplacement {
  token: string;
  original: string;
  kind: string;
}

export type ToWorker =
  | { type: 'hello' }
  | { type: 'estimate'; requestId: number; input: EstimateInput }
  | { type: 'check-rules'; requestId: number; rules: CustomRuleInput[] }
  | { type: 'decode-request'; requestId: number; text: string }
  | { type: 'generate'; jobId: number; options: GenerateOptions }
  | { type: 'cancel'; jobId: number }
  | { type: 'retry-source'; jobId: number; sourceId: string }
  | { type: 'exclude'; jobId: number; paths: string[] }
  | { type: 'preview'; jobId: number; path: string }
  | { type: 'private-map'; jobId: number };

export type FromWorker =
  | { type: 'ready'; sources: SourceDescriptor[] }
  | { type: 'estimate'; requestId: number; estimate: BundleEstimate }
  | {
      type: 'rules-checked';
      requestId: number;
      /** The first rule that cannot be used, with the redactor's own explanation. */
      problem?: { ruleIndex: number; message: string };
    }
  | {
      type: 'request-decoded';
      requestId: number;
      request: SupportRequest;
      /** Source ids the request names that this version does not have. */
      unknownSources: string[];
    }
  | { type: 'request-invalid'; requestId: number; message: string }
  | { type: 'progress'; jobId: number; stage: Stage; done: number; total: number }
  | { type: 'source-status'; jobId: number; entry: CollectionLogEntry }
  | { type: 'done'; jobId: number; result: BundleResult }
  | {
      type: 'failed';
      jobId: number;
      /** What went wrong, as the core said it; the screen words the sentence around it. */
      message: string;
      /** Set when a custom rule is at fault, so the screen shows it beside that rule. */
      ruleIndex?: number;
    }
  | { type: 'cancelled'; jobId: number }
  | {
      type: 'preview';
      jobId: number;
      path: string;
      text: string;
      truncated: boolean;
      replacements: PreviewReplacement[];
      /** A binary file the admin kept: it has no text to show. */
      binary?: boolean;
    }
  | { type: 'private-map'; jobId: number; json: string };
