/**
 * What support receives may be hostile: a "bundle" whose entries and manifest climb out of
 * the folder, random bytes named .zip, a zip bomb. Every command says what is wrong, exits
 * non-zero, and writes nothing outside the output it was given.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import JSZip from 'jszip';
import { bundleBytes, runCli, tempDir } from './test-support/run-cli.ts';

/** Every file under `root`, relative to it. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** A bundle with entries (and manifest lines) named ../../escaped.txt and /absolute.txt. */
async function climbingBundle(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await bundleBytes({ 'jira/server-info.json': '{}' }));
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as {
    files: { path: string; size: number; sha256: string; sourceId: string }[];
  };
  for (const path of ['../../escaped.txt', '/absolute.txt']) {
    manifest.files.push({ path, size: 4, sha256: 'a'.repeat(64), sourceId: 'files' });
    zip.file(path, 'evil');
  }
  zip.file('manifest.json', JSON.stringify(manifest));
  return zip.generateAsync({ type: 'uint8array' });
}

test('a bundle whose entries climb out is refused by name, and nothing lands outside', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const work = join(dir, 'a', 'b');
    await mkdir(work, { recursive: true });
    await writeFile(join(work, 'bundle.zip'), await climbingBundle());
    const runs = {
      verify: await runCli(['verify', 'bundle.zip'], { cwd: work }),
      scan: await runCli(['scan', 'bundle.zip'], { cwd: work }),
      redact: await runCli(['redact', 'bundle.zip', '--out', 'out.zip'], { cwd: work }),
    };
    for (const [command, run] of Object.entries(runs)) {
      assert.equal(run.code, 1, `${command}: ${run.stderr}`);
      const said = run.stdout + run.stderr;
      assert.match(said, /\.\.\/\.\.\/escaped\.txt/, command);
      assert.match(said, /absolute\.txt/, command);
    }
    assert.match(runs.scan.stdout, /climbs out of the folder/);
    assert.deepEqual(await filesUnder(dir), ['a/b/bundle.zip', 'a/b/out.zip']);
    const out = await JSZip.loadAsync(await readFile(join(work, 'out.zip')));
    for (const file of Object.values(out.files)) {
      const name = file.unsafeOriginalName ?? file.name;
      assert.ok(!name.split('/').includes('..') && !name.startsWith('/'), name);
    }
  } finally {
    await cleanup();
  }
});

test('random bytes named .zip: every command says it is not a readable zip', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const random = Uint8Array.from({ length: 65_536 }, (_, i) => (i * 2654435761) >>> 24);
    await writeFile(join(dir, 'random.zip'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...random]));
    for (const args of [
      ['verify', 'random.zip'],
      ['scan', 'random.zip'],
      ['redact', 'random.zip', '--out', 'out.zip'],
      ['report', 'random.zip'],
    ]) {
      const run = await runCli(args, { cwd: dir });
      assert.notEqual(run.code, 0, args.join(' '));
      assert.match(run.stderr, /not a (readable )?zip|cannot read the zip/i, args.join(' '));
    }
    assert.deepEqual(await filesUnder(dir), ['random.zip']);
  } finally {
    await cleanup();
  }
});

test('a zip bomb is refused by scan and redact without unpacking it', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const bomb = new JSZip();
    bomb.file('atlassian-jira.log', new Uint8Array(30 * 1024 * 1024));
    await writeFile(
      join(dir, 'bomb.zip'),
      await bomb.generateAsync({
        type: 'uint8array',
        compression: 'DEFLATE',
        compressionOptions: { level: 9 },
      }),
    );
    for (const args of [
      ['scan', 'bomb.zip'],
      ['redact', 'bomb.zip', '--out', 'out.zip'],
    ]) {
      const run = await runCli(args, { cwd: dir });
      assert.equal(run.code, 1, args.join(' '));
      assert.match(run.stdout + run.stderr, /expand more than 1000×/, args.join(' '));
    }
  } finally {
    await cleanup();
  }
});

test('a gzip bomb in a folder is stopped while it unpacks; the other files are still written', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    // Blank lines: text, so it is not dropped as binary before it is unpacked.
    const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024, '\n'), { level: 9 });
    await mkdir(join(dir, 'in'));
    await writeFile(join(dir, 'in', 'atlassian-jira.log.1.gz'), bomb);
    await writeFile(join(dir, 'in', 'setenv.sh'), 'JVM_MINIMUM_MEMORY=1024m\n');
    const run = await runCli(['redact', 'in', '--out', 'out'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /atlassian-jira\.log\.1\.gz: .*expand more than 1000×.*gzip bomb/);
    assert.deepEqual(await filesUnder(join(dir, 'out')), ['setenv.sh']);
  } finally {
    await cleanup();
  }
});
