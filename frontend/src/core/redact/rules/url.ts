/**
 * URLs: credentials in the user-info (password removed, user pseudonymised), the host
 * (pseudonymised unless a public vendor's or loopback), and query values by their key
 * (os_password and tokens removed, users pseudonymised, jql masked). JDBC forms included.
 */
import type { Rule, Scope } from '../types.ts';
import { isWordCode } from './helpers/chars.ts';
import { replaceHost } from './helpers/hosts.ts';
import { marker } from './helpers/marker.ts';
import { redactQuery } from './helpers/query.ts';
import { Splicer } from './helpers/replace.ts';
import { password } from './password.ts';
import { secretToken } from './secret-token.ts';
import { sessionId } from './session-id.ts';
import { xsrfToken } from './xsrf-token.ts';

/**
 * `jdbc:oracle:thin:@//host:1521/SVC`, `…:@host:1521:SID`, with `user/password@` before the `@`;
 * a service name may carry the domain (`/JIRASVC.corp.acme.test`), pseudonymised as a host.
 */
const ORACLE =
  /(jdbc:oracle:[a-z]+:)(?:([^\s/@"'<>]+)\/("[^"\s]*"|[^\s@"'<>]+))?(@(?:\/\/)?)([A-Za-z0-9_.-]*)(?:(:\d{1,5}\/[\w$#]{1,64}\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))?/gi;
const TNS_HOST = /(\(\s*HOST\s*=\s*)([^)\s]+)/gi;
/** TNS_HOST at one `(` (sticky): `(`s are found with `indexOf`; a case-insensitive scan is slow. */
const TNS_AT = new RegExp(TNS_HOST.source, 'iy');
/** A URL-encoded URL (`os_destination=https%3A%2F%2Fjira…`), up to the end of the encoded value. */
const ENCODED_URL = /\b[a-z][a-z0-9+.-]{1,20}%3A%2F%2F[^\s&"'<>#;]*/gi;
const QUERY_SECRET = /^(?:code|sig|os_authtype_token|oauth_[a-z_]+)$/i;

export const url: Rule = {
  id: 'url',
  ruleClass: 'network',
  method: 'pseudonymise',
  description: 'URL credentials, hosts and sensitive query values (also JDBC URLs).',
  // JDBC URLs are written in lower case, URL-encoders write upper-case escapes.
  hints: ['://', '%3A%2F%2F', 'jdbc:'],
  since: '2026.11.1',
  changed: '2026.11.3',
  emits: {
    'url-password': 'secret',
    'url-query-secret': 'secret',
    'url-user': 'identity',
    'url-query-text': 'content',
    jql: 'content',
  },
  apply(text, scope) {
    let out = redactUrls(text, scope);
    if (hasEncodedSeparator(out))
      out = out.replace(ENCODED_URL, (encoded) => redactEncoded(encoded, scope));
    if ((hasColonAt(out) || out.includes('jdbc:oracle:')) && /jdbc:oracle/i.test(out))
      out = out.replace(ORACLE, (_all, ...groups: (string | undefined)[]) => oracle(groups, scope));
    if (!hasTnsHost(out)) return out;
    return out.replace(TNS_HOST, (_all, lead: string, host: string) => lead + hostHit(host, scope));
  },
};

/** `%3A%2F%2F` in any letter case, found from its `%`s (rare in a log) with `indexOf`. */
function hasEncodedSeparator(text: string): boolean {
  for (let i = text.indexOf('%3'); i >= 0; i = text.indexOf('%3', i + 1)) {
    if (
      (text.charCodeAt(i + 2) | 32) === 97 && // a
      text.charCodeAt(i + 3) === 37 && // %
      text.charCodeAt(i + 4) === 50 && // 2
      (text.charCodeAt(i + 5) | 32) === 102 && // f
      text.charCodeAt(i + 6) === 37 &&
      text.charCodeAt(i + 7) === 50 &&
      (text.charCodeAt(i + 8) | 32) === 102
    )
      return true;
  }
  return false;
}

/**
 * A `:@`, which ORACLE needs: looked for before the case-insensitive (slow) scan for `jdbc:oracle`,
 * from the `@`s, as `includes(':@')` stops at every `:`.
 */
function hasColonAt(text: string): boolean {
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1))
    if (text.charCodeAt(i - 1) === 58) return true;
  return false;
}

function hasTnsHost(text: string): boolean {
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    TNS_AT.lastIndex = i;
    if (TNS_AT.test(text)) return true;
  }
  return false;
}

/**
 * Every `scheme://…` in the text, found from its `://` with `indexOf` (a regex starting at
 * every word would test the whole block for a handful of URLs).
 */
export function redactUrls(text: string, scope: Scope): string {
  let sep = text.indexOf('://');
  if (sep < 0) return text;
  const splicer = new Splicer(text);
  while (sep >= 0) {
    let start = sep;
    const limit = Math.max(0, sep - 21);
    while (start > limit && isSchemeCode(text.charCodeAt(start - 1))) start--;
    while (start < sep && !isLetterCode(text.charCodeAt(start))) start++;
    if (start === sep || start < splicer.position || isWordCode(text.charCodeAt(start - 1))) {
      sep = text.indexOf('://', sep + 3);
      continue;
    }
    let hostEnd = sep + 3;
    while (hostEnd < text.length && !AUTHORITY_END.has(text.charCodeAt(hostEnd))) hostEnd++;
    const scheme = text.slice(start, sep);
    // SQL Server URLs carry `host\INSTANCE` and `;user=DOMAIN\user`: there `\` is part of the URL.
    const backslashes = isSqlServer(scheme);
    let end = hostEnd;
    while (
      end < text.length &&
      (!URL_END.has(text.charCodeAt(end)) || (backslashes && text.charCodeAt(end) === 92))
    )
      end++;
    const rest = trimProse(text.slice(hostEnd, end));
    end = hostEnd + rest.length;
    const out = `${scheme}://${redactAuthority(text.slice(sep + 3, hostEnd), scope)}${redactRest(rest, scope)}`;
    if (out !== text.slice(start, end)) splicer.replace(start, end, out);
    sep = text.indexOf('://', Math.max(end, sep + 3));
  }
  return splicer.finish();
}

const AUTHORITY_END = new Set([...' \t\r\n/?#;"\'<>\\`|{}^'].map((c) => c.charCodeAt(0)));
const URL_END = new Set([...' \t\r\n"\'<>\\`{}^'].map((c) => c.charCodeAt(0)));

function isSqlServer(scheme: string): boolean {
  return scheme.length === 9 && scheme.toLowerCase() === 'sqlserver';
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSchemeCode(c: number): boolean {
  return isLetterCode(c) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

function redactEncoded(encoded: string, scope: Scope): string {
  const plain = decode(encoded);
  if (plain === encoded) return encoded;
  const out = redactUrls(plain, scope);
  return out === plain ? encoded : encodeURIComponent(out);
}

function redactAuthority(authority: string, scope: Scope): string {
  const at = authority.lastIndexOf('@');
  let userInfo = '';
  if (at >= 0) {
    const info = authority.slice(0, at);
    const colon = info.indexOf(':');
    const user = colon >= 0 ? info.slice(0, colon) : info;
    userInfo =
      user === '' || user.startsWith('[REDACTED') ? user : scope.token('user', decode(user));
    if (user !== '') scope.hit('url-user');
    if (colon >= 0) {
      const secret = info.slice(colon + 1);
      if (!secret.startsWith('[REDACTED')) scope.hit('url-password');
      userInfo += `:${marker('url-password')}`;
    }
    userInfo += '@';
  }
  const hostPort = authority.slice(at + 1);
  const m = /^(\[[^\]]*\]|[^:]*)(.*)$/.exec(hostPort);
  const host = m?.[1] ?? hostPort;
  return userInfo + hostHit(host, scope) + (m?.[2] ?? '');
}

function redactRest(rest: string, scope: Scope): string {
  const q = rest.search(/[?;]/);
  if (q < 0) return rest;
  const hash = rest.indexOf('#', q);
  const query = hash < 0 ? rest.slice(q) : rest.slice(q, hash);
  const handlers = {
    isSecretKey: (k: string) =>
      QUERY_SECRET.test(k) ||
      password.matchesKey(k) ||
      secretToken.matchesKey(k) ||
      xsrfToken.matchesKey(k) ||
      sessionId.matchesKey(k),
    redactNestedUrl: (u: string) => redactUrls(u, scope),
  };
  return (
    rest.slice(0, q) + redactQuery(query, scope, handlers) + (hash < 0 ? '' : rest.slice(hash))
  );
}

/** An Oracle URL's lead, its `user/password@` (password removed) and its host. */
function oracle(groups: readonly (string | undefined)[], scope: Scope): string {
  const [lead = '', user, secret, at = '', host = '', service, domain] = groups;
  let credentials = '';
  if (user !== undefined && secret !== undefined) {
    credentials = `${user.startsWith('[REDACTED') ? user : scope.token('user', user)}/`;
    scope.hit('url-user');
    if (!secret.startsWith('[REDACTED')) scope.hit('url-password');
    credentials += marker('url-password');
  }
  const serviceDomain = service && domain ? service + hostHit(domain.toLowerCase(), scope) : '';
  return lead + credentials + at + hostHit(host, scope) + serviceDomain;
}

function hostHit(host: string, scope: Scope): string {
  const out = replaceHost(host, scope);
  if (out !== host) scope.hit('url');
  return out;
}

/** Prose around a URL: `(see https://x/y).` keeps its `).` outside the URL. */
function trimProse(rest: string): string {
  let end = rest.length;
  while (end > 0 && isProseEnd(rest.charCodeAt(end - 1))) {
    if (rest.charCodeAt(end - 1) === 41 && count(rest, end, 40) >= count(rest, end, 41)) break;
    end--;
  }
  return rest.slice(0, end);
}

/** `.,:;!?)]` */
function isProseEnd(c: number): boolean {
  return (
    c === 46 || c === 44 || c === 58 || c === 59 || c === 33 || c === 63 || c === 41 || c === 93
  );
}

/** How often the character `code` occurs in `s` before `end`. */
function count(s: string, end: number, code: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (s.charCodeAt(i) === code) n++;
  return n;
}

function decode(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
