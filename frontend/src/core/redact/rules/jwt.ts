/** JSON Web Tokens: three base64url parts, the first two starting `eyJ` (`{"`). */
import type { Rule } from '../types.ts';
import { marker } from './helpers/marker.ts';

const JWT = /\beyJ[A-Za-z0-9_-]{6,}\.eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*/g;

export const jwt: Rule = {
  id: 'jwt',
  ruleClass: 'secret',
  method: 'remove',
  description: 'JSON Web Tokens (header.payload.signature).',
  hints: ['eyJ'],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    return text.replace(JWT, () => {
      scope.hit('jwt');
      return marker('jwt');
    });
  },
};
