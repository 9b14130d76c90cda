import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertClean, FOLDER, LOG } from './test-support/fixtures.ts';
import { readZip, runCli, tempDir, writeFiles, zipBytes } from './test-support/run-cli.ts';

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
