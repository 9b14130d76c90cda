/**
 * Outgoing mail logs: `Subject='…'` carries issue summaries (removed) and `FromName='…'`
 * a display name (pseudonymised). Addresses are left to the e-mail rule.
 */
import type { Rule, Scope } from '../types.ts';
import { isWordCode } from './helpers/chars.ts';
import { marker } from './helpers/marker.ts';
import { HINT } from './helpers/hints.ts';
import { Splicer } from './helpers/replace.ts';

/** What follows `Subject='` (the closing quote is the one a next field or the line end follows). */
const SUBJECT_AT = /(.*?)'(?=\s+[A-Z]\w*=|\s*$)/my;
const SUBJECT_HEADER = /^(Subject:[ \t]*)(\S.*)$/gim;
const SUBJECT_LABEL = /subject:/i;
/** `subject:` at a line start the loop in `hasHeaderLine` found. */
const HEADER_START = /subject:/iy;
const FROM_NAME = /\bFromName='(.*?)(?: \([^)]*\))?'(?=\s|$)/gm;

export const mailLog: Rule = {
  id: 'mail-subject',
  ruleClass: 'content',
  method: 'remove',
  description: 'Mail subjects (issue summaries) and sender display names in mail logs.',
  hints: [HINT.subject],
  since: '2026.11.1',
  changed: '2026.11.1',
  emits: { 'mail-from-name': 'identity' },
  apply(text, scope) {
    const quoted = removeQuotedSubjects(text, scope);
    let out = quoted.text;
    // The later forms are gated on the block as it came (already flat, while `out` would have
    // to be copied flat first): removing a quoted subject adds no header line and no FromName.
    if (hasHeaderLine(text)) out = removeHeaderSubjects(out, scope);
    if (quoted.sawFromName) out = pseudonymiseFromNames(out, scope);
    return out;
  },
};

/**
 * `Subject='…'`. The loop visits each `='` (a short search for a rare character beats a regex
 * scan for `Subject='`) and on the way notes whether the block holds a `FromName='`.
 */
function removeQuotedSubjects(text: string, scope: Scope): { text: string; sawFromName: boolean } {
  const splicer = new Splicer(text);
  let sawFromName = false;
  let matchEnd = 0;
  for (let at = text.indexOf("='"); at >= 0; at = text.indexOf("='", at + 1)) {
    if (!sawFromName && text.startsWith('FromName', at - 8)) sawFromName = true;
    // As a global regex would: no match starts inside the one before, nor right after a word.
    if (at - 7 < matchEnd || !text.startsWith('Subject', at - 7)) continue;
    if (isWordCode(text.charCodeAt(at - 8))) continue;
    SUBJECT_AT.lastIndex = at + 2;
    const m = SUBJECT_AT.exec(text);
    if (m === null) continue;
    matchEnd = SUBJECT_AT.lastIndex;
    const subject = m[1] as string;
    removeSubject(subject, at + 2, at + 2 + subject.length, splicer, scope);
  }
  return { text: splicer.finish(), sawFromName };
}

function removeHeaderSubjects(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  SUBJECT_HEADER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUBJECT_HEADER.exec(text)) !== null) {
    const subject = m[2] as string;
    removeSubject(
      subject,
      SUBJECT_HEADER.lastIndex - subject.length,
      SUBJECT_HEADER.lastIndex,
      splicer,
      scope,
    );
  }
  return splicer.finish();
}

function removeSubject(
  subject: string,
  start: number,
  end: number,
  splicer: Splicer,
  scope: Scope,
): void {
  if (subject.startsWith('[REDACTED')) return;
  scope.hit('mail-subject');
  splicer.replace(start, end, marker('mail-subject'));
}

/**
 * Whether a line starts with `subject:` in any case: a loop over line starts costs less than a
 * case-insensitive search through every character. Rarer line breaks leave it to the regex.
 */
function hasHeaderLine(text: string): boolean {
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029'))
    return SUBJECT_LABEL.test(text);
  for (let start = 0; start >= 0;) {
    if ((text.charCodeAt(start) | 32) === 115) {
      HEADER_START.lastIndex = start;
      if (HEADER_START.test(text)) return true;
    }
    const nl = text.indexOf('\n', start);
    start = nl < 0 ? -1 : nl + 1;
  }
  return false;
}

function pseudonymiseFromNames(text: string, scope: Scope): string {
  const splicer = new Splicer(text);
  FROM_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FROM_NAME.exec(text)) !== null) {
    const name = m[1] as string;
    if (name.trim() === '') continue;
    const token = scope.token('name', name);
    if (token === name) continue;
    scope.hit('mail-from-name');
    // Between `FromName='` and the name's end.
    const start = m.index + 10;
    splicer.replace(start, start + name.length, token);
  }
  return splicer.finish();
}
