import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupName } from './group-name.ts';
import { runRule } from '../test-support/harness.ts';

test('group names after a group label are pseudonymised as groups', () => {
  const cases: [string, string][] = [
    [
      "Adding user 'user-1' to group 'jira-fake-hr-confidential'",
      "Adding user 'user-1' to group '⟨group#jira-fake-hr-confidential⟩'",
    ],
    [
      'User bob removed from group "Acme Fake Payroll Admins".',
      'User bob removed from group "⟨group#Acme Fake Payroll Admins⟩".',
    ],
    ['Adding user x to group jira-fake-ops.', 'Adding user x to group ⟨group#jira-fake-ops⟩.'],
    ['Group: "fake finance"', 'Group: "⟨group#fake finance⟩"'],
    [
      'GET /rest/api/2/group/member?groupname=Acme+Fake+Payroll+Admins&startAt=0 HTTP/1.1',
      'GET /rest/api/2/group/member?groupname=⟨group#Acme Fake Payroll Admins⟩&startAt=0 HTTP/1.1',
    ],
    [
      'POST /rest/api/2/group/user?groupName=fake-team',
      'POST /rest/api/2/group/user?groupName=⟨group#fake-team⟩',
    ],
  ];
  for (const [input, expected] of cases) assert.equal(runRule(groupName, input).out, expected);
});

test("Jira's built-in groups, DNs and sentence words after `group` stay", () => {
  const keep = [
    "Adding user 'x' to group 'jira-software-users'",
    'removed from group "jira-administrators"',
    'groupname=jira-servicedesk-users',
    "group 'site-admins' and group 'Confluence-Users'",
    'LDAP sync group "cn=⟨name#x⟩,ou=groups,dc=example"',
    'Adding user to group membership cache',
    'The group: Connection refused while syncing',
    'subgroup "fake-x" and usergroup=fake-y',
    'GroupManager group by name',
    "group '⟨group#x⟩'",
  ];
  for (const line of keep) assert.equal(runRule(groupName, line).out, line);
});
