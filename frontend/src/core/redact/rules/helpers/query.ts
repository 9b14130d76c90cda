/**
 * Query strings (`?a=1&b=2`, also `&amp;` and JDBC `;k=v`): each value is handled by what
 * its key says it is (a secret, a user, JQL, free text, or a URL to look into).
 */
import type { Scope } from '../../types.ts';
import { maskJql } from './jql.ts';
import { marker } from './marker.ts';

export interface QueryHandlers {
  isSecretKey(key: string): boolean;
  /** Redacts a URL found inside a value (`os_destination=https%3A%2F%2F…`). */
  redactNestedUrl(url: string): string;
}

const PAIR = /([^=&;#?\s]+)=([^&;#\s]*)/g;
const USER_KEYS =
  /^(?:os_username|username|user|user_?name|userkey|user_key|assignee|reporter|owner|login|j_username)$/i;
const EMAIL_KEYS = /^(?:email|e-?mail_?address|mail)$/i;
const TEXT_KEYS = /^(?:summary|description|comment|query|q|searchstring|text|body|environment)$/i;

export function redactQuery(query: string, scope: Scope, handlers: QueryHandlers): string {
  return query.replace(PAIR, (pair, key: string, value: string) => {
    if (value === '' || value.startsWith('[REDACTED') || value.startsWith('%5BREDACTED'))
      return pair;
    const k = key.replace(/^amp;/, '');
    const lead = pair.slice(0, pair.length - value.length);
    if (handlers.isSecretKey(k)) {
      scope.hit('url-query-secret');
      return lead + marker('url-query-secret');
    }
    const decoded = decodeFormValue(value);
    if (k.toLowerCase() === 'jql') {
      const masked = maskJql(decoded, () => scope.hit('jql'));
      return lead + (masked === decoded ? value : encodeURIComponent(masked));
    }
    if (TEXT_KEYS.test(k)) {
      scope.hit('url-query-text');
      return lead + marker('url-query-text');
    }
    if (USER_KEYS.test(k)) {
      scope.hit('url-user');
      return lead + scope.token('user', decoded);
    }
    if (EMAIL_KEYS.test(k) && decoded.includes('@')) return lead + scope.token('email', decoded);
    if (decoded.includes('://')) {
      const inner = handlers.redactNestedUrl(decoded);
      return inner === decoded
        ? pair
        : lead + (decoded === value ? inner : encodeURIComponent(inner));
    }
    return pair;
  });
}

/** A form value (`+` for blanks, `%xx`) decoded; as written when its escapes are broken. */
export function decodeFormValue(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}
