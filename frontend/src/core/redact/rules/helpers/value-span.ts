/**
 * Where the value of a key ends, for every syntax a Jira bundle carries: `k=v`, `k: v`,
 * `"k": "v"`, `k="v"`, `-Dk=v`, `<k>v</k>`, `<x name="k" value="v"/>`,
 * `<param-name>k</param-name><param-value>v</param-value>` and YAML block scalars.
 */
import type { TextFormat } from '../../types.ts';
import { isSpaceCode, lineEnd, lineStart } from './chars.ts';

export interface ValueSpan {
  start: number;
  end: number;
  /** The value had no quotes around it (a YAML marker then needs some). */
  bare: boolean;
}

const LT = 60;
const SLASH = 47;
const DQ = 34;
const SQ = 39;
const BACKSLASH = 92;
const EQ = 61;
const COLON = 58;
const GT = 62;

/** Characters that end a bare value in free text (a table: looked up per character). */
const BARE_END = new Uint8Array(128);
for (const c of ' \t\r\n&;,"\'<>)]}|') BARE_END[c.charCodeAt(0)] = 1;

/** `ks`..`ke` is the key as written; returns the span of its value, if it has one. */
export function findValueSpan(
  text: string,
  ks: number,
  ke: number,
  format: TextFormat,
): ValueSpan | null {
  const before = text.charCodeAt(ks - 1);
  if (before === LT) return elementText(text, ke);
  if (before === SLASH && text.charCodeAt(ks - 2) === LT) return null;
  let p = ke;
  let escapedQuotes = false;
  if ((before === DQ || before === SQ) && text.charCodeAt(ke) === before) {
    p = ke + 1;
    if (text.charCodeAt(ks - 2) === BACKSLASH) escapedQuotes = true;
    else if (/\b(?:name|key|id)\s*=\s*$/i.test(text.slice(Math.max(0, ks - 16), ks - 1))) {
      return attributePair(text, p);
    }
  } else if (before === DQ && text.startsWith('\\"', ke) && text.charCodeAt(ks - 2) === BACKSLASH) {
    p = ke + 2;
    escapedQuotes = true;
  }
  if (text.startsWith('</', p)) return pairedElement(text, p);
  // `<param-name>` laid out over lines: `<param-name>\n  x.password\n</param-name>`.
  if (isSpaceCode(text.charCodeAt(p)) && isSpaceCode(before)) {
    const close = skipSpaces(text, p);
    if (text.startsWith('</', close) && text.charCodeAt(skipSpacesBack(text, ks)) === GT)
      return pairedElement(text, close);
  }
  // Tomcat: `Parameter [os_password] with value [s3cr3t] has been ignored`.
  if (text.startsWith('] with value [', p)) return bracketed(text, p + 14);
  // Tomcat's digester, in any language: `failed to set property [keystorePass] to [s3cr3t]`
  // (`… [keystorePass] a [s3cr3t]`, `… [keystorePass] を [s3cr3t] …`) and, before Tomcat 9,
  // `Setting property 'keystorePass' to 's3cr3t' did not find a matching property`.
  if (before === 91 && PROPERTY_TO.test(text.slice(p, p + 10))) {
    return bracketed(text, text.indexOf('[', p) + 1);
  }
  if (before === SQ && text.startsWith(" to '", p)) return quoted(text, p + 4, SQ);
  // OfBiz entity dumps in Jira's errors: `[GenericEntity:User][credential,{PKCS5S2}…][…]`.
  if (before === 91 && text.charCodeAt(p) === 44) return bracketed(text, p + 1);
  const named = namedValue(text, ks, ke);
  if (named) return named;
  const blank = p;
  p = skipBlanks(text, p);
  const sep = text.charCodeAt(p);
  if (sep === EQ) p += text.charCodeAt(p + 1) === GT ? 2 : 1;
  else if (sep === COLON) p += text.charCodeAt(p + 1) === EQ ? 2 : 1;
  else if (format === 'properties' && p > blank && !isLineEnd(sep) && isHeaderDirective(text, ks))
    return headerValue(text, p);
  else if (format === 'properties' && p > blank && keyStartsLine(text, ks) && !isLineEnd(sep)) {
    // .properties also separates key and value by blanks alone (`application.password  s3cr3t`).
    return valueAt(text, p, ks, format, false);
  } else return null;
  p = skipBlanks(text, p);
  return valueAt(text, p, ks, format, escapedQuotes);
}

/** nginx's and httpd's header directives: the header's name, a blank, its value. */
const HEADER_DIRECTIVE =
  /^[ \t]*(?:proxy_set_header|add_header|RequestHeader[ \t]+(?:set|add|append|merge|setifempty)|Header[ \t]+(?:always[ \t]+)?(?:set|add|append))[ \t]+$/i;

function isHeaderDirective(text: string, ks: number): boolean {
  if (ks === 0 || !isSpaceCode(text.charCodeAt(ks - 1))) return false;
  return HEADER_DIRECTIVE.test(text.slice(lineStart(text, ks), ks));
}

