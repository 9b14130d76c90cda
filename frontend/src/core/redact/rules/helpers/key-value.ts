/**
 * Secret rules keyed by a name (`password`, `token`, …): find the keyword, widen it to the
 * whole key as written, then remove that key's value in whatever syntax it has.
 *
 * Speed: the keys of a block are found by one or two scans up front; the anchor passes then
 * visit those keys instead of scanning again, and a block without a secret key costs only the
 * scans (most blocks name a key or a token somewhere without holding a `key=value` secret).
 */
import type { Rule, Scope } from '../../types.ts';
import { isKeyCode } from './chars.ts';
import { keyWords } from './key-words.ts';
import { isMarker, marker } from './marker.ts';
import { Splicer } from './replace.ts';
import { findValueSpan } from './value-span.ts';

export interface KeyValueRuleSpec {
  id: string;
  description: string;
  hints: readonly (string | RegExp)[];
  since: string;
  changed: string;
  /** Finds the keyword inside a key; must be global and case-insensitive. */
  keyword: RegExp;
  /**
   * Words (global, case-insensitive, no assertions) whose keys are redacted in turn, one pass
   * each (default: `keyword`). A pass sees the markers of the passes before it, so the order
   * is part of what the rule does.
   */
  anchors?: readonly RegExp[];
  /**
   * Literal-first regexes (global, case-insensitive, matching key characters only) such that
   * every match of `keyword` holds a match of one of them: one scan each finds the keys of a
   * block (default: the anchors). Each scan costs about as much as the next, whether of one
   * word or of two or three (more is slower again): measure before choosing.
   */
  scans?: readonly RegExp[];
  /** Whether the whole key (as written, e.g. `-Djavax.net.ssl.keyStorePassword`) is a secret's. */
  isSecretKey(key: string): boolean;
  /** Further check on a value (e.g. a token key whose value is a number of seconds). */
  isSecretValue?(value: string, key: string): boolean;
}

/** A rule that also answers, for structured passes, whether a key names its secret. */
export interface KeyedRule extends Rule {
  matchesKey(key: string): boolean;
}

const NOT_SECRET =
  /^(?:|null|nil|none|undefined|true|false|yes|no|on|off|\*+|x+|-|\$\{[^}]*\}|%[\w.]+%|\{\{[^}]*\}\}|<%=?[^%]*%>|""|''|no-check)$/i;

/**
 * A JSON or map value (`{"a": 1}`, `{ }`, `{0}`), not a scalar that starts with a brace
 * (`{PKCS5S2}…` hashes, JDBC's `{p@ss;w0rd}` quoting).
 */
