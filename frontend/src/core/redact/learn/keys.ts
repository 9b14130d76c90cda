/** Learning from one key/value pair of a config file, by what the key says the value is. */
import type { LearnedValues } from '../engine/learned.ts';
import { isIpv4 } from '../rules/helpers/hosts.ts';
import { keyWords } from '../rules/helpers/key-words.ts';
import { looksLikeHost } from '../rules/hostname.ts';

/**
 * Last words of a key naming a user: `username`, `db.user`, `http.proxyUser`, `ldap_login`;
 * `ldap.userdn` too, whose AD bind account may be written `CORP\svc` or `svc@corp`.
 */
const USER_WORDS = new Set([
  'user',
  'username',
  'login',
  'principal',
  'userid',
  'userdn',
  'binddn',
]);
const EMAIL_KEY = /e-?mail|mail[._-]?from|sender/i;
const NAME_KEY = /(?:display|full|contact)[._-]?name$/i;
const HOST_KEY =
  /(?:^|[._-])(?:host(?:name)?|server(?:name)?|proxy[._-]?name|node[._-]?name|fqdn|domain|address)$|^userdomain$/i;
/** `jira.title` is the instance's title, as a rule the company's name (`ajs-app-title` in pages). */
const ORG_KEY =
  /(?:^|[._-])(?:organi[sz]ation(?:[._-]?name)?|company(?:[._-]?name)?)$|^(?:jira\.title|ajs-app-title)$/i;
/** A group's name under its own key (`<group>`, `<group-name>`); not `ldap.group.name=cn`. */
const GROUP_KEY = /^group(?:[._-]?name)?$/i;
const SERVER_ID_KEY = /(?:^|[._-])server[._-]?id$|^jira\.sid\.key$/i;
const SEN_KEY = /(?:^|[._-])(?:sen|support[._-]?entitlement[._-]?number)$/i;
const URL_IN_VALUE =
  /\b[a-z][a-z0-9+.-]{1,20}:\/\/(?:([^\s/?#@:;"'<>]*)(?::[^\s/?#@;"'<>]*)?@)?(\[[^\]\s]*\]|[^\s/?#:;"'<>,)]+)/gi;
/**
 * `jdbc:oracle:thin:user/password@host…` and `jdbc:oracle:thin:@//host…`: the user, the host,
 * and the domain of a service name (`:1521/JIRASVC.corp.acme.test`).
 */
const ORACLE_HOST =
  /jdbc:oracle:[a-z]+:(?:([^\s/@"'<>]+)\/(?:"[^"\s]*"|[^\s@"'<>]+))?@(?:\/\/)?([A-Za-z0-9_.-]+)(?::\d{1,5}\/[\w$#]{1,64}\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))?/gi;

export function learnKeyValue(key: string, raw: string, learned: LearnedValues): void {
  const value = raw.trim().replace(/^(["'])(.*)\1$/, '$2');
  if (value === '' || value.startsWith('${') || value.startsWith('[REDACTED')) return;
  learnUrls(value, learned);
  const domainUser = /^[\w.-]{1,64}\\{1,2}([\w.@+-]{2,64})$/.exec(value);
  if (namesUser(key) && domainUser) {
    // `CORP\jdoe`: the account as written, and the user, who also appears without the domain.
    learned.add('user', value);
    learned.add('user', domainUser[1] ?? '');
  } else if (namesUser(key) && /^[\w.@+-]{2,64}$/.test(value)) learned.add('user', value);
  else if (EMAIL_KEY.test(key) && /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(value))
    learned.add('email', value);
  else if (NAME_KEY.test(key)) learned.add('name', value);
  else if (HOST_KEY.test(key)) learnHost(value, learned);
  else if (ORG_KEY.test(key)) learned.add('org', value);
  else if (GROUP_KEY.test(key)) learned.add('group', value);
  else if (SERVER_ID_KEY.test(key)) learned.add('serverid', value);
  else if (SEN_KEY.test(key)) learned.add('sen', value);
}

function namesUser(key: string): boolean {
  const words = keyWords(key);
  const last = words[words.length - 1] ?? '';
  if (USER_WORDS.has(last))
    return !/^(?:user\.(?:dir|home|timezone|language|country|region|variant|script))$/i.test(key);
  return last === 'name' && words[words.length - 2] === 'user';
}

/** Hosts and user-info users of every URL (JDBC, LDAP, SMTP, base URLs) in a value. */
export function learnUrls(value: string, learned: LearnedValues): void {
  if (!value.includes('://') && !value.includes('jdbc:oracle')) return;
  for (const m of value.matchAll(URL_IN_VALUE)) {
    if (m[1]) learned.add('user', decodeSafe(m[1]));
    learnHost(m[2] ?? '', learned);
  }
  for (const m of value.matchAll(ORACLE_HOST)) {
    if (m[1]) learned.add('user', m[1]);
    learnHost(m[2] ?? '', learned);
    if (m[3]) learnHost(m[3], learned);
  }
}

/** A host name, and its first label when that label is distinctive (`jira-prod-01`). */
export function learnHost(host: string, learned: LearnedValues): void {
  const h = host.trim().toLowerCase();
  if (h === '' || isIpv4(h) || h.startsWith('[')) return;
  if (!/^[a-z0-9_.-]+$/.test(h) || (h.includes('.') && !looksLikeHostLoose(h))) return;
  learned.add('host', h);
  const first = h.split('.')[0] ?? '';
  if (h.includes('.') && first.length >= 5 && /[\d-]/.test(first)) learned.add('host', first);
}

/** Any dotted name counts when a key says it is a host (`db.corp.lan` has no public TLD). */
function looksLikeHostLoose(h: string): boolean {
  return looksLikeHost(h) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(h);
}

function decodeSafe(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
