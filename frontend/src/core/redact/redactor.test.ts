/** The redactor as the bundle uses it: items, binaries, report, private map, consistency. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BundleItem } from '../model.ts';
import { isBinary, RULESET_VERSION } from './index.ts';
import { newRedactor } from './test-support/harness.ts';

const enc = new TextEncoder();
const item = (path: string, text: string | Uint8Array): BundleItem => ({
  path,
  sourceId: 'files',
  bytes: typeof text === 'string' ? enc.encode(text) : text,
  mediaType: 'text/plain',
});

test('the same value gets the same token in every file and every place', async () => {
  const r = newRedactor();
  const a = await r.redactText(
    'a.log',
    "2024-01-15 x url: /x; user: jsmith INFO jsmith 1x2x3 abcd1 10.1.2.3 /x [c.a.X] by user 'jsmith'",
  );
  const b = await r.redactText(
    'b.json',
    JSON.stringify({
      users: [{ name: 'jsmith', emailAddress: 'js@acme.example.test', displayName: 'J S' }],
    }),
  );
  const c = await r.redactText(
    'c.txt',
    'see https://jsmith:FAKE@host.acme.example.test/ and 10.1.2.4',
  );
  const token = await r.pseudonym('user', 'jsmith');
  assert.equal(a.split(token).length - 1, 3, a);
  assert.ok(b.includes(token) && c.includes(`${token}:[REDACTED:url-password]@`), `${b}\n${c}`);
  const ip3 = await r.pseudonym('ip', '10.1.2.3');
  const ip4 = await r.pseudonym('ip', '10.1.2.4');
  assert.ok(a.includes(ip3) && c.includes(ip4));
  assert.equal(ip3.split('.').slice(0, 3).join('.'), ip4.split('.').slice(0, 3).join('.'));
});

test('binaries are dropped and reported, unless the admin keeps them', async () => {
  const r = newRedactor({ keepBinaryPaths: ['thread-dump/heap.hprof'] });
  const hprof = new Uint8Array([...enc.encode('JAVA PROFILE 1.0.2'), 0, 0, 0, 4, 1, 2, 3]);
  assert.equal(await r.redactItem(item('heap/heap.hprof', hprof)), null);
  assert.equal(
    await r.redactItem(item('jfr/recording.jfr', new Uint8Array([0x46, 0x4c, 0x52, 0, 1, 2]))),
    null,
  );
  assert.equal(
    await r.redactItem(item('misc/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10]))),
    null,
  );
  assert.equal(await r.redactItem(item('misc/blob.dat', new Uint8Array([1, 2, 0, 3, 4]))), null);
  const kept = await r.redactItem(item('thread-dump/heap.hprof', hprof));
  assert.deepEqual(kept?.bytes, hprof);
  const text = await r.redactItem(item('logs/x.log', 'password=FAKEsecret'));
  assert.equal(new TextDecoder().decode(text?.bytes), 'password=[REDACTED:password]');
  const report = r.report();
  const dropped = report.files.filter((f) => f.dropped === 'binary').map((f) => f.path);
  assert.deepEqual(dropped, [
    'heap/heap.hprof',
    'jfr/recording.jfr',
    'misc/logo.png',
    'misc/blob.dat',
  ]);
  assert.ok(report.files.some((f) => f.path === 'thread-dump/heap.hprof' && !f.dropped));
  assert.ok(!isBinary(enc.encode('plain text\nwith lines\ttabs')));
  assert.ok(isBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20])));
});

test('Latin-1 files (Java .properties) are read without losing characters', async () => {
  const r = newRedactor();
  const latin1 = new Uint8Array([
    ...enc.encode('title=Caf'),
    0xe9,
    ...enc.encode('\npassword=FAKE'),
  ]);
  const out = await r.redactItem(item('i18n.properties', latin1));
  assert.equal(new TextDecoder().decode(out?.bytes), 'title=Café\npassword=[REDACTED:password]');
});

test('the report counts per file, rule and class, and carries no values', async () => {
  const r = newRedactor();
  await r.redactText(
    'one.log',
    'password=FAKE1 token=FAKE2 from 10.0.0.9 by jsmith@acme.example.test',
  );
  await r.redactText('two.log', 'nothing here');
  const report = r.report();
  assert.equal(report.rulesetVersion, RULESET_VERSION);
  assert.deepEqual(report.files.find((f) => f.path === 'one.log')?.counts, {
    password: 1,
    'secret-token': 1,
    email: 1,
    ipv4: 1,
  });
  assert.deepEqual(report.files.find((f) => f.path === 'two.log')?.counts, {});
  assert.deepEqual(report.byClass, { secret: 2, identity: 1, network: 1, content: 0 });
  assert.deepEqual(report.totals, { password: 1, 'secret-token': 1, email: 1, ipv4: 1 });
  const json = JSON.stringify(report);
  for (const v of ['FAKE1', 'FAKE2', '10.0.0.9', 'jsmith']) assert.ok(!json.includes(v));
});

test('the private map resolves tokens but never holds a secret', async () => {
  const r = newRedactor();
  const out = await r.redactText(
    'x.log',
    'password=FAKEpw user jsmith@acme.example.test https://u:FAKEurl@h.example.test/',
  );
  const map = r.privateMap();
  assert.ok(!Number.isNaN(Date.parse(map.createdAt)));
  const originals = map.entries.map((e) => e.original);
  assert.ok(originals.includes('jsmith@acme.example.test') && originals.includes('h.example.test'));
  for (const e of map.entries) assert.ok(out.includes(e.token), e.token);
  assert.ok(!JSON.stringify(map).includes('FAKE'));
});

test('redacting redacted text changes nothing: tokens are never pseudonymised again', async () => {
  const r = newRedactor();
  const text = [
    '2024-01-15 10:23:45,123+0000 http-nio-8080-exec-1 url: /browse/ACME-1; user: jsmith INFO jsmith 1x2x3 abcd1 10.1.2.3 /x [c.a.X] ok',
    'peer fe80::1ff:fe23:4567:890a and 2001:db8::7334 mac 00:1A:2B:3C:4D:5E and 00-1a-2b-3c-4d-5f',
    'mail jsmith@acme.example.test host db01.acme.example.test url https://u:p@jira.acme.example.test/x?os_username=kpatel',
    'Server ID B7XQ-2M4K-9PLC-T3ZA SEN-12345678 key JIRAUSER10412 home /home/lchen ip-10-0-0-5',
  ].join('\n');
  const once = await r.redactText('a.log', text);
  assert.equal(await r.redactText('b.log', once), once);
});

test('JSON is redacted in one pass: values first seen there get tokens, even in JSON nested in a string', async () => {
  const r = newRedactor();
  const inner = JSON.stringify({ reporter: { emailAddress: 'nested.first@acme.example.test' } });
  const text = JSON.stringify({
    self: 'https://jira.acme.example.test/rest/api/2/user?username=first.seen',
    author: { name: 'first.seen', emailAddress: 'first.seen@acme.example.test' },
    payload: inner,
  });
  const out = await r.redactText('issue.json', text);
  const doc = JSON.parse(out) as {
    author: { name: string; emailAddress: string };
    payload: string;
    self: string;
  };
  const user = await r.pseudonym('user', 'first.seen');
  assert.equal(doc.author.name, user);
  assert.equal(doc.author.emailAddress, await r.pseudonym('email', 'first.seen@acme.example.test'));
  const nested = JSON.parse(doc.payload) as { reporter: { emailAddress: string } };
  assert.equal(
    nested.reporter.emailAddress,
    await r.pseudonym('email', 'nested.first@acme.example.test'),
  );
  assert.ok(doc.self.includes(user), doc.self);
  assert.ok(!out.includes(String.fromCharCode(0)), out);
  assert.doesNotMatch(out, /u0000|%00|first\.seen|nested\.first/i, out);
});

test('stack frames pass untouched, and a match that would run across them falls back to line runs between them', async () => {
  const frames = '\tat com.example.fake.Service.run(Service.java:42)\n'.repeat(40);
  const text = `ERROR begin-secret user=jsmith\n${frames}end-secret 10.20.30.40\n`;
  const r = newRedactor({ customRules: [{ id: 'span', pattern: 'begin-secret[^!]*end-secret' }] });
  const out = await r.redactText('atlassian-jira.log', text);
  assert.ok(out.includes(frames), 'the frames are kept as they were');
  // Between the frames the rules ran as usual: the address is pseudonymised once.
  assert.ok(!out.includes('10.20.30.40') && out.includes('begin-secret'), out);
  const counts = r.report().files.find((f) => f.path === 'atlassian-jira.log')?.counts ?? {};
  assert.equal(counts.ipv4, 1, JSON.stringify(counts));
  assert.equal(counts.span, undefined, 'the custom match never crossed the frames');
});

test('text shaped like an internal placeholder is kept as it is, in text and in JSON', async () => {
  const r = newRedactor();
  const log = 'GET /x?q=%00T99%00 by user=first.timer@acme.example.test\n';
  const outLog = await r.redactText('a.log', log);
  assert.ok(outLog.includes('%00T99%00') && !outLog.includes('first.timer'), outLog);
  const json = '{"note":"\\u0000T42\\u0000","mail":"second.timer@acme.example.test"}';
  const outJson = await r.redactText('b.json', json);
  assert.ok(outJson.includes('\\u0000T42\\u0000') && !outJson.includes('second.timer'), outJson);
});
