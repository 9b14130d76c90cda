/** Licence keys: `rawLicense`-style keys and the long `AAAB…` blocks Atlassian licences are. */
import type { Rule } from '../types.ts';
import { keyWords } from './helpers/key-words.ts';
import { keyValueRule } from './helpers/key-value.ts';
import { marker } from './helpers/marker.ts';
import { HINT } from './helpers/hints.ts';

const LICENSE_BLOCK = /\bAAAB[A-Za-z0-9+/=]{40,}(?:(?:\\r)?(?:\\n|\r?\n)[A-Za-z0-9+/=]{8,})*/g;
const SECRET_WORDS = new Set([
  'raw',
  'key',
  'string',
  'text',
  'hash',
  'blob',
  'data',
  'license',
  'licence',
]);

const byKey = keyValueRule({
  id: 'license-key',
  description: 'Licence keys named by their key (rawLicense, licenseKey, <license>).',
  hints: [HINT.licence],
  since: '2026.11.1',
  changed: '2026.11.1',
  keyword: /licen[cs]e/gi,
  isSecretKey(key) {
    const words = keyWords(key);
    const rest = words.filter((w) => w !== 'license' && w !== 'licence');
    return rest.length === 0 ? true : rest.every((w) => SECRET_WORDS.has(w) || w === 'jira');
  },
  isSecretValue: (v) => v.length >= 20 && !/\s/.test(v.slice(0, 20)),
});

export const licenseKey: Rule & { matchesKey(key: string): boolean } = {
  ...byKey,
  description: 'Licence keys: rawLicense-style keys and AAAB… licence blocks.',
  hints: [HINT.licence, 'AAAB'],
  apply(text, scope) {
    const out = byKey.apply(text, scope);
    return out.replace(LICENSE_BLOCK, () => {
      scope.hit('license-key');
      return marker('license-key');
    });
  },
};
