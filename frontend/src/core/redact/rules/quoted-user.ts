/**
 * User names a message labels as such: `user 'admin'`, `username="jsmith"`, `os_username=x`,
 * `-Duser.name=jsmith`, `-Dhttp.proxyUser=svc`, `X-AUSERNAME: jsmith`, `login=jdoe`,
 * `<meta name="ajs-remote-user" content="jsmith">`. The regexes start with the literal `user`
 * so the engine can skip through the text; what may come before it is checked by hand.
 *
 * The passes run in this order, each on the previous one's output: quoted `user` labels, bare
 * `user=` labels, the other labels, the meta tag. One scan of the block finds where each could
 * match; only those places are tried, and a pass whose label is absent is skipped.
 */
import type { Rule, Scope } from '../types.ts';
import { isWordCode } from './helpers/chars.ts';
import { Splicer } from './helpers/replace.ts';

const NAME = '(?:_?name|\\.name)?';
const QUOTED_SOURCE = `user${NAME}["']?\\s*[:=]?\\s*(['"])([^'"\\s]{1,100})\\1`;
// Not `; user: x` (the thread-name column, every request line has one; the log-user rule's).
const BARE_SOURCE = `user(?<!; user)${NAME}\\s*[:=]\\s*([^\\s&;,"'<>)\\]}]{1,100})`;
const QUOTED_USER_AT = new RegExp(QUOTED_SOURCE, 'iy');
const BARE_USER = new RegExp(BARE_SOURCE, 'gi');
const BARE_USER_AT = new RegExp(BARE_SOURCE, 'iy');
/**
 * `login=jdoe`, `assignee: "jdoe"`, or a quoted name after a space (`login 'jdoe'`); one
 * literal-first regex per label, run only when the label occurs.
 */
const LABELS = ['login', 'assignee', 'reporter', 'principal'];
const OTHER_SOURCES = LABELS.map(
  (label) =>
    `${label}(?<=(?:^|[^\\w])${label})(?:["']?\\s*[:=]\\s*(['"]?)|\\s+(['"]))([^'"\\s&;,<>)\\]}]{1,100})(?:\\1|\\2)`,
);
const OTHER = OTHER_SOURCES.map((source) => new RegExp(source, 'gi'));
const OTHER_AT = OTHER_SOURCES.map((source) => new RegExp(source, 'iy'));
const META = /(name="ajs-remote-user"\s+content=")([^"]+)/g;
/**
 * Where a pass could match: `user` followed by what the quoted or the bare form needs next
 * (so `user-…` tokens and `; user: x` columns are not returned), or one of the other labels.
 * Zero-width checks only, so every match is four or so characters long.
 */
const CANDIDATE = new RegExp(
  `user(?:(?=${NAME}["']?\\s*[:=]?\\s*['"])|(?<!; user)(?=${NAME}\\s*[:=]\\s*[^\\s&;,"'<>)\\]}]))|${LABELS.join('|')}`,
  'gi',
);
const KERBEROS_SERVICE = /^(?:HTTP|HTTPS|host|ldap|krbtgt|kadmin|nfs|cifs|MSSQLSvc|postgres)\//;
const NOT_A_USER = new Set(['-', 'anonymous', 'null', 'none', 'unknown', 'true', 'false', '?']);
const PREFIXES = ['os_', 'j_', 'x-a', 'X-A', 'remote-', 'remote', 'Remote', '-D', '.', '_', '-'];

export const quotedUser: Rule = {
  id: 'named-user',
  ruleClass: 'identity',
  method: 'pseudonymise',
  description: 'User names written after a user, login or author label.',
  // A quote or `=` must follow the label; plain `user: x` is the log-user rule's.
  hints: ["'", '"', '=', 'AUSER'],
  since: '2026.11.1',
  changed: '2026.11.3',
  apply(text, scope) {
    const found = scan(text);
    const { edits, bareScan } = userLabels(text, found, scope);
    let out = splice(text, edits);
    if (bareScan) out = labelPass(out, BARE_USER, 1, scope, true);
    // Tokens bring no label word of their own (the engine's are a kind and hex digits; the test
    // helper's show the value, which the text held), so only the text's labels can match.
    const single = LABELS.findIndex((_, i) => found.labels === 1 << i);
    if (single >= 0 && !bareScan) {
      const places = labelPlaces(found.labelAt, LABELS[single] ?? '', edits);
      out = labelPassAt(out, single, places, scope);
    } else {
      for (let i = 0; i < OTHER.length; i++) {
        if (found.labels & (1 << i)) out = labelPass(out, OTHER[i] as RegExp, 3, scope);
      }
    }
    if (found.meta) out = labelPass(out, META, 2, scope);
    return out;
  },
};

