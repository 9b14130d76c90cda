import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { assertClean, FOLDER, LOG } from './test-support/fixtures.ts';
import { runCli, tempDir, writeFiles } from './test-support/run-cli.ts';

test('redacting one file writes one redacted file', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFiles(dir, { 'atlassian-jira.log': `${LOG}db password=FAKEdbPass-991\n` });
    const out = join(dir, 'redacted.log');
    const run = await runCli(['redact', join(dir, 'atlassian-jira.log'), '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    const text = await readFile(out, 'utf8');
    assertClean(text.replace(/jira_svc_fake|db-prod-7\.corp\.example\.test/g, '')); // nothing to learn from here
    assert.ok(!text.includes('jane.doe@example.test'));
    assert.match(text, /DefaultIssueManager\.java:212/, 'stack frames must survive');
    assert.match(run.stdout, /Redacted 1 file/);
  } finally {
    await cleanup();
  }
});

test('redacting a folder mirrors it, drops binaries and lists them', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFiles(join(dir, 'in'), FOLDER);
    const out = join(dir, 'out');
    const run = await runCli(['redact', join(dir, 'in'), '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assertClean(await readFile(join(out, 'application-logs/atlassian-jira.log'), 'utf8'));
    assertClean(await readFile(join(out, 'application-config/dbconfig.xml'), 'utf8'));
    assert.deepEqual((await readdir(out)).sort(), ['application-config', 'application-logs']);
    assert.match(run.stdout, /Dropped 1 binary file[\s\S]*heap\.hprof/);
    const entries = await readdir(dir);
    assert.ok(!entries.some((name) => name.includes('.partial-')), 'staging left behind');
  } finally {
    await cleanup();
  }
});

test('--keep-binary keeps a binary file as it is', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFiles(join(dir, 'in'), FOLDER);
    const run = await runCli([
      'redact',
      join(dir, 'in'),
      '--out',
      join(dir, 'out'),
      '--keep-binary',
      '*.hprof',
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      new Uint8Array(await readFile(join(dir, 'out/heap.hprof'))),
      FOLDER['heap.hprof'],
    );
  } finally {
    await cleanup();
  }
});

test('the private map is written with mode 0600, outside the output, with a warning', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFiles(join(dir, 'in'), FOLDER);
    const map = join(dir, 'private-map.json');
    const run = await runCli(['redact', join(dir, 'in'), '--out', join(dir, 'out'), '--map', map]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((await stat(map)).mode & 0o777, 0o600);
    assert.ok(Array.isArray(JSON.parse(await readFile(map, 'utf8')).entries));
    assert.match(run.stderr, /never attach it/);

    const inside = await runCli([
      'redact',
      join(dir, 'in'),
      '--out',
      join(dir, 'out2'),
      '--map',
      join(dir, 'out2', 'map.json'),
    ]);
    assert.equal(inside.code, 2);
    assert.match(inside.stderr, /must never travel with the bundle/);
  } finally {
    await cleanup();
  }
});

test('refuses to overwrite without --force, and to write inside the input', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFiles(join(dir, 'in'), FOLDER);
    await writeFiles(dir, { 'out/old.txt': 'old output' });
    const again = await runCli(['redact', join(dir, 'in'), '--out', join(dir, 'out')]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists.*--force/);

    const forced = await runCli(['redact', join(dir, 'in'), '--out', join(dir, 'out'), '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.deepEqual((await readdir(join(dir, 'out'))).sort(), [
      'application-config',
      'application-logs',
    ]);

    const inside = await runCli(['redact', join(dir, 'in'), '--out', join(dir, 'in', 'redacted')]);
    assert.equal(inside.code, 2);
    assert.match(inside.stderr, /inside the input/);
  } finally {
    await cleanup();
  }
});

test('custom rules: a bad field or an unsafe pattern is bad usage naming it; --keyword removes a word', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFiles(dir, {
      'in.log': LOG,
      'rules.json': JSON.stringify({
        rules: [{ keyword: 'Bluebird' }, { id: 'x', flags: 'i' }, { pattern: 7 }],
      }),
    });
    const run = await runCli([
      'redact',
      join(dir, 'in.log'),
      '--out',
      join(dir, 'out.log'),
      '--rules',
      join(dir, 'rules.json'),
    ]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /rules\[1\]: needs a "keyword" or a "pattern"/);
    assert.match(run.stderr, /rules\[2\]\.pattern/);

    await writeFiles(dir, {
      'slow.json': JSON.stringify({ rules: [{ id: 'slow', pattern: '(a+)+$' }] }),
      'codename.log': `${LOG}2026-11-20 09:15:00,000+0000 main INFO project Bluebird migration started\n`,
    });
    const slow = await runCli([
      'redact',
      join(dir, 'in.log'),
      '--out',
      join(dir, 'o.log'),
      '--rules',
      join(dir, 'slow.json'),
    ]);
    assert.equal(slow.code, 2);
    assert.match(slow.stderr, /slow/);
    assert.match(slow.stderr, /slow\.json/);

    const keyword = await runCli([
      'redact',
      join(dir, 'codename.log'),
      '--out',
      join(dir, 'k.log'),
      '--keyword',
      'Bluebird',
    ]);
    assert.equal(keyword.code, 0, keyword.stderr);
    const withoutCodename = await readFile(join(dir, 'k.log'), 'utf8');
    assert.doesNotMatch(withoutCodename, /bluebird/i);
    assert.match(withoutCodename, /migration started/);

    const missing = await runCli(['redact', join(dir, 'nope.log'), '--out', join(dir, 'x.log')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.log: it does not exist/);
  } finally {
    await cleanup();
  }
});

test('--secret-file gives the same pseudonyms across runs and is created with mode 0600', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFiles(dir, { 'in.log': LOG });
    const key = join(dir, 'key');
    const redactTo = async (name: string, extra: string[]): Promise<string> => {
      const run = await runCli(['redact', join(dir, 'in.log'), '--out', join(dir, name), ...extra]);
      assert.equal(run.code, 0, run.stderr);
      return readFile(join(dir, name), 'utf8');
    };
    const first = await redactTo('a.log', ['--secret-file', key]);
    const second = await redactTo('b.log', ['--secret-file', key]);
    const unkeyed = await redactTo('c.log', []);
    assert.match(first, /user-[0-9a-f]{8}/);
    assert.equal(first, second);
    assert.notEqual(first, unkeyed, 'without a key file each run uses a new random key');
    assert.equal((await stat(key)).mode & 0o777, 0o600);
  } finally {
    await cleanup();
  }
});

test('a redacted folder passes the independent leak scan', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFiles(join(dir, 'in'), FOLDER);
    const redact = await runCli(['redact', join(dir, 'in'), '--out', join(dir, 'out')]);
    assert.equal(redact.code, 0, redact.stderr);
    const before = await runCli(['scan', join(dir, 'in')]);
    assert.equal(before.code, 1, 'the planted values should be found before redaction');
    const after = await runCli(['scan', join(dir, 'out')]);
    assert.equal(after.code, 0, after.stdout);
  } finally {
    await cleanup();
  }
});