/** `proxy_set_header X-Api-Key "v";`: the value without its quotes or nginx's closing `;`. */
function headerValue(text: string, p: number): ValueSpan | null {
  const c = text.charCodeAt(p);
  if (c === DQ || c === SQ) return quoted(text, p, c);
  let end = lineEnd(text, p);
  while (end > p && (isSpaceCode(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 59))
    end--;
  return end > p ? { start: p, end, bare: true } : null;
}

function isLineEnd(c: number): boolean {
  return Number.isNaN(c) || c === 10 || c === 13;
}

function bracketed(text: string, start: number): ValueSpan | null {
  const end = text.indexOf(']', start);
  return end > start && end - start < 4096 ? { start, end, bare: false } : null;
}

/**
 * The key is the value of a `name:` entry and the secret sits in the next `value:` entry
 * (Kubernetes env lists, Helm values): `- name: ATL_JDBC_PASSWORD` / `  value: s3cr3t`.
 */
function namedValue(text: string, ks: number, ke: number): ValueSpan | null {
  // Few keys follow a `name:`: a check on char codes spares the others a slice and a regex.
  if (!endsWithNameSeparator(text, ks)) return null;
  const prefix = text.slice(lineStart(text, ks), ks);
  if (!/(?:^|[\s{,-])["']?name["']?\s*[:=]\s*["']?$/.test(prefix)) return null;
  const after = text.slice(ke, ke + 400);
  const m = /^["']?\s*(?:,\s*|\r?\n\s*(?:-\s+)?)["']?value["']?\s*[:=]\s*/.exec(after);
  if (!m) return null;
  const p = ke + m[0].length;
  const c = text.charCodeAt(p);
  if (c === DQ || c === SQ) return quoted(text, p, c);
  let end = lineEnd(text, p);
  while (end > p && /[\s,}]/.test(text.charAt(end - 1))) end--;
  return end > p ? { start: p, end, bare: true } : null;
}

function valueAt(
  text: string,
  p: number,
  ks: number,
  format: TextFormat,
  escapedQuotes: boolean,
): ValueSpan | null {
  const c = text.charCodeAt(p);
  if (escapedQuotes && c === BACKSLASH && text.charCodeAt(p + 1) === DQ) {
    const end = text.indexOf('\\"', p + 2);
    return end < 0 ? null : { start: p + 2, end, bare: false };
  }
  if (c === DQ || c === SQ) return quoted(text, p, c);
  // A JVM argument inside a double-quoted shell string: `-Dx.password=\"s3cr3t\"`.
  if (c === BACKSLASH && text.charCodeAt(p + 1) === DQ) {
    const end = text.indexOf('\\"', p + 2);
    if (end >= 0 && end <= lineEnd(text, p)) return { start: p + 2, end, bare: false };
  }
  if (text.startsWith('&quot;', p)) {
    const end = text.indexOf('&quot;', p + 6);
    return end < 0 ? null : { start: p + 6, end, bare: false };
  }
  const atLineStart = keyStartsLine(text, ks);
  if (format === 'yaml' && (c === 124 || c === GT) && atLineStart) return blockScalar(text, p, ks);
  if (atLineStart && (format === 'properties' || format === 'yaml' || format === 'text')) {
    let end = format === 'properties' ? continuedLineEnd(text, p) : lineEnd(text, p);
    while (end > p && /\s/.test(text.charAt(end - 1))) end--;
    return end > p ? { start: p, end, bare: true } : null;
  }
  if (text.startsWith('-D', ks)) return jvmArgumentValue(text, p);
  // `password={p@ss;w0rd}` (JDBC's braces), `{PKCS5S2}…` (a hash): the braces are the value's.
  let end = c === 123 ? closingBrace(text, p) : p;
  while (end < text.length && BARE_END[text.charCodeAt(end)] !== 1) end++;
  return end > p ? { start: p, end, bare: true } : null;
}

/** `] to [`, `] a [`, `] auf [`: a short word between a bracketed key and its value. */
const PROPERTY_TO = /^\] \p{L}{1,5} \[/u;

/**
 * A JVM argument's unquoted value runs to the next blank (`-Dx.password=p@ss;w0rd&x -Dy=1`),
 * a quote, or a `,`/`]` that ends an item of a printed list (`[-Dx.password=v, -Dy=1]`).
 */
function jvmArgumentValue(text: string, p: number): ValueSpan | null {
  let end = p;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (isSpaceCode(c) || c === DQ || c === SQ || c === LT) break;
    if (c === 38 && text.startsWith('&quot;', end)) break;
    if (
      (c === 44 || c === 93) &&
      (end + 1 === text.length || isSpaceCode(text.charCodeAt(end + 1)))
    )
      break;
  }
  return end > p ? { start: p, end, bare: true } : null;
}

