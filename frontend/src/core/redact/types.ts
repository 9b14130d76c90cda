/**
 * Types shared by the engine, the rules and the public API.
 * The public ones are re-exported from `index.ts`.
 */

export type RuleClass = 'secret' | 'identity' | 'network' | 'content';

/** What kind of value a pseudonym stands for; the token shows it (`user-…`, `host-…`). */
export type PseudonymKind =
  | 'user'
  | 'userkey'
  | 'name'
  | 'email'
  | 'host'
  | 'ip'
  | 'ipv6'
  | 'mac'
  | 'org'
  | 'group'
  | 'serverid'
  | 'sen'
  | 'project'
  | 'path'
  | 'custom'
  | (string & {});

export type RuleMethod = 'remove' | 'pseudonymise' | 'mask';

/** How a text is laid out; rules use it to decide where a value ends. */
export type TextFormat = 'log' | 'json' | 'xml' | 'properties' | 'yaml' | 'jvm-args' | 'text';

/** What a rule may ask of the engine while it scans one block of text. */
export interface Scope {
  readonly path: string;
  readonly format: TextFormat;
  /**
   * The token for a value; synchronous (the engine resolves new values and re-runs).
   * `regex`: the value was written regex-escaped (`10\.0\.0\.1`, given unescaped) and its token
   * comes back escaped the same way.
   */
  token(kind: PseudonymKind, value: string, escaping?: 'regex'): string;
  /** Records one redaction by a rule (or by one of the ids a rule declares in `emits`). */
  hit(ruleId: string): void;
  /** True for a token this engine handed out (rules leave tokens alone). */
  isToken(value: string): boolean;
}

export interface Rule {
  id: string;
  ruleClass: RuleClass;
  method: RuleMethod;
  description: string;
  /**
   * Keyword hints: the rule runs only when the block contains one of them. A string is
   * matched as written (case-sensitive `includes`), a RegExp (non-global, e.g. `/token/i`) by
   * `test`. Each distinct hint costs one scan of the block, so rules share hints and prefer
   * ones that start with a rare character. Empty: the rule always runs.
   */
  hints: readonly (string | RegExp)[];
  /** Ruleset version the rule first appeared in, and the one it last changed in. */
  since: string;
  changed: string;
  /** Further report ids this rule records, with their class. */
  emits?: Readonly<Record<string, RuleClass>>;
  apply(text: string, scope: Scope): string;
}

export interface CustomRuleSpec {
  id?: string;
  keyword?: string;
  pattern?: string;
  flags?: string;
  files?: string[];
}

export interface RedactorOptions {
  /** Key of the pseudonyms (HMAC-SHA-256); at least 16 bytes. Never leaves the admin's side. */
  secret: Uint8Array;
  customRules?: CustomRuleSpec[];
  /** Paths of binary files the admin chose to keep (otherwise binaries are dropped). */
  keepBinaryPaths?: string[];
}

export interface PrivateMap {
  createdAt: string;
  entries: { kind: string; token: string; original: string }[];
}

export class CustomRuleError extends Error {
  readonly ruleIndex: number;
  constructor(ruleIndex: number, message: string) {
    super(message);
    this.name = 'CustomRuleError';
    this.ruleIndex = ruleIndex;
  }
}
