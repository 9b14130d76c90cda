/**
 * Zips an attacker (or a broken tool) could hand the admin, read by the same core the
 * screen's worker runs: each bad entry is refused with a reason, the good ones are kept
 * inside `files/<zip>/`, and nothing expands without bound.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSources, textFile } from '../test-support/run.ts';
import { zipOf } from '../test-support/zip.ts';

const MIB = 1024 * 1024;

function isInside(path: string, folder: string): boolean {
  return path.startsWith(`files/${folder}/`) && !path.split('/').includes('..');
}

test('names with control characters, NUL, dot-dot in any spelling or a drive are refused', async () => {
  const zip = await zipOf({
    'a/../../up.txt': 'x',
    'a\\..\\..\\up-windows.txt': 'x',
    'D:/drive.txt': 'x',
    'nul\u0000byte.txt': 'x',
    'line\nbreak.txt': 'x',
    'fine/ok.txt': 'kept',
  });
  const r = await runSources(['files'], { files: [textFile('names.zip', zip)] });
  assert.deepEqual(
    r.items.map((item) => item.path),
    ['files/names/fine/ok.txt'],
  );
  const refused = r.log.filter((entry) => entry.status === 'failed');
  assert.equal(refused.length, 5, JSON.stringify(r.log, null, 1));
  for (const entry of refused) assert.match(entry.advice, /check where it came from/i);
});

test('every kept entry of a hostile zip lands inside files/<zip>/', async () => {
  const zip = await zipOf({
    './dot/start.txt': 'x',
    'deep/a/b/c/d/e/f/g.txt': 'x',
    '..hidden/not-a-climb.txt': 'x',
    'trailing../ok.txt': 'x',
  });
  const r = await runSources(['files'], { files: [textFile('odd.zip', zip)] });
  assert.ok(r.items.length > 0);
  for (const item of r.items) assert.ok(isInside(item.path, 'odd'), item.path);
});

test('random bytes named .zip, or a zip cut short, are one failure each with advice', async () => {
  const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
  const whole = await zipOf({ 'a.log': 'x'.repeat(10_000), 'b.log': 'y'.repeat(10_000) });
  const r = await runSources(['files'], {
    files: [
      textFile('random.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...random])),
      textFile('cut.zip', whole.slice(0, Math.floor(whole.length / 2))),
    ],
  });
  assert.equal(r.items.length, 0);
  assert.equal(r.log.length, 2);
  for (const entry of r.log) {
    assert.equal(entry.kind, 'unreadable-file');
    assert.match(entry.advice, /add the zip again|unpack it/i);
  }
});

test('an entry that expands a thousandfold is refused even within the size limits', async () => {
  // 40 MiB of one byte compresses to about 40 KiB: under the 50 MiB per-file cap, but
  // no support file compresses like that. The CLI refuses such entries (zip-reader.ts);
  // the screen must not unpack hundreds of MiB of them into the admin's browser either.
  const bomb = await zipOf({
    'a.txt': new Uint8Array(40 * MIB),
    'b.txt': new Uint8Array(40 * MIB),
  });
  assert.ok(bomb.length * 1000 < 80 * MIB);
  const r = await runSources(['files'], { files: [textFile('ratio.zip', bomb)] });
  assert.deepEqual(
    r.items.map((item) => item.path),
    [],
  );
  for (const entry of r.log) {
    assert.equal(entry.kind, 'too-large');
    assert.match(entry.message, /expand|zip bomb/i);
  }
});
