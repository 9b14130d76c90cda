import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  readZip,
  runCli,
  tempDir,
  writeFiles,
  zipBytes,
  type FileSet,
} from './test-support/run-cli.ts';

/** Fake values planted in the fixtures; none may survive redaction, in any letter case. */
const PLANTED = [
  'FAKEpass-7731',
  'FAKEdbPass-991',
  'jira_svc_fake',
  'db-prod-7.corp.example.test',
  'jane.doe@example.test',
  '192.168.44.7',
  'FAKEtokenFAKEtoken1234567890',
  'FAKE0123456789ABCDEF0123',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsignatureFAKEsig',
];

const LOG = [
  '2026-11-20 09:14:03,512+0000 http-nio-8080-exec-17 url: /rest/api/2/search; user: jdoe ERROR jdoe 554x1234x1 - 192.168.44.7 /rest/api/2/search [c.a.j.issue.managers.DefaultIssueManager] failed',
  '2026-11-20 09:14:04,001+0000 main INFO connecting jira_svc_fake@db-prod-7.corp.example.test password=FAKEpass-7731',
  '2026-11-20 09:14:05,000+0000 main WARN mail to jane.doe@example.test; Authorization: Bearer FAKEtokenFAKEtoken1234567890 Cookie: JSESSIONID=FAKE0123456789ABCDEF0123',
  '2026-11-20 09:14:06,000+0000 main INFO token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsignatureFAKEsig',
  '\tat com.atlassian.jira.issue.managers.DefaultIssueManager.getIssueObject(DefaultIssueManager.java:212)',
  '',
].join('\n');

const DBCONFIG = `<?xml version="1.0" encoding="UTF-8"?>
<jira-database-config>
  <jdbc-datasource>
    <url>jdbc:postgresql://db-prod-7.corp.example.test:5432/jiradb</url>
    <username>jira_svc_fake</username>
    <password>FAKEdbPass-991</password>
  </jdbc-datasource>
</jira-database-config>
`;

const FOLDER: FileSet = {
  'application-logs/atlassian-jira.log': LOG,
  'application-config/dbconfig.xml': DBCONFIG,
  'heap.hprof': new Uint8Array([0x4a, 0x41, 0x56, 0x41, 0x00, 0x01, 0x02]),
};

function assertClean(text: string): void {
  const lower = text.toLowerCase();
  for (const value of PLANTED) {
    assert.ok(!lower.includes(value.toLowerCase()), `${value} is still there`);
  }
  assert.match(text, /\[REDACTED:password\]/, 'the redaction marker is missing');
}

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

test('redacting a zip writes a redacted zip with the same folders', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFile(join(dir, 'support.zip'), await zipBytes(FOLDER));
    const out = join(dir, 'support-redacted.zip');
    const run = await runCli(['redact', join(dir, 'support.zip'), '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    const files = await readZip(await readFile(out));
    assert.deepEqual([...files.keys()].sort(), [
      'application-config/dbconfig.xml',
      'application-logs/atlassian-jira.log',
    ]);
    for (const text of files.values()) assertClean(text);
  } finally {
    await cleanup();
  }
});

test('a damaged zip entry is reported, the rest is still redacted, and the exit code is 1', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const damaged = 'this entry will be damaged in the zip bytes';
    const bytes = await zipBytes({ ...FOLDER, 'logs/damaged.log': damaged }, { stored: true });
    const data = Buffer.from(bytes);
    const at = data.indexOf(Buffer.from(damaged));
    assert.ok(at > 0);
    data[at + 3] = 0x21; // one changed byte: the CRC-32 no longer matches
    await writeFile(join(dir, 'in.zip'), data);
    const out = join(dir, 'out.zip');
    const run = await runCli(['redact', join(dir, 'in.zip'), '--out', out]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /logs\/damaged\.log: .*damaged/);
    const files = await readZip(await readFile(out));
    assert.ok(files.has('application-logs/atlassian-jira.log'));
    assert.ok(!files.has('logs/damaged.log'));
  } finally {
    await cleanup();
  }
});

test('zip entries that climb out with .. or are absolute are refused and nothing lands outside', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const work = join(dir, 'work');
    await writeFiles(work, { 'placeholder.txt': 'x' });
    const zip = await zipBytes({
      'logs/ok.log': LOG,
      '../../escaped.txt': 'escape',
      '/absolute.txt': 'abs',
    });
    await writeFile(join(work, 'in.zip'), zip);
    const out = join(work, 'out', 'red.zip');
    const run = await runCli(['redact', join(work, 'in.zip'), '--out', out]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /\.\.\/\.\.\/escaped\.txt: refused/);
    assert.match(run.stderr, /\/absolute\.txt: refused/);
    const files = await readZip(await readFile(out));
    assert.deepEqual([...files.keys()], ['logs/ok.log']);
    assert.deepEqual((await readdir(dir)).sort(), ['work']);
    assert.deepEqual((await readdir(work)).sort(), ['in.zip', 'out', 'placeholder.txt']);
    assert.deepEqual(await readdir(join(work, 'out')), ['red.zip']);
  } finally {
    await cleanup();
  }
});

test('an entry that expands more than 1000× is refused as a likely zip bomb', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const zip = await zipBytes({
      'logs/ok.log': LOG,
      'bomb.log': new Uint8Array(20 * 1024 * 1024),
    });
    await writeFile(join(dir, 'in.zip'), zip);
    const run = await runCli(['redact', join(dir, 'in.zip'), '--out', join(dir, 'out.zip')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /bomb\.log: refused: .*1000×/);
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

test('a rules file with a bad field is refused naming the field; a missing input is bad usage', async () => {
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
