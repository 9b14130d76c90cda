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
    return;
  }
  if (text.includes('-D')) {
    for (const m of text.matchAll(JVM_PROPERTY)) learnKeyValue(m[1] ?? '', m[2] ?? '', learned);
  }
  if (format === 'log') {
    for (const m of text.matchAll(LOG_USER)) {
      const user = m[1] ?? '';
      if (user !== 'anonymous' && user !== '-') learned.add('user', user);
    }
    return;
  }
  for (const m of text.matchAll(LINE_PAIR)) learnKeyValue(m[1] ?? '', m[2] ?? '', learned);
  learnUrls(text, learned);
}

function decodeXml(v: string): string {
  return v
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
