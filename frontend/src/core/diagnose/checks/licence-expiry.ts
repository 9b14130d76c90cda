/** Licence expired or near expiry, maintenance expired, or the licence not valid. */
import { DAY_MS, DOCS, finding, type Check } from '../check.ts';

const NEAR_DAYS = 30;

export const licenceExpiryCheck: Check = {
  id: 'licence-expiry',
  title: 'The licence is valid and current',
  docUrl: DOCS.licensing,
  run(facts, ctx) {
    const licence = facts.licence;
    if (!licence) return [];
    const expiry = licence.expiryDate ? Date.parse(licence.expiryDate) : NaN;
    const days = Number.isNaN(expiry) ? undefined : Math.floor((expiry - ctx.now) / DAY_MS);
    const details = [
      ...(licence.licenseType
        ? [`type: ${licence.licenseType}${licence.evaluation ? ' (evaluation)' : ''}`]
        : []),
      ...(licence.expiryDate ? [`expires: ${licence.expiryDate.slice(0, 10)}`] : []),
    ];
    if (licence.valid === false || (days !== undefined && days < 0)) {
      return [
        finding(this, 'problem', {
          title: licence.valid === false ? 'The licence is not valid' : 'The licence has expired',
          why: 'With an expired or invalid licence, Jira stops issue creation and updates.',
          action:
            'Renew the licence (my.atlassian.com) and enter the new key in Versions & licenses.',
          details,
        }),
      ];
    }
    if (days !== undefined && days < NEAR_DAYS) {
      return [
        finding(this, 'warning', {
          title: `The licence expires in ${days} day(s)`,
          why: 'When it expires, Jira stops issue creation and updates.',
          action: 'Renew the licence now.',
          details,
        }),
      ];
    }
    if (licence.maintenanceExpired) {
      return [
        finding(this, 'warning', {
          title: 'Software maintenance has expired',
          why: 'Without maintenance there is no Atlassian support and no upgrade past the maintenance date.',
          action: 'Renew maintenance before upgrading Jira or raising Atlassian support requests.',
          details,
        }),
      ];
    }
    return [
      finding(this, 'ok', {
        title: 'The licence is valid',
        why: 'Jira is fully licensed.',
        action: '',
        details,
      }),
    ];
  },
};
