/**
 * Project keys where the context says so (`/browse/ACME-12`, `/rest/api/2/issue/ACME-12`,
 * `issueKey=ACME-12`, `Indexing issue ACME-12`, `pkey = 'ACME'`): the key part is pseudonymised,
 * the issue number stays.
 */
import type { Rule } from '../types.ts';
import { isWordCode } from './helpers/chars.ts';
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

/**
 * An issue key in prose: issue numbers start at 1 with no leading zero (`ORA-00942` is no
 * issue), and the key is a whole word (`CVE-2021-44228` is no issue either).
 */
const ISSUE_KEY = '([A-Z][A-Z0-9_]{1,19})-[1-9]\\d*(?![\\w-])';
/**
 * What may stand between `issue`, `ticket` or `key` and the key: a plural `s`, a closing quote,
 * `:`, `=` or `#`, spaces, an opening quote or bracket (`issues ['ACME-1'`, `key=ACME-1`).
 */
const AFTER_WORD = new RegExp(
  `[sS]?["']?(?:\\s*[:=#]\\s*|\\s+)(?:[\\[("']\\s*){0,2}${ISSUE_KEY}`,
  'y',
);
/** The next key of a list (`issues [ACME-1, OPS-2]`). */
const NEXT_IN_LIST = new RegExp(`["']?\\s*,\\s*["']?${ISSUE_KEY}`, 'y');
/** After `%2Fbrowse%2F`: a key, with or without its issue number. */
const ENCODED_BROWSE_KEY = /([A-Z][A-Z0-9_]{1,19})(?=-\d|[%&;"'\s]|$)/y;
/** After `pkey =` or `project =` (SQL, JQL outside a `jql` field): a bare key, maybe quoted. */
const PROJECT_VALUE = /\s*["']?(?!(?:EMPTY|NULL)\b)([A-Z][A-Z0-9_]{1,19})(?=["'\s),;&]|$)/y;

/**
 * The letters of codes that look like issue keys but name standards, error codes and the public
 * trackers support staff cite (`see issue JRASERVER-66730`): never a customer's project in
 * prose. The link and field forms are not checked against it (there a key is a key).
 */
const NOT_PROJECTS: ReadonlySet<string> = new Set(
  [
    // Standards, algorithms, encodings; Oracle error codes.
    'UTF UCS ISO IEC RFC ECMA SHA AES DES RSA JSR JEP CVE CWE ORA TNS PLS SP2 IMP EXP',
    // Atlassian's public trackers.
    'JRA JRASERVER JRACLOUD JSW JSWSERVER JSWCLOUD JSD JSDSERVER JSDCLOUD CONF CONFSERVER',
    'CONFCLOUD BSERV BCLOUD CWD FE CRUC',
    // Trackers of the libraries Jira runs on.
    'JDK HHH LOG4J2 LOGBACK SPR WFLY LUCENE HTTPCLIENT DBCP MNG GROOVY',
  ]
    .join(' ')
    .split(' '),
);

export const issueKey: Rule = {
  id: 'project-key',
  ruleClass: 'content',
  method: 'pseudonymise',
  description: 'Project keys in issue links, issue-key fields and after "issue" in log messages.',
  // Gated inside: the path forms by one scan, the others by the characters and words they hold.
  hints: [],
  since: '2026.11.1',
  changed: '2026.11.3',
  apply(text, scope) {
    // The forms are read from the block as it came and the new text is built once (a second
    // pass would first have to flatten the first one's output).
    const keys = inTextOrder(
      inTextOrder(findPathKeys(text), findFieldKeys(text)),
      inTextOrder(findProseKeys(text), findEncodedKeys(text)),
    );
    const splicer = new Splicer(text);
    let keyEnd = 0;
    for (let i = 0; i < keys.length; i += 2) {
      const start = keys[i] as number;
      const end = keys[i + 1] as number;
      // A key two forms found (`?key=ACME-1` is a parameter and a `key` in prose): once is enough.
      if (start < keyEnd) continue;
      keyEnd = end;
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
    let end = -1;
    if (y < 0 || (equals >= 0 && equals < y)) {
      const at = equals;
      equals = text.indexOf('=', at + 1);
      if (projectLabelBefore(text, at)) {
        end = keyAt(PROJECT_VALUE, text, at + 1, keyEnd, found);
      } else {
        // issueKe[y]=, selectedIssu[e]=, pi[d]=
        const before = text.charCodeAt(at - 1);
        if (before === 121 || before === 101 || before === 100)
          end = keyAt(PARAM_AT, text, at, keyEnd, found);
      }
    } else {
      const at = y;
      y = text.indexOf('y', at + 1);
      // [kK]ey
      if (text.charCodeAt(at - 1) !== 101 || (text.charCodeAt(at - 2) | 32) !== 107) continue;
      end = keyAt(LABEL_AT, text, at, keyEnd, found);
      // `key ACME-1`, `with id 10001 and key ACME-1`; not `issue_key`, `monkey` or `pkey`.
      if (end < 0 && !isWordCode(text.charCodeAt(at - 3)))
        end = issueKeysAt(text, at + 1, keyEnd, found);
    }
    if (end >= 0) keyEnd = end;
  }
  return found;
}

/**
 * `issue`, `Issue`, `ISSUE`, `ticket`, `Ticket`, found without their first letter (one literal
 * serves both cases): irregexp looks for the three literals in one pass, cheaper than three
 * `indexOf` loops (and far cheaper than a case-insensitive `issue`); the first letter is
 * checked in `findProseKeys`. The lookahead (what `AFTER_WORD` starts with) passes over
 * `c.a.j.issue.` and `IssueManager`.
 */
const ISSUE_WORD = /(?:ssue|SSUE|icket)(?=[sS]?["']?[\s:=#])/g;

/** Where the prose forms hold a key (after `issue` or `ticket`): start and end of each, in order. */
function findProseKeys(text: string): number[] {
  const found: number[] = [];
  let keyEnd = 0;
  ISSUE_WORD.lastIndex = 0;
  while (ISSUE_WORD.test(text)) {
    const wordEnd = ISSUE_WORD.lastIndex;
    // The letter the match left out: [tT]icket, [iI]ssue, ISSUE.
    const ticket = text.charCodeAt(wordEnd - 1) === 116;
    const first = wordEnd - (ticket ? 6 : 5);
    const c = text.charCodeAt(first);
    let letter: boolean;
    if (ticket) letter = (c | 32) === 116;
    else letter = text.charCodeAt(first + 1) === 83 ? c === 73 : (c | 32) === 105;
    if (!letter || isWordCode(text.charCodeAt(first - 1))) continue;
    const end = issueKeysAt(text, wordEnd, keyEnd, found);
    if (end < 0) continue;
    keyEnd = end;
    ISSUE_WORD.lastIndex = end;
  }
  return found;
}

/** Where URL-encoded `/browse/` links hold a key (`%2Fbrowse%2FACME-1`), in order. */
function findEncodedKeys(text: string): number[] {
  const found: number[] = [];
  // `%` is rare outside encoded URLs: a single-character search.
  for (let at = text.indexOf('%2'); at >= 0; at = text.indexOf('%2', at + 1)) {
    if (!isEncodedBrowse(text, at)) continue;
    const end = keyAt(ENCODED_BROWSE_KEY, text, at + 12, 0, found);
    if (end >= 0) at = end - 1;
  }
  return found;
}

/**
 * Runs a sticky form at `from`; the key it ends with, if it starts at or after `keyEnd`, is
 * added to `found`. Returns where the match ended, or -1.
 */
function keyAt(form: RegExp, text: string, from: number, keyEnd: number, found: number[]): number {
  form.lastIndex = from;
  const m = form.exec(text);
  if (m === null) return -1;
  const key = m[1] as string;
  // The key is the last letters of the match (an issue number after it holds none).
  const start = m.index + m[0].lastIndexOf(key);
  if (start < keyEnd) return -1;
  found.push(start, start + key.length);
  return form.lastIndex;
}

/**
 * The issue keys after a context word ending at `from`: the first one and the rest of a list
 * (`issues [ACME-1, OPS-2]`). Codes of `NOT_PROJECTS` are passed over. Returns where the last
 * match ended, or -1.
 */
function issueKeysAt(text: string, from: number, keyEnd: number, found: number[]): number {
  let end = -1;
  let form = AFTER_WORD;
  form.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = form.exec(text)) !== null) {
    const key = m[1] as string;
    const start = m.index + m[0].lastIndexOf(key);
    if (start < keyEnd) break;
    if (!NOT_PROJECTS.has(key)) found.push(start, start + key.length);
    end = form.lastIndex;
    form = NEXT_IN_LIST;
    form.lastIndex = end;
  }
  return end;
}

/** `pkey` or `project` (in either case, as a word) before the `=` at `at`, maybe with spaces. */
function projectLabelBefore(text: string, at: number): boolean {
  let end = at;
  while (end > at - 3 && text.charCodeAt(end - 1) === 32) end--;
  // pke[y], projec[t], either case
  const last = text.charCodeAt(end - 1) | 32;
  if (last === 121) return wordEndsAt(text, end, 'pkey');
  if (last === 116) return wordEndsAt(text, end, 'project');
  return false;
}

/** Whether `word` (lower case) ends at `end` in either case, with no word character before it. */
function wordEndsAt(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0 || isWordCode(text.charCodeAt(start - 1))) return false;
  const found = text.slice(start, end);
  return found === word || found === word.toUpperCase();
}

/** `%2Fbrowse%2F` (either case of the `F`s) at `at`. */
function isEncodedBrowse(text: string, at: number): boolean {
  return (
    (text.charCodeAt(at + 2) | 32) === 102 &&
    text.startsWith('browse%2', at + 3) &&
    (text.charCodeAt(at + 11) | 32) === 102
  );
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
