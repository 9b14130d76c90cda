import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir, zipBytes } from '../test-support/run-cli.ts';
import {
  DEFAULT_ZIP_LIMITS,
  normaliseName,
  openZipEntry,
  readZipDirectory,
  unsafeNameReason,
} from './zip-reader.ts';

test('names that leave the folder are unsafe; ordinary names are not', () => {
  for (const name of ['../x', 'a/../../x', '..\\x', '/etc/passwd', 'C:\\Windows\\x', 'a\0b']) {
    assert.ok(unsafeNameReason(name), name);
  }
  for (const name of ['a/b.log', './a/b.log', 'a..b/c', '...'])
    assert.equal(unsafeNameReason(name), null, name);
  assert.equal(normaliseName('./a//b\\c.log'), 'a/b/c.log');
});

async function zipOnDisk(
  files: Record<string, string | Uint8Array>,
): Promise<{ path: string; size: number; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await tempDir();
  const path = join(dir, 'test.zip');
  await writeFile(path, await zipBytes(files));
  return { path, size: (await stat(path)).size, cleanup };
}

test('entries stream back byte for byte', async () => {
  const text = 'line\n'.repeat(50_000);
  const { path, size, cleanup } = await zipOnDisk({
    'logs/a.log': text,
    'b.bin': new Uint8Array([0, 1, 2, 255]),
  });
  try {
    const listing = await readZipDirectory(path, size);
    assert.deepEqual(listing.rejected, []);
    const read = async (name: string): Promise<Buffer> => {
      const entry = listing.entries.find((e) => e.path === name);
      assert.ok(entry);
      const chunks: Uint8Array[] = [];
      for await (const chunk of openZipEntry(path, entry)) chunks.push(chunk);
      return Buffer.concat(chunks);
    };
    assert.equal((await read('logs/a.log')).toString('utf8'), text);
    assert.deepEqual([...(await read('b.bin'))], [0, 1, 2, 255]);
  } finally {
    await cleanup();
  }
});

test('declared sizes are checked against the ratio, entry and total limits', async () => {
  const { path, size, cleanup } = await zipOnDisk({
    'repetitive.log': 'same line again\n'.repeat(200_000),
    'small.log': 'hello\n',
  });
  try {
    const strict = { ...DEFAULT_ZIP_LIMITS, maxRatio: 10, ratioFloorBytes: 1024 };
    const byRatio = await readZipDirectory(path, size, strict);
    assert.deepEqual(
      byRatio.entries.map((e) => e.path),
      ['small.log'],
    );
    assert.match(byRatio.rejected[0]?.message ?? '', /more than 10×/);

    const byTotal = await readZipDirectory(path, size, {
      ...DEFAULT_ZIP_LIMITS,
      maxTotalBytes: 1000,
    });
    assert.deepEqual(
      byTotal.entries.map((e) => e.path),
      ['small.log'],
    );
    assert.match(byTotal.rejected[0]?.message ?? '', /total limit/);
  } finally {
    await cleanup();
  }
});

test('a file that is not a zip is refused as a whole', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const path = join(dir, 'x.zip');
    await writeFile(path, 'PK\u0003\u0004 but nothing else');
    await assert.rejects(readZipDirectory(path, (await stat(path)).size), /not a zip file/);
  } finally {
    await cleanup();
  }
});
