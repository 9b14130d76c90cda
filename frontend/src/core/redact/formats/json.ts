/**
 * JSON (REST answers, HAR files) redacted by structure: a value is judged by its key and its
 * siblings first (a password field, a user object's name, an issue's summary), and only
 * then by the text rules. The result is JSON again, indented as the input was. Repeated
 * strings (keys of every array element, common values) are redacted once per document.
 */
import type { JsonValue } from '../../model.ts';
import type { PseudonymKind, Rule, Scope } from '../types.ts';
import { isBinary } from '../binary.ts';
import { runRules } from '../engine/run-rules.ts';
import { KEYED_SECRET_RULES } from '../rules/catalogue.ts';
import { redactCookieList } from '../rules/cookie-header.ts';
import { decodeBase64 } from '../rules/helpers/base64.ts';
import { maskJql } from '../rules/helpers/jql.ts';
import { isKeyNameValue, isPlaceholderValue } from '../rules/helpers/key-value.ts';
import { marker } from '../rules/helpers/marker.ts';
import { classifyField, effectiveKey, isCustomField, isCustomFieldContent } from './fields.ts';

type JsonObject = { [key: string]: JsonValue };

export function parseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

export function looksLikeJson(value: string): boolean {
  const c = value.charCodeAt(0);
  return (c === 123 || c === 91) && value.length > 1;
}

/** Rules run on object keys: keys are code names, but maps keyed by e-mail, host or user exist. */
const KEY_RULE_IDS = new Set(['email', 'hostname', 'ipv4', 'ipv6', 'learned']);

/** What a JSON pass tells its caller beyond the text. */
export interface JsonPassState {
  /**
   * Base64 content held a value met for the first time: its placeholder is encoded out of the
   * engine's reach, so the pass must run again once the new values have their tokens.
   */
  base64Deferred: boolean;
}

export function redactJson(
  data: JsonValue,
  original: string,
  rules: readonly Rule[],
  scope: Scope,
  state: JsonPassState = { base64Deferred: false },
): string {
  const memo = new Memo(scope, state);
  const keyRules = rules.filter((r) => KEY_RULE_IDS.has(r.id));
  // `inCustomField`: below an issue's `customfield_…`, whose strings are the customer's content.
  const walk = (
    value: JsonValue,
    key: string,
    parent: JsonObject | null,
    inCustomField: boolean,
  ): JsonValue => {
    if (typeof value === 'string')
      return redactString(value, key, parent, rules, memo, inCustomField);
    if (typeof value === 'number') {
      const secret = key ? secretRuleFor(key) : null;
      if (!secret) return value;
      scope.hit(secret);
      return marker(secret);
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key, parent, inCustomField));
    if (value !== null && typeof value === 'object') {
      const out: JsonObject = {};
      const base64 = value.encoding === 'base64';
      for (const [k, v] of Object.entries(value)) {
        const newKey = k.length > 2 ? memo.run(memo.keys, k, keyRules) : k;
        const custom = inCustomField || isCustomField(key, k);
        out[newKey] =
          base64 && k === 'text' && typeof v === 'string'
            ? redactBase64(v, value, rules, memo)
            : walk(v, effectiveKey(k, value), value, custom);
      }
      return out;
    }
    return value;
  };
  return stringifyLike(walk(data, '', null, false), original);
}

