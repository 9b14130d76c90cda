import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messageHost } from './message-host.ts';
import { runRule } from '../test-support/harness.ts';

test('hosts of UNC paths, plain and escaped', () => {
  assert.equal(
    runRule(messageHost, 'attachments at \\\\FILESRV-FAKE02\\share$\\jira missing').out,
    'attachments at \\\\⟨host#FILESRV-FAKE02⟩\\share$\\jira missing',
  );
  assert.equal(
    runRule(messageHost, '"path":"\\\\\\\\filesrv-fake02\\\\share\\\\x"', 'json').out,
    '"path":"\\\\\\\\⟨host#filesrv-fake02⟩\\\\share\\\\x"',
  );
  assert.equal(
    runRule(messageHost, 'copy to \\\\nas7.corp.example-fake.net\\backup').out,
    'copy to \\\\⟨host#nas7.corp.example-fake.net⟩\\backup',
  );
});

test('single-label hosts before a port in connection messages', () => {
  const cases: [string, string][] = [
    [
      'org.postgresql.util.PSQLException: Connection to postgres-fake:5432 refused.',
      'org.postgresql.util.PSQLException: Connection to ⟨host#postgres-fake⟩:5432 refused.',
    ],
    [
      'Connect to jira-db-fake:3306 [jira-db-fake/10.0.0.5] failed: Connect timed out',
      'Connect to ⟨host#jira-db-fake⟩:3306 [⟨host#jira-db-fake⟩/10.0.0.5] failed: Connect timed out',
    ],
    ['connecting to pgfake01:5432', 'connecting to ⟨host#pgfake01⟩:5432'],
  ];
  for (const [input, expected] of cases) assert.equal(runRule(messageHost, input).out, expected);
});

test('escapes, Windows drive paths, loopback, generic service names, threads and versions stay', () => {
  const keep = [
    'pattern "\\\\d+\\\\.\\\\d+" and \\\\w\\\\s',
    'C:\\\\Program Files\\\\Atlassian\\\\JIRA',
    'C:\\Users\\x and \\\\?\\C:\\long and \\\\.\\pipe\\x',
    'message "line\\\\nError\\\\n at x"',
    'Connection to localhost:5432 refused',
    'Connection to postgres:5432 refused; Connect to db:3306 timed out',
    'Connection to 127.0.0.1:5432 refused',
    'http-nio-8080-exec-1 connection pool to com.atlassian.jira.Foo:12 Jira 9.12.4:8080',
    'Connected to Jira 9.12.4:8080 via http-nio-8080-exec-1',
    'connection to http://example:8080',
    'reconnect to ⟨host#x⟩:5432',
  ];
  for (const line of keep) assert.equal(runRule(messageHost, line).out, line);
});