const STRUCTURE = /^\{(?:\s*(?:["'{}[]|$)|\d+\})/;

const MAX_KEY = 256;
/** Keys remembered per rule with their verdict (bounded: keys are at most 512 characters). */
const MAX_JUDGED = 4096;
const JAVA_CLASS = /^(?:[a-z][a-z0-9_]*\.){2,}[A-Z][\w$]*$/;

/** Values that carry nothing (empty, a boolean, a mask, a placeholder such as `${DB_PASSWORD}`). */
export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  // A `{…}` or `[…` structure (JSON in a log line) is not a scalar secret; a Java
  // class name (`com.x.PasswordEncoder`) is configuration.
  return (
    isMarker(v) ||
    NOT_SECRET.test(v) ||
    STRUCTURE.test(v) ||
    v.startsWith('[') ||
    JAVA_CLASS.test(v)
  );
}

/** Last words of keys whose value is a password even when it repeats the key. */
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase', 'secret']);
/** Last words of a key whose value is the name of another key (`usernameSecretKey`, `…KeyRef`). */
const REFERENCE_ENDS = new Set(['key', 'name', 'ref']);
/** A key name as written: letters in words; a secret mixes in digits or symbols. */
const KEY_NAME = /^[A-Za-z]+(?:[._-][A-Za-z]+)*$/;

/**
 * A value that names a key rather than holds a secret: the key itself repeated
 * (`session.tokenkey=session.tokenkey`; a one-word key repeated, `password=password`, is a weak
 * password), or the key's words before a reference ending of two or more words
 * (`usernameSecretKey: username`, the key of a Kubernetes Secret). `secretKey: secret` has a
 * one-word ending and is not kept.
 */
export function isKeyNameValue(key: string, value: string): boolean {
  const v = value.trim();
  if (v.length > 64) return false;
  const bare = key.replace(/^-D/, '');
  const words = keyWords(bare);
  // `db.password=db.password` is still a (weak) password: only other keys may repeat.
  if (v.toLowerCase() === bare.toLowerCase())
    return words.length > 1 && !PASSWORD_WORDS.has(words[words.length - 1] ?? '');
  if (!KEY_NAME.test(v) || !REFERENCE_ENDS.has(words[words.length - 1] ?? '')) return false;
  const named = keyWords(v);
  for (let i = 0; i + named.length + 2 <= words.length; i++) {
    if (named.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/**
 * Whether a YAML value starting at `start` is a whole plain scalar (`key: v`, `- v`): only then
 * does a marker need quotes. Inside a scalar (`- -Dx.password=v`, `"A=v"`, a `|` block's
 * `client.secret=v`) quotes would change the value or end the string.
 */
function startsYamlScalar(text: string, start: number): boolean {
  const prefix = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return /^[ \t]*(?:-[ \t]+)?(?:[^\s#'"-][^\n]*:[ \t]+|-[ \t]+)?$/.test(prefix);
}

/** `PasswordHelper.java:42` in a stack frame is a source location, not a key and its value. */
const SOURCE_FILE =
  /\.(?:java|kt|groovy|scala|class|jsp|jspa|js|ts|vm|soy|xml|properties|json|ya?ml)$/i;

function isCodeReference(key: string): boolean {
  return SOURCE_FILE.test(key);
}

export function keyValueRule(spec: KeyValueRuleSpec): KeyedRule {
  const keywordOnce = new RegExp(spec.keyword.source, spec.keyword.flags.replace('g', ''));
  const anchors = spec.anchors ?? [spec.keyword];
  const passes = anchors.map((a): Pass => ({
    holds: new RegExp(a.source, a.flags.replace('g', '')),
    anchor: a,
  }));
  const scans = (spec.scans ?? anchors).map((s) => new RegExp(s.source, s.flags));
  // Whether a key (as written) names this rule's secret; keys repeat, so each is judged once.
  const judged = new Map<string, boolean>();
  const acceptKey = (key: string): boolean => {
    let ok = judged.get(key);
    if (ok === undefined) {
      ok = !isCodeReference(key) && keywordOnce.test(key) && spec.isSecretKey(key);
      // A copy: a slice would keep the whole block alive.
      if (judged.size < MAX_JUDGED) judged.set(`${key} `.slice(0, -1), ok);
    }
    return ok;
  };
  const keysOfMarkers = new Map<string, SecretKey[]>();
  const rule: KeyRedactor = {
    id: spec.id,
    mark: marker(spec.id),
    acceptKey,
    acceptValue: (v, key) =>
      !isPlaceholderValue(v) &&
      !isKeyNameValue(key, v) &&
      (spec.isSecretValue ? spec.isSecretValue(v.trim(), key) : true),
    keysOf: (replacement) => {
      let keys = keysOfMarkers.get(replacement);
      if (keys === undefined) {
        keys = keysIn(replacement, acceptKey);
        keysOfMarkers.set(replacement, keys);
      }
      return keys;
    },
  };
  return {
    id: spec.id,
    ruleClass: 'secret',
    method: 'remove',
    description: spec.description,
    hints: spec.hints,
    since: spec.since,
    changed: spec.changed,
    matchesKey: (key) => keywordOnce.test(key) && !isCodeReference(key) && spec.isSecretKey(key),
    apply: (text, scope) => {
      const keys = findKeys(text, scans, acceptKey);
      if (keys === null) return redactByAnchors(text, 0, passes, rule, scope);
      return keys.length === 0 ? text : redactKeys(text, keys, passes, rule, scope);
    },
  };
}

interface Pass {
  /** Whether a key holds the anchor (the pass visits only those keys). */
  holds: RegExp;
  anchor: RegExp;
}

/** A key as written, `start`..`end`, that names the rule's secret (whatever its value). */
interface SecretKey {
  start: number;
  end: number;
  key: string;
}

interface KeyRedactor {
  id: string;
  mark: string;
  acceptKey(key: string): boolean;
  /** Whether the value of `key` is one to remove. */
  acceptValue(v: string, key: string): boolean;
  /** The secret keys inside a marker (`[REDACTED:secret-token]` holds one): later passes see them. */
  keysOf(replacement: string): readonly SecretKey[];
}

/**
 * The secret keys of a text, in order, from one scan per regex of `scans`; null when a run of
 * key characters is longer than MAX_KEY (a pass then cuts the key around each anchor, which only
 * the scanning passes reproduce).
 */
function findKeys(
  text: string,
  scans: readonly RegExp[],
  acceptKey: (key: string) => boolean,
): SecretKey[] | null {
  const keys: SecretKey[] = [];
  for (const scan of scans) {
    const before = keys.length;
    scan.lastIndex = 0;
    // `test`, not `exec`: no match array per key; the match's last character is in the key.
    while (scan.test(text)) {
      const at = scan.lastIndex - 1;
      let start = at;
      const floor = at - MAX_KEY - 1;
      while (start > 0 && start > floor && isKeyCode(text.charCodeAt(start - 1))) start--;
      let end = at;
      const ceiling = start + MAX_KEY + 1;
      while (end < text.length && end < ceiling && isKeyCode(text.charCodeAt(end))) end++;
      if (end - start > MAX_KEY) return null;
      // The rest of the key is the same key.
      scan.lastIndex = Math.max(end, at + 1);
      const key = text.slice(start, end);
      if (acceptKey(key)) keys.push({ start, end, key });
    }
    if (before > 0 && keys.length > before) sortUnique(keys);
  }
  return keys;
}

function sortUnique(keys: SecretKey[]): void {
  keys.sort((a, b) => a.start - b.start);
  let n = 1;
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as SecretKey;
    if (key.start !== (keys[n - 1] as SecretKey).start) keys[n++] = key;
  }
  keys.length = n;
}

function keysIn(s: string, acceptKey: (key: string) => boolean): SecretKey[] {
  const keys: SecretKey[] = [];
  let end = 0;
  while (end < s.length) {
    const start = end;
    while (end < s.length && isKeyCode(s.charCodeAt(end))) end++;
    if (end > start && acceptKey(s.slice(start, end))) {
      keys.push({ start, end, key: s.slice(start, end) });
    }
    end++;
  }
  return keys;
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The anchor passes, in order, over the keys found up front instead of a scan each: a pass
 * visits the keys that hold its anchor and skips those inside a value it replaced, as its scan
 * would. A value lies between characters that cannot be in a key, so replacing it leaves the
 * other keys whole; should that not hold, the remaining passes scan.
 */
function redactKeys(
  text: string,
  found: SecretKey[],
  passes: readonly Pass[],
  rule: KeyRedactor,
  scope: Scope,
): string {
  let out = text;
  let keys = found;
  const quoteBare = scope.format === 'yaml';
  for (let p = 0; p < passes.length; p++) {
    const { holds } = passes[p] as Pass;
    const splicer = new Splicer(out);
    let edits: Edit[] | null = null;
    for (const k of keys) {
      if (k.start < splicer.position || !holds.test(k.key)) continue;
      const span = findValueSpan(out, k.start, k.end, scope.format);
      if (!span || span.start < splicer.position) continue;
      if (!rule.acceptValue(out.slice(span.start, span.end), k.key)) continue;
      const replacement =
        span.bare && quoteBare && startsYamlScalar(out, span.start) ? `"${rule.mark}"` : rule.mark;
      splicer.replace(span.start, span.end, replacement);
      scope.hit(rule.id);
      (edits ??= []).push({ start: span.start, end: span.end, replacement });
    }
    if (edits === null) continue;
    const next = splicer.finish();
    const moved = keysAfter(out, keys, edits, rule);
    if (moved === null) return redactByAnchors(next, p + 1, passes, rule, scope);
    out = next;
    keys = moved;
  }
  return out;
}

/** Where the keys are once `edits` are made; null if an edit borders on a key character. */
function keysAfter(
  text: string,
  keys: readonly SecretKey[],
  edits: readonly Edit[],
  rule: KeyRedactor,
): SecretKey[] | null {
  const moved: SecretKey[] = [];
  let shift = 0;
  let i = 0;
  for (const e of edits) {
    if (isKeyCode(text.charCodeAt(e.start - 1)) || isKeyCode(text.charCodeAt(e.end))) return null;
    for (; i < keys.length && (keys[i] as SecretKey).start < e.start; i++) {
      moved.push(shifted(keys[i] as SecretKey, shift));
    }
    // Keys inside the replaced value are gone; the marker's own keys take their place.
    while (i < keys.length && (keys[i] as SecretKey).start < e.end) i++;
    for (const k of rule.keysOf(e.replacement)) moved.push(shifted(k, e.start + shift));
    shift += e.replacement.length - (e.end - e.start);
  }
  for (; i < keys.length; i++) moved.push(shifted(keys[i] as SecretKey, shift));
  return moved;
}

function shifted(k: SecretKey, by: number): SecretKey {
  return by === 0 ? k : { start: k.start + by, end: k.end + by, key: k.key };
}

/** The anchor passes from `first` on, each scanning the text (keys cut at MAX_KEY). */
function redactByAnchors(
  text: string,
  first: number,
  passes: readonly Pass[],
  rule: KeyRedactor,
  scope: Scope,
): string {
  let out = text;
  for (let p = first; p < passes.length; p++) {
    const { holds, anchor } = passes[p] as Pass;
    if (holds.test(out)) out = redactKeyValues(out, anchor, rule, scope);
  }
  return out;
}

function redactKeyValues(text: string, anchor: RegExp, rule: KeyRedactor, scope: Scope): string {
  const re = new RegExp(anchor.source, anchor.flags);
  const splicer = new Splicer(text);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // Keys are bounded (256 characters each way) so a run of key characters stays linear.
    let ks = m.index;
    const from = Math.max(0, ks - MAX_KEY);
    while (ks > from && isKeyCode(text.charCodeAt(ks - 1))) ks--;
    let ke = m.index + m[0].length;
    const to = Math.min(text.length, ke + MAX_KEY);
    while (ke < to && isKeyCode(text.charCodeAt(ke))) ke++;
    re.lastIndex = ke;
    const key = text.slice(ks, ke);
    if (ks < splicer.position || !rule.acceptKey(key)) continue;
    const span = findValueSpan(text, ks, ke, scope.format);
    if (!span || span.start < splicer.position) continue;
    if (!rule.acceptValue(text.slice(span.start, span.end), key)) continue;
    splicer.replace(
      span.start,
      span.end,
      span.bare && scope.format === 'yaml' && startsYamlScalar(text, span.start)
        ? `"${rule.mark}"`
        : rule.mark,
    );
    scope.hit(rule.id);
    re.lastIndex = Math.max(re.lastIndex, span.end);
  }
  return splicer.finish();
}
