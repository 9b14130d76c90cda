/**
 * Credentials in a JavaMail protocol trace (`mail.debug=true`, printed to catalina.out):
 * SMTP `AUTH PLAIN <base64>`, the base64 lines a client sends after a `334` challenge
 * (`AUTH LOGIN`: user, then password) or an IMAP `+` continuation, IMAP `A1 LOGIN user pass`
 * and POP3 `PASS pass`. The server's own lines (`250-AUTH LOGIN PLAIN`, `334 VXNlcm5hbWU6`)
 * and JavaMail's notes (`AUTH LOGIN failed`) stay.
 */
import type { Rule, Scope } from '../types.ts';
import { decodeBase64 } from './helpers/base64.ts';
import { marker } from './helpers/marker.ts';
import { Splicer } from './helpers/replace.ts';

/** `AUTH PLAIN <b64>` (SMTP) or `A1 AUTHENTICATE XOAUTH2 <b64>` (IMAP): an initial response. */
const INITIAL_RESPONSE =
  /AUTH(?:ENTICATE)? (?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER|NTLM|CRAM-MD5) ([A-Za-z0-9+/]+={0,2})[ \t]*$/gm;
/** A server's challenge (`334 …`, `+ …`, `+`): the client's next line answers it. */
const CHALLENGE = /^(?:334 |\+(?: |$))/m;
const BASE64_LINE = /^[A-Za-z0-9+/]+={0,2}$/;
/** IMAP `A1 LOGIN user "pass"` (not `A1 LOGIN command trace suppressed`) and POP3 `PASS pass`. */
const LOGIN_LINE = /^A\d+ LOGIN (?!command trace)(?:"(?:[^"\\]|\\.)*"|\S+) (.+?)[ \t]*$/gm;
const POP3_PASS = /^PASS (.+?)[ \t]*$/gm;

export const mailAuth: Rule = {
  id: 'mail-auth',
  ruleClass: 'secret',
  method: 'remove',
  description: 'Credentials in SMTP, IMAP and POP3 protocol traces (AUTH PLAIN, AUTH LOGIN, PASS).',
  hints: ['AUTH', 'PASS ', ' LOGIN '],
  since: '2026.11.3',
  changed: '2026.11.3',
  apply(text, scope) {
    let out = text;
    if (out.includes('AUTH')) {
      out = removeGroup(out, INITIAL_RESPONSE, (b64) => isCredentialBase64(b64), scope);
    }
    if (CHALLENGE.test(out)) out = removeAnswers(out, scope);
    if (out.includes(' LOGIN ')) out = removeGroup(out, LOGIN_LINE, () => true, scope);
    if (out.includes('PASS ')) out = removeGroup(out, POP3_PASS, () => true, scope);
    return out;
  },
};

function removeGroup(
  text: string,
  re: RegExp,
  accept: (value: string) => boolean,
  scope: Scope,
): string {
  const splicer = new Splicer(text);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const value = m[1] ?? '';
    if (value.startsWith('[REDACTED') || !accept(value)) continue;
    // The value is the group that ends the match's text (trailing blanks aside).
    const start = m.index + m[0].lastIndexOf(value);
    if (splicer.replace(start, start + value.length, marker('mail-auth'))) scope.hit('mail-auth');
  }
  return splicer.finish();
}

/** The base64 line right after each challenge line. */
function removeAnswers(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  let lineStart = 0;
  let afterChallenge = false;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const end = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const line = text.slice(lineStart, end);
    if (afterChallenge && BASE64_LINE.test(line) && isCredentialBase64(line)) {
      if (splicer.replace(lineStart, end, marker('mail-auth'))) scope.hit('mail-auth');
    }
    afterChallenge = line.startsWith('334 ') || line === '+' || line.startsWith('+ ');
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return splicer.finish();
}

/**
 * Padded base64 (JavaMail always pads) of printable text, NULs allowed (`\0user\0pass`): not a
 * word such as `failed` or `PLAIN`.
 */
function isCredentialBase64(b64: string): boolean {
  if (b64.length < 4 || b64.length % 4 !== 0) return false;
  const decoded = decodeBase64(b64);
  if (decoded === undefined) return false;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if (c !== 0 && (c < 32 || c > 126)) return false;
  }
  return true;
}