function redactString(
  value: string,
  key: string,
  parent: JsonObject | null,
  rules: readonly Rule[],
  memo: Memo,
  inCustomField: boolean,
): string {
  const scope = memo.scope;
  if (key) {
    const secret = secretRuleFor(key);
    if (secret && !isPlaceholderValue(value) && !isKeyNameValue(key, value)) {
      // Cookie names and the Authorization scheme are diagnostic; the values are not.
      if (secret === 'cookie' && value.includes('=')) return redactCookieList(value, scope);
      scope.hit(secret);
      const scheme = secret === 'authorization' ? /^(\w+)\s+\S/.exec(value)?.[1] : undefined;
      return scheme ? `${scheme} ${marker(secret)}` : marker(secret);
    }
  }
  const action = parent && key ? classifyField(key, parent) : null;
  if (action && value.trim() !== '' && !isPlaceholderValue(value)) {
    if ('pseudonymise' in action) return pseudonymise(action.pseudonymise, value, scope);
    if ('remove' in action) {
      scope.hit(action.remove);
      return marker(action.remove);
    }
    return maskJql(value, () => scope.hit('jql'));
  }
  if (inCustomField && !action && isCustomFieldContent(key, value) && !isPlaceholderValue(value)) {
    scope.hit('issue-text');
    return marker('issue-text');
  }
  if (value.length < 3) return value;
  const nested = looksLikeJson(value) ? parseJson(value) : undefined;
  if (nested !== undefined && nested !== null && typeof nested === 'object') {
    // JSON inside a string (a HAR response body): redacted by its structure too.
    return redactJson(nested, value, rules, scope, memo.state);
  }
  return memo.run(memo.values, value, rules);
}

/** A placeholder of `engine/deferred.ts`, plain, URL-encoded or JSON-escaped. */
const DEFERRED_TOKEN = new RegExp(`${String.fromCharCode(0)}[TR]\\d|%00[TR]\\d|\\\\u0000[TR]\\d`);

/** HAR content kept as base64 (`"encoding": "base64"`): redacted as the text it encodes. */
function redactBase64(
  encoded: string,
  parent: JsonObject,
  rules: readonly Rule[],
  memo: Memo,
): string {
  const text = decodeBase64Text(encoded);
  // Binary content (an image, a font) has nothing a rule could read; it stays as it is.
  if (text === undefined) return encoded;
  const out = redactString(text, 'text', parent, rules, memo, false);
  if (out === text) return encoded;
  if (DEFERRED_TOKEN.test(out)) memo.state.base64Deferred = true;
  return encodeBase64Text(out);
}

/** The UTF-8 text a base64 string encodes; undefined when it is not base64 or not text. */
export function decodeBase64Text(encoded: string): string | undefined {
  const binary = decodeBase64(encoded.replace(/\s+/g, ''));
  if (binary === undefined) return undefined;
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  if (isBinary(bytes)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function encodeBase64Text(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // In slices: one `fromCharCode` call over megabytes would overflow the argument stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return globalThis.btoa(binary);
}

function pseudonymise(kind: PseudonymKind, value: string, scope: Scope): string {
  const token = scope.token(kind, value);
  if (token !== value) scope.hit(`field-${kind}`);
  return token;
}

/**
 * Remembers each distinct string's redaction (and the hits it made) for one document: the
 * same key in 20 000 array elements is redacted once. Safe because tokens are deterministic
 * and a pass that met new values is run again from scratch.
 */
class Memo implements Scope {
  readonly keys = new Map<string, { out: string; hits: string[] }>();
  readonly values = new Map<string, { out: string; hits: string[] }>();
  private hits: string[] = [];
  readonly path: string;
  readonly format: Scope['format'];

  constructor(
    readonly scope: Scope,
    readonly state: JsonPassState,
  ) {
    this.path = scope.path;
    this.format = scope.format;
  }

  token(kind: PseudonymKind, value: string, escaping?: 'regex'): string {
    return this.scope.token(kind, value, escaping);
  }

  isToken(value: string): boolean {
    return this.scope.isToken(value);
  }

  hit(id: string): void {
    this.hits.push(id);
    this.scope.hit(id);
  }

  run(
    results: Map<string, { out: string; hits: string[] }>,
    text: string,
    rules: readonly Rule[],
  ): string {
    const known = results.get(text);
    if (known) {
      for (const id of known.hits) this.scope.hit(id);
      return known.out;
    }
    this.hits = [];
    const out = runRules(text, rules, this);
    if (results.size < 100_000) results.set(text, { out, hits: this.hits });
    return out;
  }
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
