/** More users than seats in an application role, or nearly so. */
import { DOCS, finding, type Check } from '../check.ts';

const NEAR_SHARE = 0.9;

export const licenceSeatsCheck: Check = {
  id: 'licence-seats',
  title: 'User counts are within the licensed seats',
  docUrl: DOCS.licensing,
  run(facts) {
    const roles = facts.applicationRoles?.filter(
      (r) => !r.hasUnlimitedSeats && (r.numberOfSeats ?? 0) > 0 && r.userCount !== undefined,
    );
    if (!roles || roles.length === 0) return [];
    const describe = (r: (typeof roles)[number]) =>
      `${r.name || r.key}: ${r.userCount} of ${r.numberOfSeats} seats`;
    const over = roles.filter((r) => (r.userCount ?? 0) > (r.numberOfSeats ?? 0));
    const near = roles.filter(
      (r) => !over.includes(r) && (r.userCount ?? 0) >= NEAR_SHARE * (r.numberOfSeats ?? 0),
    );
    if (over.length > 0) {
      return [
        finding(this, 'problem', {
          title: 'More users than licensed seats',
          why: 'Over the limit, users of that application cannot create or edit issues.',
          action: 'Remove application access from inactive users, or buy a larger tier.',
          details: [...over, ...near].map(describe),
        }),
      ];
    }
    if (near.length > 0) {
      return [
        finding(this, 'warning', {
          title: 'Licensed seats nearly used up',
          why: 'When seats run out, new users cannot work in that application.',
          action: 'Plan a larger tier or clean up inactive users.',
          details: near.map(describe),
        }),
      ];
    }
    return [
      finding(this, 'ok', {
        title: 'Enough licensed seats',
        why: 'Every role has room for more users.',
        action: '',
        details: roles.map(describe),
      }),
    ];
  },
};
