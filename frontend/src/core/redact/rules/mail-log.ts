/**
 * Outgoing mail logs: `Subject='…'` carries issue summaries (removed) and `FromName='…'`
 * a display name (pseudonymised). Addresses are left to the e-mail rule.
 */
import type { Rule } from '../types.ts';
import { marker } from './helpers/marker.ts';
import { HINT } from './helpers/hints.ts';

// Literal first (`\b` before it checked by a lookbehind) so irregexp skips through the text.
const SUBJECT = /(Subject=')(?<!\wSubject=')(.*?)('(?=\s+[A-Z]\w*=|\s*$))/gm;
const SUBJECT_HEADER = /^(Subject:[ \t]*)(\S.*)$/gim;
/** Each form runs only when its label occurs (exact gates: no label, no match). */
const SUBJECT_LABEL = /subject:/i;
const FROM_NAME = /(\bFromName=')(.*?)((?: \([^)]*\))?'(?=\s|$))/gm;

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
    const removeSubject = (all: string, lead: string, subject: string, tail = ''): string => {
      if (subject.startsWith('[REDACTED')) return all;
      scope.hit('mail-subject');
      return lead + marker('mail-subject') + tail;
    };
    let out = text;
    if (out.includes("Subject='"))
      out = out.replace(SUBJECT, (all, lead: string, s: string, tail: string) =>
        removeSubject(all, lead, s, tail),
      );
    if (SUBJECT_LABEL.test(out))
      out = out.replace(SUBJECT_HEADER, (all, lead: string, s: string) =>
        removeSubject(all, lead, s),
      );
    if (!out.includes("FromName='")) return out;
    return out.replace(FROM_NAME, (all, lead: string, name: string, tail: string) => {
      if (name.trim() === '') return all;
      const token = scope.token('name', name);
      if (token === name) return all;
      scope.hit('mail-from-name');
      return lead + token + tail;
    });
  },
};
