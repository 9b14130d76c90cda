/** `Basic <base64 of user:password>` in Authorization headers. */
import type { Rule } from '../types.ts';
import { decodeBase64 } from './helpers/base64.ts';
import { marker } from './helpers/marker.ts';
import { HINT } from './helpers/hints.ts';

const BASIC = /\b(basic)(\s+)([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])/gi;

export const basicAuth: Rule = {
  id: 'basic-auth',
  ruleClass: 'secret',
  method: 'remove',
  description: 'Basic authentication credentials (base64 of user:password).',
  hints: [HINT.basic],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    return text.replace(BASIC, (all, word: string, gap: string, b64: string) => {
      if (!decodesToCredentials(b64)) return all;
      scope.hit('basic-auth');
      return `${word}${gap}${marker('basic-auth')}`;
    });
  },
};

function decodesToCredentials(b64: string): boolean {
  return decodeBase64(b64)?.includes(':') === true;
}
