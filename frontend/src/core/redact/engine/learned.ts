/**
 * Learn, then sweep: values learned from structured places are replaced in every file, in
 * any letter case and URL-encoded, by one trie-shaped regex (rebuilt only after learning).
 */
import type { Rule, Scope } from '../types.ts';
import { isGenericAccount } from '../rules/helpers/accounts.ts';
import { isBuiltInGroup } from '../rules/helpers/groups.ts';
import { isWordChar } from '../rules/helpers/chars.ts';
import { isKeptHost } from '../rules/helpers/domains.ts';
import { marker } from '../rules/helpers/marker.ts';
import { trieRegexSource } from './trie-regex.ts';

interface Learned {
  kind: string;
  value: string;
  /** Set for free text (issue summaries, JQL literals): removed, not pseudonymised. */
  removeAs?: string;
  /** When it was learned: the sweep's regexes hold the values learned before `compiledBelow`. */
  order: number;
}

/** Below this many new variants, a sweep in the middle of a file does not rebuild its regexes. */
const MIN_REBUILD_VARIANTS = 64;

const REMOVED_KINDS: Record<string, string> = {
  summary: 'issue-text',
  description: 'issue-text',
  comment: 'issue-text',
  environment: 'issue-text',
  'issue-text': 'issue-text',
  jql: 'jql',
  'jql-value': 'jql',
};

/** Words a sweep must never rewrite, whatever was learned (product names, log vocabulary). */
const NEVER_SWEPT = new Set([
  'jira',
  'jira software',
  'jira core',
  'jira service management',
  'jira service desk',
  'jira data center',
  'jira server',
  'jira work management',
  'atlassian',
  'atlassian jira',
  'confluence',
  'your company',
  'your company jira',
  'info',
  'warn',
  'error',
  'debug',
  'trace',
  'http',
  'https',
  'true',
  'false',
  'null',
  'open',
  'done',
  'closed',
  'resolved',
  'in progress',
  'to do',
  'reopened',
  'bug',
  'task',
  'story',
  'epic',
  'sub-task',
  'highest',
  'high',
  'medium',
  'low',
  'lowest',
  'unresolved',
  'fixed',
  'duplicate',
  'localhost',
  'server',
  'cluster',
  'node',
  'default',
]);

const BARE_KEY_STOPLIST = new Set([
  'JIRA',
  'TEST',
  'HTTP',
  'INFO',
  'WARN',
  'ERROR',
  'DEBUG',
  'TRACE',
  'UTC',
  'GMT',
  'API',
  'REST',
  'SQL',
  'JVM',
  'XML',
  'JSON',
  'HTML',
  'URL',
  'UTF',
  'ISO',
  'SHA',
  'AES',
  'RSA',
  'TLS',
  'SSL',
  'DC',
  'ID',
  'OK',
]);

export class LearnedValues {
  private readonly byVariant = new Map<string, Learned>();
  private readonly projectKeys = new Map<string, Learned>();
  private literalRe: RegExp | null = null;
  /** Non-global copies: a cheap "anything here?" before a replace that builds callbacks. */
  private literalTest: RegExp | null = null;
  private keyTest: RegExp | null = null;
  /** Issue keys (`ACME-12`, any case) and bare project keys (as written, not common words). */
  private issueKeyRe: RegExp | null = null;
  private bareKeyRe: RegExp | null = null;
  private dirty = false;
  private learnedCount = 0;
  private compiledBelow = 0;
  private compiledVariants = 0;
  private newVariants = 0;

  /** `onLearned` hears of every value that will need a token (to compute it ahead). */
  constructor(
    private readonly onLearned: (kind: string, value: string) => void = () => undefined,
  ) {}

  get size(): number {
    return this.byVariant.size + this.projectKeys.size;
  }

  /** Returns false when the value is too short or too generic to sweep safely. */
  add(kind: string, raw: string): boolean {
    const value = raw.trim().replace(/\s+/g, ' ');
    if (this.byVariant.has(value.toLowerCase())) return true;
    const removeAs = REMOVED_KINDS[kind];
    if (kind === 'project') return this.addProjectKey(value.toUpperCase());
    if (!this.sweepable(kind, value, removeAs)) return false;
    const order = this.learnedCount++;
    const entry: Learned = removeAs ? { kind, value, removeAs, order } : { kind, value, order };
    if (!removeAs) this.onLearned(kind, value);
    for (const v of variants(value)) {
      const key = v.toLowerCase();
      if (!this.byVariant.has(key)) {
        this.byVariant.set(key, entry);
        this.dirty = true;
        this.newVariants++;
      }
    }
    return true;
  }

  /** Whether the sweep's regexes already hold this value (learned values may wait, see `rebuild`). */
  isSwept(value: string): boolean {
    const entry = this.byVariant.get(value.trim().replace(/\s+/g, ' ').toLowerCase());
    return entry !== undefined && entry.order < this.compiledBelow;
  }

  rule(): Rule {
    this.rebuild(true);
    return {
      id: 'learned',
      ruleClass: 'content',
      method: 'pseudonymise',
      description: 'Values learned from structured files, swept through every file.',
      hints: [],
      since: '2026.11.1',
      changed: '2026.11.3',
      apply: (text, scope) => this.sweep(text, scope),
    };
  }

