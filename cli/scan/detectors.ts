/**
 * The scan's own leak detectors. They are written independently of the redaction rules on
 * purpose: a second opinion must not share the first one's blind spots. Each returns the
 * spans of suspicious values in one line; values that are redaction markers or
 * pseudonym tokens are not leaks.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Detector {
  id: string;
  /** Lower-case hints; the detector is skipped on lines holding none of them. */
  hints?: string[];
  find(line: string): Span[];
}

/** What the redactor leaves behind: markers like `[REDACTED:password]` and kind-prefixed tokens. */
const MARKER = /^\[REDACTED(?::[^\]]*)?\]/;
const TOKEN =
  /^‹?(?:user|userkey|name|email|host|ip|ipv6|mac|org|serverid|sen|project|path|custom|url)-[0-9a-z]{4,}›?/i;
const PLACEHOLDER =
  /^(?:\*+|true|false|x{3,}|\$\{[^}]*\}|%\([^)]*\)s?|<[^>]*>|"?"|'?'|null|none|undefined|redacted|\.\.\.|…)$/i;

/** Pseudonymised e-mails and hosts end in the reserved `.invalid` top-level domain. */
const RESERVED_DOMAIN = /@(?:[\w-]+\.)*invalid$|\.invalid$/i;

export function isRedactionArtifact(value: string): boolean {
  const v = value.replace(/^["'({]+/, '');
  return (
    MARKER.test(v) ||
    TOKEN.test(v) ||
    PLACEHOLDER.test(v) ||
    RESERVED_DOMAIN.test(v) ||
    v.includes('[REDACTED')
  );
}

/** Spans of the value group (1 unless told) for every match that is not an artifact. */
/**
 * A count (`"secret": 9` in a redaction report), a flag or an empty placeholder is not a
 * password; anything else after a password-like key is worth a look.
 */
function plausibleSecret(value: string): boolean {
  if (/^(?:true|false|null|none|\d{1,5})$/i.test(value)) return false;
  return value.length >= 3;
}

function spans(
  regex: RegExp,
  line: string,
  accept: (value: string, match: RegExpExecArray) => boolean = () => true,
  group = 1,
): Span[] {
  const found: Span[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(line); m !== null; m = regex.exec(line)) {
    const captured = m[group];
    const value = captured ?? m[0];
    const start = m.index + (captured === undefined ? 0 : m[0].lastIndexOf(captured));
    if (!isRedactionArtifact(value) && accept(value, m))
      found.push({ start, end: start + value.length });
  }
  return found;
}

/**
 * IPv4 addresses the redactor keeps (loopback, unspecified, masks) or emits as pseudonyms
 * (10.0.0.0/8), and documentation ranges. Everything else is worth a look.
 */
const KEPT_IPV4 = [
  /^127\./,
  /^0\.0\.0\.0$/,
  /^255\./,
  /^10\./,
  /^192\.0\.2\./,
  /^198\.51\.100\./,
  /^203\.0\.113\./,
];

function isInterestingIpv4(value: string, match: RegExpExecArray): boolean {
  if (
    value
      .split('.')
      .some((octet) => Number(octet) > 255 || (octet.length > 1 && octet.startsWith('0')))
  )
    return false;
  if (KEPT_IPV4.some((range) => range.test(value))) return false;
  // Version quads (`jira-9.12.4.1`, `v1.2.3.4`, `1.2.3.4-SNAPSHOT`, a user agent's
  // `Chrome/131.0.0.0`) are not addresses.
  const before = match.input.slice(Math.max(0, match.index - 16), match.index);
  const after = match.input.slice(match.index + match[0].length, match.index + match[0].length + 1);
  const versionWord = /(?:[A-Za-z_-]|\b(?:version|jira|java|jdk|build|release|tomcat|v)[\s:=]*)$/i;
  if (versionWord.test(before) || /^[A-Za-z_-]/.test(after)) return false;
  return !/\b[A-Z][A-Za-z]*\/$/.test(before);
}

export const DETECTORS: Detector[] = [
  {
    id: 'email',
    hints: ['@', '%40'],
    find: (line) =>
      spans(/[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b/g, line),
  },
  {
    id: 'ipv4',
    find: (line) =>
      spans(/(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.]*\d)/g, line, isInterestingIpv4),
  },
  {
    id: 'jwt',
    hints: ['eyj'],
    find: (line) => spans(/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, line),
  },
  {
    id: 'pem-private-key',
    hints: ['private key'],
    find: (line) => spans(/-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g, line),
  },
  {
    id: 'aws-access-key-id',
    hints: ['akia', 'asia', 'abia', 'acca'],
    find: (line) => spans(/\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b/g, line),
  },
  {
    id: 'aws-secret-access-key',
    hints: ['secret'],
    find: (line) =>
      spans(/aws.?secret.?(?:access.?)?key["']?\s*[=:]\s*["']?([A-Za-z0-9/+=]{40})\b/gi, line),
  },
  {
    id: 'password-value',
    hints: ['pass', 'pwd', 'secret'],
    find: (line) => [
      // key=value, key: value, "key": "value", key="value"
      ...spans(
        /(?:password|passwd|passphrase|secret|[._-]pwd|storepass|keypass)["']?\s*[=:]\s*["']?([^\s"'&,;<>]+)/gi,
        line,
        plausibleSecret,
      ),
      // Java properties also allow a blank as separator: `application.password  value`
      ...spans(/^\s*[\w.-]*(?:password|passwd)[ \t]+([^\s=:]\S*)\s*$/gi, line),
      // <password>value</password>
      ...spans(
        /<([\w.-]*(?:password|passwd|pwd)[\w.-]*)>\s*([^<\s][^<]*)<\/\1>/gi,
        line,
        undefined,
        2,
      ),
      // -Dsome.password=value on a Java command line
      ...spans(/-D[\w.-]*(?:password|passwd|pwd)[\w.-]*=([^\s"']+)/gi, line),
    ],
  },
  {
    id: 'licence-block',
    hints: ['aaab'],
    find: (line) => spans(/\bAAAB[A-Za-z0-9+/=]{40,}/g, line),
  },
  {
    id: 'bearer-token',
    hints: ['bearer'],
    find: (line) => spans(/\bBearer\s+([A-Za-z0-9._~+/-]{16,}=*)/gi, line),
  },
  {
    id: 'jsessionid',
    hints: ['jsessionid'],
    find: (line) => spans(/jsessionid["']?\s*[=:]\s*["']?([A-Za-z0-9._-]{8,})/gi, line),
  },
  {
    id: 'url-credentials',
    hints: ['://'],
    find: (line) => spans(/[a-z][a-z0-9+.-]*:\/\/[^\s:/@"'<>]+:([^\s@/"'<>]+)@/gi, line),
  },
];

/** Runs every detector on one line. */
export function detectInLine(line: string): { rule: string; span: Span }[] {
  const lower = line.toLowerCase();
  const found: { rule: string; span: Span }[] = [];
  for (const detector of DETECTORS) {
    if (detector.hints && !detector.hints.some((hint) => lower.includes(hint))) continue;
    for (const span of detector.find(line)) found.push({ rule: detector.id, span });
  }
  return found;
}
