/**
 * The redaction engine's public API. Secrets are removed (`[REDACTED:<rule>]`), identities,
 * network names and customer ids are pseudonymised with keyed HMAC tokens (the same value
 * gives the same token across the bundle), free customer text is removed. Values learned from
 * structured files are swept through every file. Runs in a Web Worker, the CLI and tests.
 */
import type { BundleItem, RedactionReport } from '../model.ts';
import { BundleRedactor } from './redactor.ts';
import { CATALOGUE } from './rules/catalogue.ts';
import type { PrivateMap, PseudonymKind, RedactorOptions, RuleClass, RuleMethod } from './types.ts';

export { RULESET_VERSION } from './version.ts';
export { CustomRuleError } from './types.ts';
export type {
  CustomRuleSpec,
  PrivateMap,
  PseudonymKind,
  RedactorOptions,
  RuleClass,
  RuleMethod,
} from './types.ts';
export { isBinary } from './binary.ts';

export interface Redactor {
  /** Learns values from a structured file (JSON/XML/properties/YAML; logs: user columns). */
  learn(path: string, text: string): void;
  learnValue(kind: PseudonymKind, value: string): void;
  /** Redacts one file; the format is chosen by path and content. */
  redactText(path: string, text: string): Promise<string>;
  /** Redacts chunk by chunk; a match straddling two chunks is still found. */
  redactStream(path: string, chunks: AsyncIterable<string>): AsyncIterable<string>;
  /** null = dropped (binary, unless kept); the report records it. */
  redactItem(item: BundleItem): Promise<BundleItem | null>;
  pseudonym(kind: PseudonymKind, value: string): Promise<string>;
  /** Counts only, never values. */
  report(): RedactionReport;
  /** Token → original; for the admin only, never inside a bundle. */
  privateMap(): PrivateMap;
}

/** Throws CustomRuleError for an invalid or unsafe custom rule. */
export function createRedactor(options: RedactorOptions): Redactor {
  return new BundleRedactor(options);
}

/** What a rule of the catalogue does, for the report page and the admin screen. */
export interface RuleInfo {
  id: string;
  ruleClass: RuleClass;
  method: RuleMethod;
  description: string;
  since: string;
  changed: string;
  /** Further ids the rule's counts appear under in the report, with their class. */
  emits: Readonly<Record<string, RuleClass>>;
}

export const RULE_CATALOGUE: readonly RuleInfo[] = CATALOGUE.map((r) => ({
  id: r.id,
  ruleClass: r.ruleClass,
  method: r.method,
  description: r.description,
  since: r.since,
  changed: r.changed,
  emits: r.emits ?? {},
}));
