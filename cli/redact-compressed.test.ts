/**
 * Compressed files inside the input: a rotated `.gz` log and a zip inside the zip are
 * opened and redacted like any other file, under paths that show where they came from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { assertClean, DBCONFIG, LOG } from './test-support/fixtures.ts';
import { readZip, runCli, tempDir, writeFiles, zipBytes } from './test-support/run-cli.ts';

test('a folder with .gz logs: each is redacted under its name without .gz', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFiles(join(dir, 'in'), {
      'application-logs/atlassian-jira.log.3.gz': gzipSync(LOG),
      'application-config/dbconfig.xml': DBCONFIG,
      'tomcat-logs/catalina.out': LOG,
      'tomcat-logs/catalina.out.gz': gzipSync(LOG),
    });
    const out = join(dir, 'out');
    const run = await runCli(['redact', join(dir, 'in'), '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual((await readdir(join(out, 'application-logs'))).sort(), [
      'atlassian-jira.log.3',
    ]);
    assertClean(await readFile(join(out, 'application-logs/atlassian-jira.log.3'), 'utf8'));
    // The plain name is taken by the current log, so the unpacked one keeps .gz in its name.
    assert.deepEqual((await readdir(join(out, 'tomcat-logs'))).sort(), [
      'catalina.out',
      'catalina.out.gz.txt',
    ]);
    assertClean(await readFile(join(out, 'tomcat-logs/catalina.out.gz.txt'), 'utf8'));
    assert.match(
      run.stdout,
      /application-logs\/atlassian-jira\.log\.3\.gz → application-logs\/atlassian-jira\.log\.3/,
    );
  } finally {
    await cleanup();
  }
});

test('a single .gz log is redacted into one text file', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFile(join(dir, 'catalina.out-20241118.gz'), gzipSync(LOG));
    const out = join(dir, 'catalina.out-20241118.redacted');
    const run = await runCli(['redact', join(dir, 'catalina.out-20241118.gz'), '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    const text = await readFile(out, 'utf8');
    assert.ok(!text.includes('FAKEpass-7731'));
    assert.match(text, /\[REDACTED:password\]/);
  } finally {
    await cleanup();
  }
});

test('a zip holding a zip and a .gz: the output zip has them opened and redacted', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const customerLogs = await zipBytes({
      'log/atlassian-jira.log': LOG,
      'log/atlassian-jira.log.1.gz': gzipSync(LOG),
    });
    await writeFile(
      join(dir, 'support.zip'),
      await zipBytes({
        'application-config/dbconfig.xml': DBCONFIG,
        'logs.zip': customerLogs,
        'tomcat-logs/catalina.out-20241118.gz': gzipSync(LOG),
      }),
    );
    const out = join(dir, 'support-redacted.zip');
    const run = await runCli(['redact', join(dir, 'support.zip'), '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    const files = await readZip(await readFile(out));
    assert.deepEqual([...files.keys()].sort(), [
      'application-config/dbconfig.xml',
      'logs.zip/log/atlassian-jira.log',
      'logs.zip/log/atlassian-jira.log.1',
      'tomcat-logs/catalina.out-20241118',
    ]);
    for (const text of files.values()) assertClean(text);
    assert.match(run.stdout, /logs\.zip → logs\.zip\/ \(2 files\)/);
  } finally {
    await cleanup();
  }
});

test('a damaged .gz or inner zip is reported by its name; the other files are still written', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const whole = gzipSync(LOG.repeat(50));
    await writeFiles(join(dir, 'in'), {
      'logs/atlassian-jira.log.2.gz': whole.subarray(0, whole.length - 30),
      'logs/atlassian-jira.log': LOG,
      'logs/old-logs.zip': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xde, 0xad, 0xbe, 0xef]),
    });
    const out = join(dir, 'out');
    const run = await runCli(['redact', join(dir, 'in'), '--out', out]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(
      run.stderr,
      /logs\/atlassian-jira\.log\.2\.gz: not written: its gzip data is damaged/,
    );
    assert.match(run.stderr, /logs\/old-logs\.zip: not opened: .*unpack it and add its files/);
    assert.deepEqual(await readdir(join(out, 'logs')), ['atlassian-jira.log']);
    assertClean(await readFile(join(out, 'logs/atlassian-jira.log'), 'utf8'));
  } finally {
    await cleanup();
  }
});

test('a .tar.gz is not opened: it is dropped with advice to unpack it', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFiles(join(dir, 'in'), {
      'logs.tar.gz': gzipSync('not really a tar, still left closed'),
      'atlassian-jira.log': LOG,
    });
    const run = await runCli(['redact', join(dir, 'in'), '--out', join(dir, 'out')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /logs\.tar\.gz \(.*unpack the archive and add its files\)/);
    assert.deepEqual(await readdir(join(dir, 'out')), ['atlassian-jira.log']);
  } finally {
    await cleanup();
  }
});
