/**
 * A later rule whose match holds an earlier rule's output (a placeholder of engine/deferred.ts
 * in the same batch, a token in a later one) never asks a token for that output: the private
 * map holds only real values, and nothing the later rule matched is left in clear.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Redactor } from './index.ts';
import { newRedactor } from './test-support/harness.ts';

/** Map entries whose original holds a placeholder (plain or URL-encoded) or another token. */
function badEntries(r: Redactor): string[] {
  const entries = r.privateMap().entries;
  const tokens = entries.map((e) => e.token.toLowerCase());
  return entries
    .filter(
      (e) =>
        e.original.includes('\u0000') ||
        e.original.includes('%00T') ||
        tokens.some((t) => e.original.toLowerCase().includes(t)),
    )
    .map((e) => JSON.stringify(e));
}

test('a Kerberos principal in jaas.conf: no placeholder in the private map, nothing left in clear', async () => {
  const r = newRedactor();
  const jaas =
    'JiraSpnego {\n  com.sun.security.auth.module.Krb5LoginModule required\n' +
    '  principal="HTTP/jira-fake01.corp.example-fake.net@CORP.EXAMPLE-FAKE.NET"\n' +
    '  useKeyTab=true;\n};\n';
  const out = await r.redactText('jaas.conf', jaas);
  assert.deepEqual(badEntries(r), []);
  assert.doesNotMatch(out, /example-fake|jira-fake01/i, out);
  assert.ok(!out.includes('\u0000'), out);
  // The service names no one and tells which SPN Jira uses.
  assert.match(out, /principal="HTTP\/email-[0-9a-f]{8}@example\.invalid"/, out);
  // The same line in a later file, with the e-mail's token already known, comes out the same.
  assert.equal(await r.redactText('other/jaas.conf', jaas), out);
});

test('a user principal with an instance: the user is pseudonymised on its own', async () => {
  const r = newRedactor();
  const out = await r.redactText(
    'krb.log',
    'login principal=jdoe-fake/admin@CORP.EXAMPLE-FAKE.NET ok\n',
  );
  assert.deepEqual(badEntries(r), []);
  assert.doesNotMatch(out, /jdoe-fake|admin@|example-fake/i, out);
  const user = await r.pseudonym('user', 'jdoe-fake');
  assert.ok(out.includes(`principal=${user}/email-`), out);
});

test('user labels over URLs, e-mails over URL user-info, LDAP DNs: no token of a token', async () => {
  const r = newRedactor();
  r.learn('jira-config.properties', 'jira.host=build01.corp.example-fake.net\n');
  const text = [
    'user=https://alice-fake@jira.example-fake.net/x login="bob-fake@build01"',
    'url=ldap://carol-fake@ldap.example-fake.net:389/uid=dave-fake,dc=example-fake,dc=net',
    'bind CN=Erin Fake,OU=build01.corp.example-fake.net,DC=corp,DC=example-fake,DC=net',
    "user 'frank-fake@jira.example-fake.net' assignee=gina-fake/build01.corp.example-fake.net",
  ].join('\n');
  for (const path of ['a.log', 'b.txt', 'c.xml']) {
    const out = await r.redactText(path, `${text}\n`);
    assert.doesNotMatch(out, /alice|bob|carol|dave|erin|frank|gina|example-fake/i, out);
    // The URL a user label held keeps its shape: scheme and path are no one's name.
    assert.match(out, /user=https:\/\/user-[0-9a-f]{8}@host-[0-9a-f]{8}\.invalid\/x /, out);
  }
  assert.deepEqual(badEntries(r), []);
});

test('a placeholder inside a JSON string value is never tokenised either', async () => {
  const r = newRedactor();
  const doc = JSON.stringify({
    note: 'principal="HTTP/jira-fake02.corp.example-fake.net@CORP.EXAMPLE-FAKE.NET"',
  });
  const out = await r.redactText('rest/config.json', doc);
  assert.doesNotMatch(out, /example-fake|jira-fake02/i, out);
  assert.deepEqual(badEntries(r), []);
});
