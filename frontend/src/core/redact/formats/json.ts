/**
 * JSON (REST answers, HAR files) redacted by structure: a value is judged by its key and its
 * siblings first (a password field, a user object's name, an issue's summary), and only
 * then by the text rules. The result is JSON again, indented as the input was.
 */
import type { JsonValue } from '../../model.ts';
import type { Rule, Scope } from '../types.ts';
import { runRules } from '../engine/run-rules.ts';
import { KEYED_SECRET_RULES } from '../rules/catalogue.ts';
import { maskJql } from '../rules/helpers/jql.ts';
import { isPlaceholderValue } from '../rules/helpers/key-value.ts';
import { marker } from '../rules/helpers/marker.ts';
import { classifyField, effectiveKey } from './fields.ts';

type JsonObject = { [key: string]: JsonValue };

export function parseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

export function redactJson(
  data: JsonValue,
  original: string,
  rules: readonly Rule[],
  scope: Scope,
): string {
  const walk = (value: JsonValue, key: string, parent: JsonObject | null): JsonValue => {
    if (typeof value === 'string') return redactString(value, key, parent, rules, scope);
    if (typeof value === 'number') {
      const secret = key ? secretRuleFor(key) : null;
      if (!secret) return value;
      scope.hit(secret);
      return marker(secret);
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key, parent));
    if (value !== null && typeof value === 'object') {
      const out: JsonObject = {};
      for (const [k, v] of Object.entries(value)) {
        out[k.length > 2 ? runRules(k, rules, scope) : k] = walk(v, effectiveKey(k, value), value);
      }
      return out;
    }
    return value;
  };
  return stringifyLike(walk(data, '', null), original);
}

function redactString(
  value: string,
  key: string,
  parent: JsonObject | null,
  rules: readonly Rule[],
  scope: Scope,
): string {
  if (key) {
    const secret = secretRuleFor(key);
    if (secret && !isPlaceholderValue(value)) {
      scope.hit(secret);
      // Keep the scheme of an Authorization header: it is diagnostic, the credentials are not.
      const scheme = secret === 'authorization' ? /^(\w+)\s+\S/.exec(value)?.[1] : undefined;
      return scheme ? `${scheme} ${marker(secret)}` : marker(secret);
    }
  }
  const action = parent && key ? classifyField(key, parent) : null;
  if (action && value.trim() !== '' && !isPlaceholderValue(value)) {
    if ('pseudonymise' in action) {
      const token = scope.token(action.pseudonymise, value);
      if (token !== value) scope.hit(`field-${action.pseudonymise}`);
      return token;
    }
    if ('remove' in action) {
      scope.hit(action.remove);
      return marker(action.remove);
    }
    return maskJql(value, () => scope.hit('jql'));
  }
  if (value.length < 3) return value;
  const nested = looksLikeJson(value) ? parseJson(value) : undefined;
  if (nested !== undefined && nested !== null && typeof nested === 'object') {
    // JSON inside a string (a HAR response body): redacted by its structure too.
    return redactJson(nested, value, rules, scope);
  }
  return runRules(value, rules, scope);
}

export function looksLikeJson(value: string): boolean {
  const c = value.charCodeAt(0);
  return (c === 123 || c === 91) && value.length > 1;
}

/** The id of the secret rule a key names, if any (`os_password`, `rawLicense`, `Cookie`, …). */
export function secretRuleFor(key: string): string | null {
  const k = key.toLowerCase();
  if (k === 'authorization' || k === 'proxy-authorization') return 'authorization';
  if (k === 'cookie' || k === 'set-cookie') return 'cookie';
  for (const rule of KEYED_SECRET_RULES) if (rule.matchesKey(key)) return rule.id;
  return null;
}

/** Same indentation as the input (compact stays compact), same trailing newline. */
function stringifyLike(value: JsonValue, original: string): string {
  const indent = /^[{[]\r?\n([ \t]+)/.exec(original.trimStart())?.[1];
  const text = indent ? JSON.stringify(value, null, indent) : JSON.stringify(value);
  return /\n$/.test(original) ? `${text}\n` : text;
}
