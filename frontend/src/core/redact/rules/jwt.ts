/** JSON Web Tokens: three base64url parts, the first two starting `eyJ` (`{"`). */
import type { Rule } from '../types.ts';
import { isWordCode } from './helpers/chars.ts';
import { marker } from './helpers/marker.ts';
import { Splicer } from './helpers/replace.ts';

/** The token from its `eyJ` on (the leading `\b` is checked on char codes). */
const JWT_AT = /eyJ[A-Za-z0-9_-]{6,}\.eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*/y;
const MARK = marker('jwt');
const LOWER_E = 101;

export const jwt: Rule = {
  id: 'jwt',
  ruleClass: 'secret',
  method: 'remove',
  description: 'JSON Web Tokens (header.payload.signature).',
  hints: ['eyJ'],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    const splicer = new Splicer(text);
    // `yJ` is found much faster than `eyJ`: `e` is the commonest letter, which slows the search.
    let at = text.indexOf('yJ', 1);
    while (at >= 0) {
      const start = at - 1;
      let next = at + 1;
      if (text.charCodeAt(start) === LOWER_E && !isWordCode(text.charCodeAt(start - 1))) {
        JWT_AT.lastIndex = start;
        if (JWT_AT.test(text)) {
          splicer.replace(start, JWT_AT.lastIndex, MARK);
          scope.hit('jwt');
          // The next token starts after this one.
          next = JWT_AT.lastIndex + 1;
        }
      }
      at = text.indexOf('yJ', next);
    }
    return splicer.finish();
  },
};
