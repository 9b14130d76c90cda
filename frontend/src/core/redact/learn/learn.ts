/** Learning dispatch: JSON by its shapes, XML/properties/YAML by their keys, logs by their user columns. */
import type { LearnedValues } from '../engine/learned.ts';
import { detectFormat } from '../formats/detect.ts';
import { learnJson } from './json.ts';
import { learnKeyValue, learnUrls } from './keys.ts';

const LINE_PAIR = /^[ \t]*(?:-[ \t]+)?["']?([\w.-]+)["']?[ \t]*[=:][ \t]*(.*?)[ \t]*$/gm;
const XML_ELEMENT = /<([\w.:-]+)(?:\s[^>]*)?>([^<]{1,2000})<\/\1>/g;
/** After a blank and with a bounded name: `[\w]+=` at every position of a long word would be quadratic. */
const XML_ATTRIBUTE = /\s([\w.:-]{1,100})\s*=\s*"([^"]{1,2000})"/g;
const XML_PARAM =
  /<param-name>\s*([^<]+?)\s*<\/param-name>\s*<param-value>\s*([^<]*?)\s*<\/param-value>/g;
const LOG_USER = /; user: ([^\s;,[\]]+)/g;
/**
 * `<property name="user.name" value="jira"/>`: system properties, directory attributes; and
 * `<meta name="ajs-app-title" content="…">` in Jira's pages.
 */
const XML_NAMED_VALUE =
  /\s(?:name|key)\s*=\s*"([\w.:-]{1,100})"\s+(?:value|content)\s*=\s*"([^"]{1,2000})"/g;
/** `<entry key="jira.title">…</entry>` (Java's XML properties), `<property name="…">…</property>`. */
const XML_KEYED_ELEMENT =
  /<([\w.:-]{1,100})\s+(?:key|name|id)\s*=\s*"([\w.:-]{1,100})"\s*>([^<]{1,2000})<\/\1>/g;
/** Kubernetes env lists and Helm values: `- name: ATL_JDBC_USER` then `value: jira`. */
const NAME_VALUE =
  /^[ \t]*(?:-[ \t]+)?name:[ \t]*["']?([\w.-]+)["']?[ \t]*\r?\n[ \t]*value:[ \t]*(.*?)[ \t]*$/gm;
/** The user folder of a home path in a config file (`/home/jdoe`, `C:\Users\jdoe`, `C\:\\Users`). */
const HOME_USER = /(?:\/home\/|(?<=[/\\:])Users(?:\\{1,2}|\/))([\w.@-]{2,64})(?=[\\/"'\s:;,]|$)/gm;
/** `\u00fc` in a .properties value (Java writes every non-ASCII character so). */
const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/g;
/** JVM system properties, in setenv.sh, catalina.out's argument lines and JVM input arguments. */
const JVM_PROPERTY = /(?:^|[\s"'])-D([\w.-]+)=("[^"]*"|'[^']*'|[^\s"']+)/g;

export function learnText(path: string, text: string, learned: LearnedValues): void {
  const format = detectFormat(path, text);
  if (format === 'json') {
    try {
      learnJson(JSON.parse(text), learned);
      return;
    } catch {
      // not JSON after all: learn what the text shows
    }
  }
  if (format === 'xml') {
    for (const m of text.matchAll(XML_ELEMENT)) learnKeyValue(m[1] ?? '', m[2] ?? '', learned);
    for (const m of text.matchAll(XML_ATTRIBUTE))
      learnKeyValue(m[1] ?? '', decodeXml(m[2] ?? ''), learned);
    for (const m of text.matchAll(XML_PARAM)) learnKeyValue(m[1] ?? '', m[2] ?? '', learned);
    for (const m of text.matchAll(XML_NAMED_VALUE))
      learnKeyValue(m[1] ?? '', decodeXml(m[2] ?? ''), learned);
    for (const m of text.matchAll(XML_KEYED_ELEMENT))
      learnKeyValue(m[2] ?? '', decodeXml(m[3] ?? ''), learned);
    return;
  }
  if (text.includes('-D')) {
    for (const m of text.matchAll(JVM_PROPERTY)) learnKeyValue(m[1] ?? '', m[2] ?? '', learned);
  }
  if (format === 'log') {
    learnLogUsers(text, learned);
    return;
  }
  const unescape = format === 'properties' && text.includes('\\u');
  for (const m of text.matchAll(LINE_PAIR)) {
    const value = m[2] ?? '';
    learnKeyValue(m[1] ?? '', unescape ? unescapeUnicode(value) : value, learned);
  }
  if (format === 'yaml' && text.includes('value:')) {
    for (const m of text.matchAll(NAME_VALUE)) learnKeyValue(m[1] ?? '', m[2] ?? '', learned);
  }
  for (const m of text.matchAll(HOME_USER)) learned.add('user', m[1] ?? '');
  learnUrls(text, learned);
}

function unescapeUnicode(value: string): string {
  return value.replace(UNICODE_ESCAPE, (_all, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/**
 * Learns the user names of a log's `; user: x` columns; returns those the bundle's sweep does
 * not hold yet, for the block to sweep itself.
 */
export function learnLogUsers(text: string, learned: LearnedValues): string[] {
  if (!text.includes('; user: ')) return [];
  const unswept = new Set<string>();
  let last = '';
  for (const m of text.matchAll(LOG_USER)) {
    const user = m[1] ?? '';
    // Consecutive lines mostly name the same user: one lookup for the run.
    if (user === last || user === 'anonymous' || user === '-') continue;
    last = user;
    if (learned.add('user', user) && !learned.isSwept(user)) unswept.add(user);
  }
  return [...unswept];
}

function decodeXml(v: string): string {
  return v
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
