/** Values of keys naming a token, secret, API key, credential or signature (OAuth secrets too). */
import { isAboutASecret } from './helpers/key-words.ts';
import { keyValueRule } from './helpers/key-value.ts';
import { HINT } from './helpers/hints.ts';

export const secretToken = keyValueRule({
  id: 'secret-token',
  description: 'Tokens, secrets, API keys, credentials and signatures named by their key.',
  hints: [HINT.token, HINT.secret, HINT.key, HINT.credential],
  since: '2026.11.1',
  changed: '2026.11.3',
  keyword:
    /token|secret|api[._-]?key|access[._-]?key|private[._-]?key|shared[._-]?key|encryption[._-]?key|credentials?|signature|oauth_verifier/gi,
  anchors: [/token/gi, /secret/gi, /key/gi, /credential/gi, /signature/gi, /oauth_verifier/gi],
  // One scan for the six words (an alternation of all six scans three times slower): `ke` leads
  // key and token, `cre` secret and credential, and lookbehinds check the rest.
  scans: [/ke(?:y|(?<=toke)n)|cre(?:(?<=secre)t|dential)|signature|oauth_verifier/gi],
  isSecretKey(key) {
    const core = key
      .replace(/^-D/, '')
      .replace(
        /tokens?|secrets?|api[._-]?key|access[._-]?key|private[._-]?key|credentials?/gi,
        ' ',
      );
    return !isAboutASecret(core) && !isAboutASecret(key);
  },
  // `token.timeout=600` is caught above; a bare small number or a word is not a token.
  isSecretValue: (v) =>
    !/^\d{1,6}$/.test(v) && !/^(?:bearer|basic|none|required|optional)$/i.test(v),
});
