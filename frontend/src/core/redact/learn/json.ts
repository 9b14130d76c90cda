/** Learning from JSON (Jira REST answers, HAR files): every field `classifyField` recognises. */
import type { JsonValue } from '../../model.ts';
import type { LearnedValues } from '../engine/learned.ts';
import { classifyField, effectiveKey } from '../formats/fields.ts';
import { decodeBase64Text, looksLikeJson, parseJson } from '../formats/json.ts';
import { jqlLiterals } from '../rules/helpers/jql.ts';
import { learnKeyValue } from './keys.ts';

type JsonObject = { [key: string]: JsonValue };

/** The instance title in a Jira page kept in a HAR (the company's name, as a rule). */
const APP_TITLE_META = /name="ajs-app-title"\s+content="([^"]{1,2000})"/;

export function learnJson(data: JsonValue, learned: LearnedValues): void {
  const stack: JsonValue[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === 'object') {
      learnObject(value, learned);
      stack.push(...Object.values(value));
    }
  }
}

function learnObject(obj: JsonObject, learned: LearnedValues): void {
  for (const [k, raw] of Object.entries(obj)) {
    if (typeof raw !== 'string') continue;
    // HAR content kept as base64 is learned from as the text it encodes.
    const v = k === 'text' && obj.encoding === 'base64' ? (decodeBase64Text(raw) ?? raw) : raw;
    if (looksLikeJson(v)) {
      const nested = parseJson(v);
      if (nested !== undefined && nested !== null && typeof nested === 'object') {
        learnJson(nested, learned);
        continue;
      }
    }
    if (v.includes('ajs-app-title')) learnAppTitle(v, learned);
    const key = effectiveKey(k, obj);
    const action = classifyField(key, obj);
    if (!action) learnKeyValue(key, v, learned);
    else if ('pseudonymise' in action) learned.add(action.pseudonymise, v);
    else if ('remove' in action) learnText(v, learned);
    else for (const lit of jqlLiterals(v)) learned.add('jql', lit);
  }
}

function learnAppTitle(html: string, learned: LearnedValues): void {
  const title = APP_TITLE_META.exec(html)?.[1];
  if (title) learnKeyValue('ajs-app-title', title.replace(/&amp;/g, '&'), learned);
}

/** Free text: the whole value, and each long line of it (a description quoted in a mail). */
function learnText(text: string, learned: LearnedValues): void {
  if (text.length <= 2000) learned.add('issue-text', text);
  for (const line of text.split(/\r?\n/))
    if (line.trim().length >= 20) learned.add('issue-text', line);
}
