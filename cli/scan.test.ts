import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleBytes, runCli, tempDir, writeFiles } from './test-support/run-cli.ts';

/** One planted (fake) value per detector, each on its own line of the log. */
const PLANTED: [rule: RegExp, value: string, line: string][] = [
  [/email/, 'jane.doe@example.test', 'mail sent to jane.doe@example.test'],
  [/ipv4/, '192.168.44.7', 'request from 192.168.44.7 took 12 ms'],
  [
    /jwt/,
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsignatureFAKE',
    'token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsignatureFAKE',
  ],
  [/pem-private-key/, '-----BEGIN RSA PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----'],
  [/aws-access-key-id/, 'AKIAFAKEEXAMPLE12345', 'aws key AKIAFAKEEXAMPLE12345'],
  [/password-value/, 'FAKE-hunter2', 'db password=FAKE-hunter2'],
  [/licence-block/, `AAAB${'FAKEFAKE'.repeat(8)}`, `license: AAAB${'FAKEFAKE'.repeat(8)}`],
  [/bearer-token/, 'FAKEtokenFAKEtoken123', 'Authorization: Bearer FAKEtokenFAKEtoken123'],
  [/jsessionid/, 'FAKE0123456789ABCDEF', 'Cookie: JSESSIONID=FAKE0123456789ABCDEF'],
  [
    /secretlint\/github/,
    'ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE',
    'push with ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE',
  ],
];

const CLEAN = [
  '2026-11-20 09:14:03,512 INFO [http-nio-8080-exec-17] user: user-4f2a9c01 from 10.23.4.5 url: /rest/api/2/search',
  'mail sent to email-1a2b3c4d@example.invalid via host-77aa0e12.invalid',
  'db password=[REDACTED:password] jdbc:postgresql://host-77aa0e12.invalid:5432/jira',
  'Authorization: Bearer [REDACTED:bearer-token]',
  'Cookie: JSESSIONID=[REDACTED:session-id]',
  '<password>[REDACTED:password]</password>',
  'Jira 9.12.4.1 on Java 17.0.9, listening on 127.0.0.1 and 0.0.0.0',
  'at com.atlassian.jira.issue.managers.DefaultIssueManager.getIssueObject(DefaultIssueManager.java:212)',
  'plugin key com.example.test.plugin-1.2.3.4-SNAPSHOT',
  '',
].join('\n');

test('scan lists each planted leak as file:line rule, never printing the value', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const log = ['first line is harmless', ...PLANTED.map(([, , line]) => line)].join('\n');
    await writeFile(
      join(dir, 'bundle.zip'),
      await bundleBytes({ 'logs/app.log': log, 'logs/clean.log': CLEAN }),
    );
    const run = await runCli(['scan', join(dir, 'bundle.zip')]);
    assert.equal(run.code, 1, run.stderr);
    PLANTED.forEach(([rule, value], i) => {
      const lineNumber = i + 2;
      const reported = run.stdout
        .split('\n')
        .filter((l) => l.startsWith(`logs/app.log:${lineNumber} `));
      assert.ok(
        reported.some((l) => rule.test(l)),
        `line ${lineNumber} should be reported as ${rule}: ${reported}`,
      );
      assert.ok(
        !run.stdout.includes(value) && !run.stderr.includes(value),
        `value of ${rule} was printed`,
      );
    });
    assert.doesNotMatch(run.stdout, /^logs\/clean\.log:/m);
    assert.match(run.stdout, /…\(\d+ chars\)/);
  } finally {
    await cleanup();
  }
});

test('scan passes a clean bundle: markers, pseudonyms, loopback and versions are not leaks', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFile(
      join(dir, 'bundle.zip'),
      await bundleBytes({ 'logs/clean.log': CLEAN, 'jira/x.json': '{"a":1}' }),
    );
    const run = await runCli(['scan', join(dir, 'bundle.zip')]);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /No leaks found in \d+ files/);
  } finally {
    await cleanup();
  }
});

test('scan works on a folder too, and reports line numbers across long files', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const filler = Array.from(
      { length: 20000 },
      (_, i) => `2026-11-20 INFO line ${i} nothing to see`,
    ).join('\n');
    await writeFiles(join(dir, 'folder'), { 'big.log': `${filler}\npassword=FAKE-late-secret\n` });
    const run = await runCli(['scan', join(dir, 'folder')]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^big\.log:20001 password-value /m);
  } finally {
    await cleanup();
  }
});