/** What one scan of a block found: the places the `user` passes match, the labels present. */
interface Found {
  /** Quoted `user` labels: start of the value, its end, the value. */
  quoted: (number | string)[];
  /** Bare `user=` labels, the same way. */
  bare: (number | string)[];
  /** Bit i: `LABELS[i]` occurs (in any case); `labelAt`: where they start. */
  labels: number;
  labelAt: number[];
  meta: boolean;
}

function scan(text: string): Found {
  const found: Found = { quoted: [], bare: [], labels: 0, labelAt: [], meta: false };
  let quotedEnd = 0;
  let bareEnd = 0;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const at = m.index;
    // One past the start, not the end: occurrences may overlap (`usereporter`).
    CANDIDATE.lastIndex = at + 1;
    const first = text.charCodeAt(at) | 32;
    if (first !== 117) {
      // l, a, r, p: the first letters of LABELS.
      found.labels |= first === 108 ? 1 : first === 97 ? 2 : first === 114 ? 4 : 8;
      found.labelAt.push(at);
      continue;
    }
    // The meta tag's `user"` is always a candidate.
    if (!found.meta && text.startsWith('ajs-remote-user', at - 11)) found.meta = true;
    // Each pass scans on from the end of its last match, as a global regex does.
    if (at >= quotedEnd) {
      QUOTED_USER_AT.lastIndex = at;
      const q = QUOTED_USER_AT.exec(text);
      if (q !== null) {
        quotedEnd = at + q[0].length;
        const value = q[2] ?? '';
        // The value sits before the closing quote.
        if (isLabel(text, at))
          found.quoted.push(quotedEnd - 1 - value.length, quotedEnd - 1, value);
      }
    }
    if (at >= bareEnd) {
      BARE_USER_AT.lastIndex = at;
      const b = BARE_USER_AT.exec(text);
      if (b !== null) {
        bareEnd = at + b[0].length;
        const value = b[1] ?? '';
        if (isLabel(text, at)) found.bare.push(bareEnd - value.length, bareEnd, value);
      }
    }
  }
  return found;
}

/**
 * The quoted pass, then the bare pass on its output, as one list of edits (start, end, token)
 * of the text. A quoted value lies between quotes and a bare match holds none, so they never
 * overlap: a bare match inside a replaced quoted value is gone from the quoted pass's output
 * and is dropped. Should a token itself hold a bare label (never, with the engine's tokens),
 * only the quoted edits come back, with `bareScan`: the bare pass must scan their output.
 */
function userLabels(
  text: string,
  found: Found,
  scope: Scope,
): { edits: (number | string)[]; bareScan: boolean } {
  const { quoted, bare } = found;
  const quotedEdits: (number | string)[] = [];
  let bareScan = false;
  for (let i = 0; i < quoted.length; i += 3) {
    const value = quoted[i + 2] as string;
    const token = userToken(value, scope);
    if (token === value) continue;
    quotedEdits.push(quoted[i] as number, quoted[i + 1] as number, token);
    BARE_USER.lastIndex = 0;
    if (BARE_USER.test(token)) bareScan = true;
  }
  if (bareScan || bare.length === 0) return { edits: quotedEdits, bareScan };
  const edits: (number | string)[] = [];
  let q = 0;
  for (let i = 0; i < bare.length; i += 3) {
    const start = bare[i] as number;
    // Quoted edits before this bare value go first; skip a bare value inside one.
    for (; q < quotedEdits.length && (quotedEdits[q] as number) <= start; q += 3)
      edits.push(
        quotedEdits[q] as number,
        quotedEdits[q + 1] as number,
        quotedEdits[q + 2] as string,
      );
    if (q > 0 && start < (quotedEdits[q - 2] as number)) continue;
    const value = bare[i + 2] as string;
    const token = userToken(value, scope);
    if (token !== value) edits.push(start, bare[i + 1] as number, token);
  }
  for (; q < quotedEdits.length; q += 3)
    edits.push(
      quotedEdits[q] as number,
      quotedEdits[q + 1] as number,
      quotedEdits[q + 2] as string,
    );
  return { edits, bareScan: false };
}

