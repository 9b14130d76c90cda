import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PseudonymStore } from './store.ts';
import { TEST_SECRET } from '../test-support/harness.ts';

test('the same value gives the same token, in any case; tokens name their kind', async () => {
  const store = new PseudonymStore(TEST_SECRET);
  const a = await store.get('user', 'JSmith');
  assert.match(a, /^user-[0-9a-f]{8}$/);
  assert.equal(await store.get('user', 'jsmith'), a);
  assert.notEqual(await store.get('name', 'jsmith'), a, 'kinds are keyed apart');
  assert.match(
    await store.get('email', 'J.Smith@Acme.example.test'),
    /^email-[0-9a-f]{8}@example\.invalid$/,
  );
  assert.equal(
    await store.get('email', 'j.smith%40acme.example.test'),
    await store.get('email', 'J.Smith@Acme.example.test'),
  );
  assert.match(await store.get('host', 'jira.acme.example.test'), /^host-[0-9a-f]{8}\.invalid$/);
  assert.match(await store.get('host', 'jiranode1'), /^host-[0-9a-f]{8}$/);
  assert.match(await store.get('project', 'ACME'), /^PRJ[0-9A-F]{8}$/);
  assert.match(
    await store.get('mac', '00-1A-2B-3C-4D-5E'),
    /^02-00-[0-9A-F]{2}(?:-[0-9A-F]{2}){3}$/,
  );
  assert.match(await store.get('ipv6', 'fe80:0:0:0:0:0:0:1'), /^fd[0-9a-f]{2}(?::[0-9a-f]{4}){7}$/);
  assert.ok(store.isToken(a) && !store.isToken('jsmith'));
});

test('tokens depend on the secret: another secret gives other tokens', async () => {
  const other = new PseudonymStore(new Uint8Array(32).fill(1));
  const store = new PseudonymStore(TEST_SECRET);
  assert.notEqual(await other.get('user', 'jsmith'), await store.get('user', 'jsmith'));
  assert.throws(() => new PseudonymStore(new Uint8Array(8)), /at least 16/);
});

test('IPv4 keeps loopback and /24 grouping, and never gives two addresses one token', async () => {
  const store = new PseudonymStore(TEST_SECRET);
  assert.equal(await store.get('ip', '127.0.0.1'), '127.0.0.1');
  assert.equal(await store.get('ip', '0.0.0.0'), '0.0.0.0');
  const a = await store.get('ip', '192.168.1.10');
  const b = await store.get('ip', '192.168.1.11');
  const c = await store.get('ip', '192.168.2.10');
  const net = (ip: string) => ip.split('.').slice(0, 3).join('.');
  assert.match(a, /^10\.\d+\.\d+\.\d+$/);
  assert.equal(net(a), net(b), 'same /24 stays together');
  assert.notEqual(net(a), net(c), 'other /24 stays apart');
  assert.notEqual(a, b);
  const hosts = new Set<string>();
  for (let h = 1; h < 255; h++) hosts.add(await store.get('ip', `10.9.8.${h}`));
  assert.equal(hosts.size, 254, 'a /24 maps one to one');
  assert.equal(await store.get('ip', '10.9.8.0').then((t) => t.endsWith('.0')), true);
});

test('the private map lists every token with its kind and original', async () => {
  const store = new PseudonymStore(TEST_SECRET);
  const t = await store.get('user', 'jsmith');
  await store.get('ip', '127.0.0.1');
  assert.deepEqual(store.entries(), [{ kind: 'user', token: t, original: 'jsmith' }]);
});