  private sweepable(kind: string, value: string, removeAs: string | undefined): boolean {
    const lower = value.toLowerCase();
    if (NEVER_SWEPT.has(lower) || value.startsWith('[REDACTED') || /^[\d\s.:-]*$/.test(value))
      return false;
    if (removeAs) return value.length >= 8 && (value.includes(' ') || value.length >= 12);
    if (value.length < 3) return false;
    if ((kind === 'user' || kind === 'name') && isGenericAccount(value)) return false;
    if (kind === 'host' && (isKeptHost(value) || value.length < 4)) return false;
    if (kind === 'group' && isBuiltInGroup(value)) return false;
    return true;
  }

  private addProjectKey(key: string): boolean {
    if (!/^[A-Z][A-Z0-9_]{1,19}$/.test(key) || this.projectKeys.has(key)) return false;
    this.projectKeys.set(key, { kind: 'project', value: key, order: this.learnedCount++ });
    this.onLearned('project', key);
    this.dirty = true;
    this.newVariants++;
    return true;
  }

  /**
   * Builds the sweep's regexes, which costs time in proportion to every value learned. A log
   * teaches users block after block (`learnLogUsers`): in the middle of a file (`force` false)
   * the rebuild waits until the new variants are a quarter of those compiled, so a log with
   * thousands of users is not made quadratic; until then a block sweeps its own new users
   * itself (`localSweep`).
   */
  private rebuild(force: boolean): void {
    if (!this.dirty) return;
    if (!force && this.newVariants < Math.max(MIN_REBUILD_VARIANTS, this.compiledVariants / 4))
      return;
    this.dirty = false;
    this.compiledBelow = this.learnedCount;
    this.compiledVariants = this.byVariant.size + this.projectKeys.size;
    this.newVariants = 0;
    const literals = [...this.byVariant.keys()];
    this.literalRe = literals.length > 0 ? new RegExp(trieRegexSource(literals), 'gi') : null;
    this.literalTest = this.literalRe ? new RegExp(this.literalRe.source, 'i') : null;
    const keys = [...this.projectKeys.keys()];
    const bare = keys.filter(bareSafe);
    this.issueKeyRe = keys.length > 0 ? new RegExp(`${trieRegexSource(keys)}(?=-\\d)`, 'gi') : null;
    this.bareKeyRe =
      bare.length > 0 ? new RegExp(`${trieRegexSource(bare)}(?![\\w]|-[A-Za-z])`, 'g') : null;
    this.keyTest = keys.length > 0 ? new RegExp(trieRegexSource(keys), 'i') : null;
  }

  private sweep(text: string, scope: Scope): string {
    // Logs teach user names while they are redacted (the rule object outlives a file).
    this.rebuild(false);
    let out = text;
    if (this.literalRe && this.literalTest?.test(out)) {
      out = out.replace(this.literalRe, (found: string, offset: number, whole: string) => {
        const entry = this.byVariant.get(found.toLowerCase());
        if (!entry || !atBoundaries(whole, offset, found)) return found;
        if (entry.removeAs) {
          scope.hit(entry.removeAs);
          return marker(entry.removeAs);
        }
        const token = scope.token(entry.kind, entry.value);
        if (token !== found) scope.hit(`learned-${entry.kind}`);
        return token;
      });
    }
    if (!this.keyTest?.test(out)) return out;
    for (const re of [this.issueKeyRe, this.bareKeyRe]) {
      if (!re) continue;
      out = out.replace(re, (found: string, offset: number, whole: string) => {
        const before = whole.charCodeAt(offset - 1);
        if (isWordChar(whole, offset - 1) || before === 45) return found;
        const token = scope.token('project', found.toUpperCase());
        if (token !== found) scope.hit('learned-project');
        return token;
      });
    }
    return out;
  }
}

function bareSafe(key: string): boolean {
  return key.length >= 3 && !BARE_KEY_STOPLIST.has(key);
}

/** A value that starts or ends with a word character must not be part of a longer word. */
/** A sweep of a few users for one block, beside the bundle's sweep (which may wait, see `rebuild`). */
export function localSweep(users: readonly string[]): Rule {
  const local = new LearnedValues();
  for (const user of users) local.add('user', user);
  return local.rule();
}

function atBoundaries(text: string, offset: number, found: string): boolean {
  if (isWordChar(found, 0) && isWordChar(text, offset - 1)) return false;
  const end = offset + found.length;
  return !(isWordChar(found, found.length - 1) && isWordChar(text, end));
}

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The forms a value takes in files: as is, URL-encoded (`%40`, `%20` or `+`), HTML-escaped. */
function variants(value: string): string[] {
  const out = new Set([value]);
  const encoded = encodeURIComponent(value);
  out.add(encoded);
  out.add(encoded.replace(/%20/g, '+'));
  out.add(value.replace(/ /g, '+'));
  if (value.includes('&')) out.add(value.replace(/&/g, '&amp;'));
  if (value.includes('@')) out.add(value.replace(/@/g, '%40'));
  // Java .properties and JSON write non-ASCII as `\u00fc` (the sweep ignores the hex's case).
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(value)) out.add(value.replace(/[^\x00-\x7f]/g, unicodeEscape));
  return [...out];
}
