// Evaluates web-fragment and web-resource conditions for the classes the sandbox knows.
import type { Condition } from './descriptor.ts';
import { isAdmin, isSysAdmin, type SandboxUser } from './sessions.ts';

const PREFIX = 'com.atlassian.jira.plugin.webfragment.conditions.';

const KNOWN: Record<string, (user: SandboxUser | undefined) => boolean> = {
  [`${PREFIX}UserIsSysAdminCondition`]: isSysAdmin,
  [`${PREFIX}UserIsAdminCondition`]: isAdmin,
  [`${PREFIX}UserLoggedInCondition`]: (user) => user !== undefined,
};

const warned = new Set<string>();

export function conditionHolds(
  condition: Condition | undefined,
  user: SandboxUser | undefined,
): boolean {
  if (!condition) return true;
  switch (condition.kind) {
    case 'and':
      return condition.conditions.every((c) => conditionHolds(c, user));
    case 'or':
      return condition.conditions.some((c) => conditionHolds(c, user));
    case 'class': {
      const test = KNOWN[condition.className];
      if (!test && !warned.has(condition.className)) {
        // Real Jira would fail to load a module whose condition class does not exist.
        warned.add(condition.className);
        console.warn(`sandbox: unknown condition class ${condition.className}; treated as true`);
      }
      const holds = test ? test(user) : true;
      return condition.invert ? !holds : holds;
    }
  }
}
