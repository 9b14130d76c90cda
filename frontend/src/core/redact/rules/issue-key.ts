/**
 * Project keys where the context says so (`/browse/ACME-12`, `/rest/api/2/issue/ACME-12`,
 * `issueKey=ACME-12`): the key part is pseudonymised, the issue number stays.
 */
import type { Rule } from '../types.ts';
import { Splicer } from './helpers/replace.ts';

const KEY = '([A-Z][A-Z0-9_]{1,19})(?=-\\d|[/?#&;"\'\\s]|$)';
/** The path forms in one scan: irregexp finds the `/` fast and the word after it decides. */
const IN_PATH = new RegExp(`/(?:browse|issues?|projects?)/${KEY}`, 'gm');
/** `?issueKey=ACME-1` and its kin, matched at their `=` (the name checked by a lookbehind). */
const PARAM_AT = new RegExp(
  `=(?<=[?&;](?:issueKey|selectedIssue|key|pid|projectKey)=)${KEY}`,
  'my',
);
/** `issueKey: "ACME-1"`, `issue key = ACME-1`, matched at the `y` of their label. */
const LABEL_AT = new RegExp(`y(?<=issue[ _]?[kK]ey)["']?\\s*[:=]\\s*["']?${KEY}`, 'my');

export const issueKey: Rule = {
  id: 'project-key',
  ruleClass: 'content',
  method: 'pseudonymise',
  description: 'Project keys in issue links and issue-key fields.',
  // Gated inside: the path forms by one scan, the field forms by the `=` and `y` they hold.
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.2',
  apply(text, scope) {
    // Path and field keys never overlap, so both are read from the block as it came and the
    // new text is built once (a second pass would first have to flatten the first one's output).
    const keys = inTextOrder(findPathKeys(text), findFieldKeys(text));
    const splicer = new Splicer(text);
    for (let i = 0; i < keys.length; i += 2) {
      const start = keys[i] as number;
      const end = keys[i + 1] as number;
      const key = text.slice(start, end);
      const token = scope.token('project', key);
      if (token === key) continue;
      scope.hit('project-key');
      splicer.replace(start, end, token);
    }
    return splicer.finish();
  },
};

/** Where the path forms hold a key: start and end of each, in order. */
function findPathKeys(text: string): number[] {
  const found: number[] = [];
  IN_PATH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IN_PATH.exec(text)) !== null)
    found.push(IN_PATH.lastIndex - (m[1] as string).length, IN_PATH.lastIndex);
  return found;
}

/**
 * Where the field forms hold a key: start and end of each, in order. Scanning for `=` and `y`
 * (single characters, found at memchr speed) and checking the letters before them costs less
 * than a regex tried at every `?`, `&`, `;` and `i`, or than a case-insensitive search for
 * `issue key` through every block.
 */
function findFieldKeys(text: string): number[] {
  const found: number[] = [];
  let equals = text.indexOf('=');
  let y = text.indexOf('y');
  // `?issueKey=ACME-1` is found from the label's `y` and again from the `=`: once is enough.
  let keyEnd = 0;
  while (equals >= 0 || y >= 0) {
    let at: number;
    let form: RegExp | undefined;
    if (y < 0 || (equals >= 0 && equals < y)) {
      at = equals;
      equals = text.indexOf('=', at + 1);
      // issueKe[y]=, selectedIssu[e]=, pi[d]=
      const before = text.charCodeAt(at - 1);
      if (before === 121 || before === 101 || before === 100) form = PARAM_AT;
    } else {
      at = y;
      y = text.indexOf('y', at + 1);
      // [kK]ey
      if (text.charCodeAt(at - 1) === 101 && (text.charCodeAt(at - 2) | 32) === 107)
        form = LABEL_AT;
    }
    if (form === undefined) continue;
    form.lastIndex = at;
    const m = form.exec(text);
    if (m === null) continue;
    const start = form.lastIndex - (m[1] as string).length;
    if (start < keyEnd) continue;
    keyEnd = form.lastIndex;
    found.push(start, keyEnd);
  }
  return found;
}

/** Two lists of (start, end) pairs merged by start. */
function inTextOrder(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && (a[i] as number) < (b[j] as number));
    const pair = fromA ? a : b;
    const at = fromA ? i : j;
    merged.push(pair[at] as number, pair[at + 1] as number);
    if (fromA) i += 2;
    else j += 2;
  }
  return merged;
}
