/**
 * The plain-data shapes that flow through the pipeline:
 * sources → items → redacted items → findings → archive.
 * Nothing here knows React, the DOM or Node's fs, so the browser worker, the CLI
 * and the tests all share it.
 */

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** One file that will go into the bundle, before or after redaction. */
export interface BundleItem {
  /** Path inside the bundle, forward slashes, no leading slash (e.g. `jira/server-info.json`). */
  path: string;
  /** Id of the source that produced it (`files` for files the admin added). */
  sourceId: string;
  bytes: Uint8Array;
  /** e.g. `application/json`, `text/plain`, `application/octet-stream`. */
  mediaType: string;
}

/** Why a source could not deliver; each kind has advice a person can act on. */
export type FailureKind =
  | 'websudo-required'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'server-error'
  | 'timeout'
  | 'login-page'
  | 'malformed-json'
  | 'too-large'
  | 'network'
  | 'cancelled'
  | 'unreadable-file'
  | 'other';

export interface CollectionLogEntry {
  sourceId: string;
  status: 'ok' | 'failed' | 'skipped' | 'truncated';
  /** Set when status is `failed` (or `truncated`: `too-large`). */
  kind?: FailureKind;
  /** What happened, in words an admin understands. */
  message: string;
  /** What to do about it; empty when nothing needs doing. */
  advice: string;
  /** The REST path that was called, without host (e.g. `/rest/api/2/serverInfo`). */
  endpoint?: string;
  httpStatus?: number;
  /** The cluster node that answered (Jira's `X-ANODEID` header). */
  nodeId?: string;
  durationMs?: number;
}

/** A file the admin added (log, config, thread dump, HAR, Atlassian support zip). */
export interface AddedFile {
  name: string;
  size: number;
  /** Reads the whole file. Large logs should prefer `stream`. */
  bytes(): Promise<Uint8Array>;
  /** Reads the file from `start` (bytes) to its end, chunk by chunk. */
  stream?(start?: number): AsyncIterable<Uint8Array>;
  lastModified?: number;
}

/** Limits a careful admin sets before generating. */
export interface CollectionLimits {
  /** Per-file cap in bytes; a larger log keeps its newest part. */
  maxFileBytes: number;
  /** Only log lines newer than this many hours (0 = no window). */
  logWindowHours: number;
  /** Total cap for the bundle in bytes. */
  maxTotalBytes: number;
  /** Per-request timeout in ms. */
  requestTimeoutMs: number;
  /** Largest REST response accepted, in bytes. */
  maxResponseBytes: number;
}

export const DEFAULT_LIMITS: CollectionLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  logWindowHours: 24,
  maxTotalBytes: 250 * 1024 * 1024,
  requestTimeoutMs: 20_000,
  maxResponseBytes: 10 * 1024 * 1024,
};

/** What the admin's browser knows about itself (filled in by the screen, not the worker). */
export interface BrowserFacts {
  userAgent: string;
  language: string;
  timeZone: string;
  screen: { width: number; height: number; devicePixelRatio: number };
  /** The origin the admin is using, e.g. `https://jira.example.test`. */
  origin: string;
  /** The page's context path, e.g. `/jira` or ``. */
  contextPath: string;
  /** Script errors seen on the page since the screen was opened. */
  scriptErrors: { message: string; source?: string; line?: number; time: string }[];
}

/** A support request decoded from a request code (see core/request). */
export interface SupportRequest {
  id: string;
  ticket: string;
  requestedBy: string;
  sources: string[];
  logWindowHours?: number;
  note?: string;
  createdAt: string;
}

/** Answer of one REST call, as the collectors see it. */
export interface JiraResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** A `fetch`-like function bound to the Jira instance (path is relative to the context path). */
export type JiraFetch = (
  path: string,
  init?: { signal?: AbortSignal; accept?: string },
) => Promise<JiraResponse>;

/**
 * Typed facts the sources found, for the diagnostic checks. Every field is optional:
 * a source that failed leaves its fact out and checks must cope.
 */
export interface Facts {
  serverInfo?: {
    baseUrl?: string;
    version?: string;
    versionNumbers?: number[];
    deploymentType?: string;
    buildNumber?: number;
    buildDate?: string;
    serverTime?: string;
    serverTitle?: string;
  };
  clusterNodes?: {
    nodeId: string;
    state: string;
    alive: boolean;
    nodeBuildNumber?: number;
    nodeVersion?: string;
  }[];
  /** The node ids that answered our calls (X-ANODEID), by endpoint. */
  answeringNodes?: Record<string, string>;
  plugins?: {
    key: string;
    name: string;
    version: string;
    enabled: boolean;
    userInstalled: boolean;
    vendor?: string;
    /** Filled for Vilisoft apps only. */
    modules?: { key: string; enabled: boolean; broken?: boolean }[];
  }[];
  applicationProperties?: { key: string; value: string }[];
  configuration?: Record<string, JsonValue>;
  indexSummary?: {
    nodeId?: string;
    indexReadable?: boolean;
    countInDatabase?: number;
    countInIndex?: number;
    countInArchive?: number;
  };
  applicationRoles?: {
    key: string;
    name: string;
    numberOfSeats?: number;
    remainingSeats?: number;
    userCount?: number;
    hasUnlimitedSeats?: boolean;
  }[];
  licence?: {
    valid?: boolean;
    evaluation?: boolean;
    maximumNumberOfUsers?: number;
    licenseType?: string;
    expiryDate?: string;
    dataCenter?: boolean;
    maintenanceExpired?: boolean;
  };
  healthChecks?: {
    name: string;
    completeKey?: string;
    isHealthy: boolean;
    severity?: string;
    failureReason?: string;
  }[];
  monitoring?: { app?: boolean; ipd?: boolean };
  currentUser?: { isSysAdmin?: boolean; timeZone?: string; locale?: string };
  vilisoftApps?: {
    appKey: string;
    appVersion?: string;
    compatibleJira?: { min?: string; max?: string };
    recentErrors?: { time: string; message: string }[];
  }[];
  browser?: BrowserFacts;
  /** JVM input arguments found in a catalina.out or the system info of an ATST zip. */
  jvmArguments?: string[];
  database?: { type?: string; version?: string };
  javaVersion?: string;
  websudoDisabled?: boolean;
}

export type Severity = 'ok' | 'info' | 'warning' | 'problem';

export interface Finding {
  checkId: string;
  severity: Severity;
  title: string;
  /** Why this matters. */
  why: string;
  /** What to do. */
  action: string;
  docUrl: string;
  /** Plain details (no personal data: computed from redacted facts). */
  details?: string[];
}

/** Counts of what was redacted, never the values. */
export interface RedactionReport {
  rulesetVersion: string;
  files: { path: string; counts: Record<string, number>; dropped?: 'binary' | 'excluded' }[];
  totals: Record<string, number>;
  /** Totals per class (secret, identity, network, content). */
  byClass: Record<string, number>;
}

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
  sourceId: string;
}

export interface Manifest {
  formatVersion: 1;
  product: { name: string; version: string };
  rulesetVersion: string;
  createdAt: string;
  /** Pseudonym of the instance (from its base URL / server id). */
  instance: string;
  requestId?: string;
  sources: { id: string; title: string; status: CollectionLogEntry['status'] }[];
  files: ManifestFile[];
}
