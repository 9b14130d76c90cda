/** The env that points the browser suite at a real Jira: read carefully, refused clearly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { externalJiraFromEnv, externalSandbox } from './external-jira.ts';

const ADMIN = { JIRA_ADMIN_USER: 'admin', JIRA_ADMIN_PASSWORD: 'FAKE-password' };

test('no JIRA_BASE_URL means the sandbox', () => {
  assert.equal(externalJiraFromEnv({}), undefined);
  assert.equal(externalJiraFromEnv({ JIRA_BASE_URL: '  ' }), undefined);
});

test('the context path comes from the URL, with or without a trailing slash', () => {
  const root = externalJiraFromEnv({ JIRA_BASE_URL: 'http://127.0.0.1:8080/', ...ADMIN });
  assert.deepEqual(
    { url: root?.url, origin: root?.origin, contextPath: root?.contextPath },
    { url: 'http://127.0.0.1:8080', origin: 'http://127.0.0.1:8080', contextPath: '' },
  );
  const jira = externalJiraFromEnv({ JIRA_BASE_URL: 'http://127.0.0.1:2990/jira/', ...ADMIN });
  assert.equal(jira?.url, 'http://127.0.0.1:2990/jira');
  assert.equal(jira?.contextPath, '/jira');
});

test('a plain user is optional; an admin is not', () => {
  const withUser = externalJiraFromEnv({
    JIRA_BASE_URL: 'http://127.0.0.1:8080',
    ...ADMIN,
    JIRA_USER: 'plain',
    JIRA_USER_PASSWORD: 'FAKE-user',
  });
  assert.deepEqual(withUser?.user, { username: 'plain', password: 'FAKE-user' });
  assert.throws(
    () => externalJiraFromEnv({ JIRA_BASE_URL: 'http://127.0.0.1:8080' }),
    /set JIRA_ADMIN_USER and JIRA_ADMIN_PASSWORD/,
  );
});

test('a base URL that is not an http(s) URL is refused with what to set', () => {
  assert.throws(() => externalJiraFromEnv({ JIRA_BASE_URL: 'jira:8080', ...ADMIN }), /http/);
  assert.throws(
    () => externalJiraFromEnv({ JIRA_BASE_URL: 'not a url', ...ADMIN }),
    /not a URL.*http:\/\/127\.0\.0\.1:8080/,
  );
});

test('sandbox-only controls refuse against a real Jira and name the tag to use', () => {
  const jira = externalJiraFromEnv({ JIRA_BASE_URL: 'http://127.0.0.1:8080', ...ADMIN });
  assert.ok(jira);
  const sandbox = externalSandbox(jira);
  assert.throws(() => sandbox.faults.set('/rest/', 'hang'), /@sandbox/);
  assert.throws(() => sandbox.clock.advanceMinutes(11), /@sandbox/);
  assert.throws(() => sandbox.requests(), /@sandbox/);
  assert.doesNotThrow(() => sandbox.faults.clear());
});