function splice(text: string, edits: (number | string)[]): string {
  if (edits.length === 0) return text;
  const splicer = new Splicer(text);
  for (let i = 0; i < edits.length; i += 3)
    splicer.replace(edits[i] as number, edits[i + 1] as number, edits[i + 2] as string);
  return splicer.finish();
}

/**
 * Where `label` starts in the text after `edits`: its places in the original, shifted by the
 * edits before them; one an edit overlaps is gone. Null when a token holds the label (the
 * test helper's tokens show the value): then the label's pass must scan.
 */
function labelPlaces(at: number[], label: string, edits: (number | string)[]): number[] | null {
  for (let e = 2; e < edits.length; e += 3) {
    if ((edits[e] as string).toLowerCase().includes(label)) return null;
  }
  const places: number[] = [];
  let e = 0;
  let shift = 0;
  for (const start of at) {
    for (; e < edits.length && (edits[e + 1] as number) <= start; e += 3)
      shift += (edits[e + 2] as string).length - ((edits[e + 1] as number) - (edits[e] as number));
    if (e < edits.length && (edits[e] as number) < start + label.length) continue;
    places.push(start + shift);
  }
  return places;
}

/** The pass of `OTHER[i]`, tried (sticky) at the places its label starts, as a global scan would. */
function labelPassAt(text: string, i: number, places: number[] | null, scope: Scope): string {
  if (places === null) return labelPass(text, OTHER[i] as RegExp, 3, scope);
  const re = OTHER_AT[i] as RegExp;
  const splicer = new Splicer(text);
  let lastEnd = 0;
  for (const at of places) {
    if (at < lastEnd) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    lastEnd = re.lastIndex;
    replaceLast(splicer, m, m[3] ?? '', scope);
  }
  return splicer.finish();
}

/**
 * One pass of a global regex whose group `group` is the user name, at the end of the match;
 * `checkLabel` for the `user` regexes, whose start is checked by hand.
 */
function labelPass(
  text: string,
  re: RegExp,
  group: number,
  scope: Scope,
  checkLabel = false,
): string {
  const splicer = new Splicer(text);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (checkLabel && !isLabel(text, m.index)) continue;
    replaceLast(splicer, m, m[group] ?? '', scope);
  }
  return splicer.finish();
}

/** Only the value (the last occurrence of the captured name in the match) is replaced. */
function replaceLast(splicer: Splicer, m: RegExpExecArray, user: string, scope: Scope): void {
  const token = userToken(user, scope);
  if (token === user) return;
  const start = m.index + m[0].lastIndexOf(user);
  splicer.replace(start, start + user.length, token);
}

/**
 * `user` starts a label when it starts a word, follows a known prefix (`os_user`, `-Duser`,
 * `db.user`), or is the camel-case end of a name (`proxyUser`, `dbUserName`).
 */
function isLabel(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (Number.isNaN(before) || !isWordCode(before)) return true;
  if (text.charCodeAt(at) === 85 && before >= 97 && before <= 122) return true; // camelCase `…User`
  for (const p of PREFIXES) if (text.startsWith(p, at - p.length)) return true;
  return false;
}

function userToken(user: string, scope: Scope): string {
  // A number is no name: `user=0.19` and `User=0.19s` are CPU times in GC logs.
  if (
    NOT_A_USER.has(user.toLowerCase()) ||
    !/\w/.test(user) ||
    /^(?:[[$%{<]|\d+$|\d+[.,]\d+(?:[A-Za-z]{1,2}|%)?$)/.test(user) ||
    // A URL, whose user and host the URL rule has judged.
    user.includes('://')
  )
    return user;
  // A Kerberos service principal (`HTTP/host@REALM`): the service names no one.
  const service = KERBEROS_SERVICE.exec(user)?.[0] ?? '';
  if (service !== '') return service + userToken(user.slice(service.length), scope);
  const token = scope.token('user', user);
  if (token !== user) scope.hit('named-user');
  return token;
}
