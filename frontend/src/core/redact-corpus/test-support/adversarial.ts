/**
 * Inputs built to hurt regex-based redactors: long runs of the characters their patterns
 * hinge on (digits, dots, colons, `@`, `=`), huge single lines, unclosed constructs, deep
 * nesting. Each builds a text of about `bytes` characters.
 */

export interface AdversarialPattern {
  id: string;
  /** The bundle path decides which format-aware rules run. */
  path: string;
  build(bytes: number): string;
}

function run(unit: string, prefix = '', suffix = ''): (bytes: number) => string {
  return (bytes) => prefix + unit.repeat(Math.max(1, Math.ceil(bytes / unit.length))) + suffix;
}

function nested(open: string, close: string, prefix = ''): (bytes: number) => string {
  return (bytes) => {
    const depth = Math.max(1, Math.floor(bytes / (open.length + close.length)));
    return prefix + open.repeat(depth) + close.repeat(depth);
  };
}

const LOG_LINE =
  '2024-11-18 09:14:02,117+0000 http-nio-8080-exec-17 url: /rest/api/2/search; user: jsmith-fake ' +
  'WARN jsmith-fake 554x10234x1 1q9fakz 203.0.113.45,10.20.30.40 /rest/api/2/search ' +
  "[c.a.j.issue.search.SearchHandler] Query by 'jsmith-fake' <j.fake@example.test> took 1834ms\n";

const log = 'atlassian-jira.log';

export const ADVERSARIAL_PATTERNS: readonly AdversarialPattern[] = [
  { id: 'digits, one line', path: log, build: run('1234567890') },
  { id: 'dots and digits', path: log, build: run('1.') },
  { id: 'endless dotted quad', path: log, build: run('10.20.30.40.') },
  { id: 'colons and digits', path: log, build: run('1:') },
  { id: 'hex pairs with colons', path: log, build: run('ab:') },
  { id: 'ipv6 double colons', path: log, build: run('fe80::') },
  { id: 'at signs', path: log, build: run('@') },
  { id: 'letters and at signs', path: log, build: run('a@') },
  { id: 'e-mail local part without domain', path: log, build: run('a.') },
  { id: 'host labels with hyphens', path: log, build: run('a-', '', '@') },
  { id: 'equals signs', path: log, build: run('=') },
  { id: 'password= without separators', path: log, build: run('password=') },
  { id: 'query parameters', path: log, build: run('a=b&') },
  { id: 'spaces', path: log, build: run(' ') },
  { id: 'one huge word', path: log, build: run('abcdefghij') },
  { id: 'base64 without end', path: log, build: run('QUJD', 'eyJhbGciOiJIUzI1NiJ9.') },
  { id: 'jwt-like dots', path: log, build: run('eyJ.') },
  { id: 'percent escapes', path: log, build: run('%40') },
  { id: 'unbalanced single quotes', path: log, build: run("'a") },
  { id: 'double quotes', path: log, build: run('"') },
  { id: 'backslashes', path: log, build: run('\\') },
  { id: 'windows home paths', path: log, build: run('C:\\Users\\') },
  { id: 'user columns', path: log, build: run('user: ') },
  { id: 'thread names', path: log, build: run('"http-nio-8080-exec-1 url: /a; user: ') },
  { id: 'url schemes', path: log, build: run('https://a.') },
  { id: 'bearer keywords', path: log, build: run('Bearer ') },
  { id: 'jvm -D flags', path: log, build: run('-Da=') },
  { id: 'card-like digit groups', path: log, build: run('4111 ') },
  { id: 'digits and dashes', path: log, build: run('1-') },
  { id: 'unclosed PEM block', path: log, build: run('QUJD\n', '-----BEGIN PRIVATE KEY-----\n') },
  { id: 'nested brackets', path: log, build: nested('[{(', ')}]') },
  { id: 'carriage returns', path: log, build: run('\r') },
  { id: 'realistic log lines', path: log, build: run(LOG_LINE) },
  { id: 'json nesting', path: 'rest/serverInfo.json', build: nested('[', ']') },
  {
    id: 'json long secret',
    path: 'rest/license.json',
    build: run('A', '{"rawLicense":"AAAB', '"}'),
  },
  { id: 'json many keys', path: 'rest/myself.json', build: run('"name":"a",', '{', '"x":1}') },
  { id: 'xml nesting', path: 'server.xml', build: nested('<a>', '</a>') },
  {
    id: 'xml unclosed attribute',
    path: 'server.xml',
    build: run('x', '<Connector keystorePass="'),
  },
  { id: 'xml password elements', path: 'dbconfig.xml', build: run('<password>') },
  { id: 'properties long value', path: 'cluster.properties', build: run('x', 'password=') },
  { id: 'properties dotted keys', path: 'cluster.properties', build: run('a.') },
  { id: 'yaml nesting', path: 'jira-values.yaml', build: nested('[', ']', 'a: ') },
  { id: 'yaml keys', path: 'jira-values.yaml', build: run('key: ') },
];