/** Just past the `}` closing the `{` at `p` on the same line, or `p` if there is none. */
function closingBrace(text: string, p: number): number {
  const close = text.indexOf('}', p);
  return close > p && close < lineEnd(text, p) && close - p <= 256 ? close + 1 : p;
}

function quoted(text: string, p: number, quote: number): ValueSpan | null {
  const stop = lineEnd(text, p);
  let i = p + 1;
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH && quote === DQ) i += 2;
    else if (c === quote) return { start: p + 1, end: i, bare: false };
    else i++;
  }
  return null;
}

/** `<password attr="…">value</password>` (also CDATA). */
function elementText(text: string, ke: number): ValueSpan | null {
  const gt = text.indexOf('>', ke);
  if (gt < 0 || text.charCodeAt(gt - 1) === SLASH) return null;
  const start = gt + 1;
  if (text.startsWith('<![CDATA[', start)) {
    const end = text.indexOf(']]>', start + 9);
    return end < 0 ? null : { start: start + 9, end, bare: false };
  }
  const end = text.indexOf('<', start);
  if (end < 0 || text.slice(start, end).trim() === '') return null;
  return { start, end, bare: false };
}

/**
 * After `name="x.password"`: the tag's `value="…"` (an HTML meta's `content="…"`), or the
 * element's text.
 */
function attributePair(text: string, p: number): ValueSpan | null {
  const gt = text.indexOf('>', p);
  if (gt < 0 || gt - p > 2000) return null;
  const m = /\b(?:value|content)\s*=\s*(["'])/.exec(text.slice(p, gt));
  if (m) return quoted(text, p + m.index + m[0].length - 1, m[1] === '"' ? DQ : SQ);
  return text.charCodeAt(gt - 1) === SLASH ? null : elementText(text, gt - 1);
}

/** `<param-name>x.password</param-name>` followed by `<param-value>…</param-value>`. */
function pairedElement(text: string, p: number): ValueSpan | null {
  const close = /^<\/([\w:-]*(?:name|key))>/.exec(text.slice(p, p + 64));
  if (!close) return null;
  const after = p + close[0].length;
  // Comments may sit between the two elements (`<!-- service account -->`).
  const next = /^(?:\s*<!--(?:[^-]|-(?!->))*-->)*\s*<([\w:-]*value)\b[^>]*>/.exec(
    text.slice(after, after + 1000),
  );
  if (!next) return null;
  return elementText(text, after + next[0].length - 1);
}

function blockScalar(text: string, p: number, ks: number): ValueSpan | null {
  const indent = ks - lineStart(text, ks);
  let end = lineEnd(text, p);
  const indicatorEnd = end;
  while (end < text.length) {
    const next = lineEnd(text, end + 1);
    const line = text.slice(end + 1, next);
    if (line.trim() !== '' && line.length - line.trimStart().length <= indent) break;
    end = next;
  }
  return end > indicatorEnd ? { start: p, end, bare: true } : null;
}

function keyStartsLine(text: string, ks: number): boolean {
  // The prefix ends in a blank unless it is empty: most keys fail here, without a slice.
  if (ks > 0 && !isSpaceCode(text.charCodeAt(ks - 1))) return false;
  const prefix = text.slice(lineStart(text, ks), ks);
  return /^\s*(?:-\s+|export\s+|set\s+)?$/.test(prefix);
}

/** A .properties value ends at a line end not escaped by an odd run of backslashes (`a\` goes on). */
function continuedLineEnd(text: string, p: number): number {
  let end = lineEnd(text, p);
  while (end < text.length) {
    let last = end;
    if (text.charCodeAt(last - 1) === 13) last--;
    let slashes = 0;
    while (last - slashes - 1 >= p && text.charCodeAt(last - slashes - 1) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) break;
    end = lineEnd(text, end + 1);
  }
  return end;
}

function skipSpaces(text: string, p: number): number {
  while (isSpaceCode(text.charCodeAt(p))) p++;
  return p;
}

/** The index of the last non-space character before `p` (-1 if none). */
function skipSpacesBack(text: string, p: number): number {
  let i = p - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  return i;
}

function skipBlanks(text: string, p: number): number {
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  return p;
}

/**
 * Whether the text before `ks` ends like `name: ` (`name`, a quote, blanks, `:` or `=`, blanks,
 * a quote): what `namedValue`'s regex needs, read backwards on char codes so that most keys are
 * turned down without slicing their line.
 */
function endsWithNameSeparator(text: string, ks: number): boolean {
  let i = ks - 1;
  if (isQuoteCode(text.charCodeAt(i))) i--;
  while (isSpaceCode(text.charCodeAt(i))) i--;
  const sep = text.charCodeAt(i);
  if (sep !== COLON && sep !== EQ) return false;
  i--;
  while (isSpaceCode(text.charCodeAt(i))) i--;
  if (isQuoteCode(text.charCodeAt(i))) i--;
  return text.startsWith('name', i - 3);
}

function isQuoteCode(c: number): boolean {
  return c === DQ || c === SQ;
}
