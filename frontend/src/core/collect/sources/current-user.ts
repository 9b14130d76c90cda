/** The admin generating the bundle (pseudonymised by redaction). */
import { asRecord, asString, compact } from '../json.ts';
import type { Source } from '../types.ts';
import { learnedValues, singleEndpoint } from './results.ts';

export const currentUserSource: Source = {
  id: 'current-user',
  title: 'Current administrator',
  description: 'Your own account: time zone, locale, groups (name and e-mail pseudonymised).',
  defaultOn: true,
  typicalBytes: 1500,
  enabled: () => true,
  collect: (ctx) =>
    singleEndpoint(ctx, {
      sourceId: 'current-user',
      endpoint: '/rest/api/2/myself',
      itemPath: 'jira/current-user.json',
      facts: (json) => {
        const user = asRecord(json) ?? {};
        return {
          currentUser: compact({
            timeZone: asString(user['timeZone']),
            locale: asString(user['locale']),
          }),
        };
      },
      learned: (json) => {
        const user = asRecord(json) ?? {};
        return learnedValues([
          ['user', asString(user['name'])],
          ['userkey', asString(user['key'])],
          ['email', asString(user['emailAddress'])],
          ['name', asString(user['displayName'])],
        ]);
      },
    }),
};
