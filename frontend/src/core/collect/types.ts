/**
 * Shapes shared by the collectors: what a source receives, what it returns, and the
 * context the caller (worker, CLI, tests) hands to `collect`.
 */
import type {
  AddedFile,
  BrowserFacts,
  BundleItem,
  CollectionLimits,
  CollectionLogEntry,
  Facts,
  JiraFetch,
} from '../model.ts';
import type { JiraClient } from './jira-client.ts';

/** What the caller gives `collect`. */
export interface CollectContext {
  jira: JiraFetch;
  limits: CollectionLimits;
  browser?: BrowserFacts;
  files?: AddedFile[];
  signal?: AbortSignal;
}

/** What a source receives: the caller's context plus a Jira client shared by one run. */
export interface SourceContext extends CollectContext {
  client: JiraClient;
  files: AddedFile[];
}

/**
 * A value found in a structured place (user name, e-mail, host, organisation…) that the
 * redactor should learn before it sweeps the bundle. Kinds match the redactor's kinds.
 */
export interface LearnedValue {
  kind: string;
  value: string;
}

export interface SourceResult {
  items: BundleItem[];
  facts: Partial<Facts>;
  log: CollectionLogEntry[];
  learned?: LearnedValue[];
}

export interface Source {
  id: string;
  title: string;
  description: string;
  defaultOn: boolean;
  /** A typical size in bytes, for estimates shown before generating. */
  typicalBytes: number;
  enabled(ctx: CollectContext): boolean;
  collect(ctx: SourceContext): Promise<SourceResult>;
}

export interface CollectResult {
  items: BundleItem[];
  facts: Facts;
  log: CollectionLogEntry[];
  learned: LearnedValue[];
}

export interface CollectProgress {
  stage: 'collect';
  done: number;
  total: number;
  sourceId?: string;
  /** Entries of the source that just finished, for the screen's status column. */
  entries?: CollectionLogEntry[];
}

export type CollectProgressListener = (progress: CollectProgress) => void;
