import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { isUpToDate, newestMtime } from './up-to-date.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'up-to-date-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file with a fixed modification time (seconds since the epoch). */
function file(name: string, mtime: number): string {
  const full = path.join(dir, name);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, name);
  utimesSync(full, mtime, mtime);
  return full;
}

describe('isUpToDate', () => {
  const src = path.join(dir, 'src');
  file('src/a.ts', 1000);
  file('src/deep/b.ts', 2000);
  const config = file('webpack.config.js', 1500);

  it('finds the newest file below a folder', () => {
    assert.equal(newestMtime(src), 2000 * 1000);
    assert.equal(newestMtime(path.join(dir, 'missing')), 0);
  });

  it('is up to date when the output is newer than every input', () => {
    const jar = file('dist/new.jar', 3000);
    assert.equal(isUpToDate([jar], [src, config]), true);
  });

  it('is stale when any input file is newer, however deep', () => {
    const jar = file('dist/old.jar', 1800);
    assert.equal(isUpToDate([jar], [src, config]), false);
  });

  it('is stale when an output is missing', () => {
    const jar = file('dist/ok.jar', 3000);
    assert.equal(isUpToDate([jar, path.join(dir, 'dist/cli.mjs')], [src]), false);
  });
});
