import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { bundleBytes, runCli, tempDir } from './test-support/run-cli.ts';

const FILES = {
  'jira/server-info.json': '{"version":"9.12.4","buildNumber":912004}',
  'logs/atlassian-jira.log': '2026-11-20 09:14:03,512 INFO [main] started\n',
};

async function changed(
  bundle: Uint8Array,
  edit: (zip: JSZip) => Promise<void>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bundle);
  await edit(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

test('verify passes an intact bundle', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await writeFile(join(dir, 'bundle.zip'), await bundleBytes(FILES));
    const run = await runCli(['verify', join(dir, 'bundle.zip')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /intact/);
  } finally {
    await cleanup();
  }
});

test('verify fails naming the file after a one-byte change', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const bundle = await changed(await bundleBytes(FILES), async (zip) => {
      const text = await zip.file('logs/atlassian-jira.log')!.async('string');
      zip.file('logs/atlassian-jira.log', text.replace('INFO', 'INFA'));
    });
    await writeFile(join(dir, 'bundle.zip'), bundle);
    const run = await runCli(['verify', join(dir, 'bundle.zip')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /changed: logs\/atlassian-jira\.log/);
    assert.doesNotMatch(run.stderr, /server-info/);
  } finally {
    await cleanup();
  }
});

test('verify names missing and extra files', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const bundle = await changed(await bundleBytes(FILES), async (zip) => {
      zip.remove('jira/server-info.json');
      zip.file('notes/added-later.txt', 'not from the admin');
    });
    await writeFile(join(dir, 'bundle.zip'), bundle);
    const run = await runCli(['verify', join(dir, 'bundle.zip')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /missing: jira\/server-info\.json/);
    assert.match(run.stderr, /extra: +notes\/added-later\.txt/);
  } finally {
    await cleanup();
  }
});

test('verify explains a zip without a manifest, and a file that is not a zip', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const noManifest = await changed(
      await bundleBytes(FILES),
      async (zip) => void zip.remove('manifest.json'),
    );
    await writeFile(join(dir, 'plain.zip'), noManifest);
    const run = await runCli(['verify', join(dir, 'plain.zip')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /manifest\.json is missing/);

    await writeFile(join(dir, 'broken.zip'), 'not a zip at all');
    const broken = await runCli(['verify', join(dir, 'broken.zip')]);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /broken\.zip is not a zip file/);
  } finally {
    await cleanup();
  }
});

test('verify catches a file changed together with its manifest entry', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const { createHash } = await import('node:crypto');
    const bundle = await changed(await bundleBytes(FILES), async (zip) => {
      const text = 'edited after download\n';
      zip.file('logs/atlassian-jira.log', text);
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      for (const file of manifest.files) {
        if (file.path === 'logs/atlassian-jira.log') {
          file.size = text.length;
          file.sha256 = createHash('sha256').update(text).digest('hex');
        }
      }
      zip.file('manifest.json', JSON.stringify(manifest, null, 2));
    });
    await writeFile(join(dir, 'bundle.zip'), bundle);
    const run = await runCli(['verify', join(dir, 'bundle.zip')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /changed: manifest\.json/);
  } finally {
    await cleanup();
  }
});
