/** Application roles with seats and user counts. */
import { asArray, asBoolean, asNumber, asRecord, asString, compact } from '../json.ts';
import type { Source } from '../types.ts';
import { singleEndpoint } from './results.ts';

export const applicationRolesSource: Source = {
  id: 'application-roles',
  title: 'Application roles',
  description: 'Seats, remaining seats and user counts per application.',
  defaultOn: true,
  typicalBytes: 1000,
  enabled: () => true,
  collect: (ctx) =>
    singleEndpoint(ctx, {
      sourceId: 'application-roles',
      endpoint: '/rest/api/2/applicationrole',
      itemPath: 'jira/application-roles.json',
      facts: (json) => ({
        applicationRoles: asArray(json).map((raw) => {
          const role = asRecord(raw) ?? {};
          return compact({
            key: asString(role['key']) ?? '',
            name: asString(role['name']) ?? '',
            numberOfSeats: asNumber(role['numberOfSeats']),
            remainingSeats: asNumber(role['remainingSeats']),
            userCount: asNumber(role['userCount']),
            hasUnlimitedSeats: asBoolean(role['hasUnlimitedSeats']),
          });
        }),
      }),
    }),
};
