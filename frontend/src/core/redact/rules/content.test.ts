import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskJql } from './helpers/jql.ts';
import { issueKey } from './issue-key.ts';
import { jql } from './jql.ts';
import { serverId } from './server-id.ts';
import { runRule } from '../test-support/harness.ts';

test('JQL keeps fields, operators, functions and dates; literal values go', () => {
  const masked = maskJql(
    'project = ACME AND assignee in (jsmith, "Jane Doe") AND summary ~ "printer fire" AND created >= -7d AND reporter = currentUser() ORDER BY priority DESC',
    () => undefined,
  );
  assert.equal(
    masked,
    'project = "[REDACTED:jql]" AND assignee in ("[REDACTED:jql]", "[REDACTED:jql]") AND summary ~ "[REDACTED:jql]" AND created >= -7d AND reporter = currentUser() ORDER BY priority DESC',
  );
  assert.equal(
    maskJql('status is EMPTY', () => undefined),
    'status is EMPTY',
  );
  assert.equal(
    runRule(jql, '"jql":"project = \\"ACME\\" AND text ~ secret"', 'json').out,
    '"jql":"project = \\"[REDACTED:jql]\\" AND text ~ \\"[REDACTED:jql]\\""',
  );
  assert.equal(
    runRule(jql, 'Executing JQL query: assignee = jdoe').out,
    'Executing JQL query: assignee = "[REDACTED:jql]"',
  );
});

test('project keys in issue links and fields; the issue number stays', () => {
  assert.equal(
    runRule(issueKey, 'GET /rest/api/2/issue/ACME-123 and /browse/OPS-7').out,
    'GET /rest/api/2/issue/⟨project#ACME⟩-123 and /browse/⟨project#OPS⟩-7',
  );
  assert.equal(runRule(issueKey, '"issueKey":"HR-9"').out, '"issueKey":"⟨project#HR⟩-9"');
  assert.equal(
    runRule(issueKey, '/rest/api/2/issue/createmeta').out,
    '/rest/api/2/issue/createmeta',
  );
});

test('Server IDs and SENs are pseudonymised; UUIDs, dates and plugin keys stay', () => {
  assert.equal(
    runRule(serverId, 'Server ID: B7XQ-2M4K-9PLC-T3ZA').out,
    'Server ID: ⟨serverid#B7XQ-2M4K-9PLC-T3ZA⟩',
  );
  assert.equal(
    runRule(serverId, 'server id SEN-1234567 and sen-L7654321').out,
    'server id ⟨sen#SEN-1234567⟩ and ⟨sen#SEN-L7654321⟩',
  );
  const keep = [
    'server id 9b1f2e3c-4d5a-6b7c-8d9e-0f1a2b3c4d5e',
    'server id 2024-01-15',
    'server id ABCD-EFGH-IJKL-MNOP',
    'sender',
  ];
  for (const line of keep) assert.equal(runRule(serverId, line).out, line, line);
});
