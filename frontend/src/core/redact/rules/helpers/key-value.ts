/**
 * Secret rules keyed by a name (`password`, `token`, …): find the keyword, widen it to the
 * whole key as written, then remove that key's value in whatever syntax it has.
 */
import type { Rule, Scope } from '../../types.ts';
import { isKeyCode } from './chars.ts';
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
   * Literal-first regexes to scan with instead of `keyword` (global, case-insensitive): one
   * pass each, skipped when its literal is absent. An alternation of words is much slower
   * to scan for than each word alone.
   */
  anchors?: readonly RegExp[];
  /** Whether the whole key (as written, e.g. `-Djavax.net.ssl.keyStorePassword`) is a secret's. */
  isSecretKey(key: string): boolean;
  /** Further check on a value (e.g. a token key whose value is a number of seconds). */
  isSecretValue?(value: string): boolean;
}

/** A rule that also answers, for structured passes, whether a key names its secret. */
export interface KeyedRule extends Rule {
  matchesKey(key: string): boolean;
}

const NOT_SECRET =
  /^(?:|null|nil|none|undefined|true|false|yes|no|on|off|\*+|x+|-|\$\{[^}]*\}|%[\w.]+%|\{\{[^}]*\}\}|<%=?[^%]*%>|""|''|no-check)$/i;

const MAX_KEY = 256;
/** Keys remembered per rule with their verdict (bounded: keys are at most 512 characters). */
const MAX_JUDGED = 4096;
const JAVA_CLASS = /^(?:[a-z][a-z0-9_]*\.){2,}[A-Z][\w$]*$/;

/** Values that carry nothing (empty, a boolean, a mask, a placeholder such as `${DB_PASSWORD}`). */
export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  // A bare `{…` or `[…` is a structure (JSON in a log line), not a scalar secret; a Java
  // class name (`com.x.PasswordEncoder`) is configuration.
  return (
    NOT_SECRET.test(v) ||
    isMarker(v) ||
    v.startsWith('{') ||
    v.startsWith('[') ||
    JAVA_CLASS.test(v)
  );
}

/** `PasswordHelper.java:42` in a stack frame is a source location, not a key and its value. */
const SOURCE_FILE =
  /\.(?:java|kt|groovy|scala|class|jsp|jspa|js|ts|vm|soy|xml|properties|json|ya?ml)$/i;

function isCodeReference(key: string): boolean {
  return SOURCE_FILE.test(key);
}

export function keyValueRule(spec: KeyValueRuleSpec): KeyedRule {
  const keywordOnce = new RegExp(spec.keyword.source, spec.keyword.flags.replace('g', ''));
  const scans = (spec.anchors ?? [spec.keyword]).map((a): [RegExp, RegExp] => [
    new RegExp(a.source, a.flags.replace('g', '')),
    a,
  ]);
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
  const acceptValue = (v: string): boolean =>
    !isPlaceholderValue(v) && (spec.isSecretValue ? spec.isSecretValue(v.trim()) : true);
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
      let out = text;
      for (const [test, anchor] of scans) {
        if (test.test(out))
          out = redactKeyValues(out, spec.id, anchor, acceptKey, acceptValue, scope);
      }
      return out;
    },
  };
}

function redactKeyValues(
  text: string,
  id: string,
  anchor: RegExp,
  acceptKey: (key: string) => boolean,
  acceptValue: (v: string) => boolean,
  scope: Scope,
): string {
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
    if (ks < splicer.position || !acceptKey(key)) continue;
    const span = findValueSpan(text, ks, ke, scope.format);
    if (!span || span.start < splicer.position) continue;
    if (!acceptValue(text.slice(span.start, span.end))) continue;
    const mark = marker(id);
    splicer.replace(
      span.start,
      span.end,
      span.bare && scope.format === 'yaml' ? `"${mark}"` : mark,
    );
    scope.hit(id);
    re.lastIndex = Math.max(re.lastIndex, span.end);
  }
  return splicer.finish();
}
