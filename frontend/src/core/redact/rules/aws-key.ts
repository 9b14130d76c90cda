/** AWS access key ids (`AKIA…`) and the 40-character secret keys written next to an AWS key name. */
import type { Rule } from '../types.ts';
import { marker } from './helpers/marker.ts';

const KEY_ID = /\b(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA)[A-Z0-9]{16}\b/g;
const SECRET =
  /(aws[\w.-]{0,30}?(?:secret|key)[\w.-]{0,20}["']?\s*[:=]\s*["']?)([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi;

export const awsKey: Rule = {
  id: 'aws-key',
  ruleClass: 'secret',
  method: 'remove',
  description: 'AWS access key ids and secret access keys.',
  // Secret keys are also caught by the secret-token rule (their keys name a secret).
  hints: ['AKIA', 'ASIA', 'aws', 'AWS'],
  since: '2026.11.1',
  changed: '2026.11.1',
  apply(text, scope) {
    const out = text.replace(KEY_ID, () => {
      scope.hit('aws-key');
      return marker('aws-key');
    });
    return out.replace(SECRET, (_all, lead: string) => {
      scope.hit('aws-key');
      return lead + marker('aws-key');
    });
  },
};
