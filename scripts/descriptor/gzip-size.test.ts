import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { checkGzipSize, gzipSize, LOADER_GZIP_LIMIT } from './gzip-size.ts';

describe('checkGzipSize', () => {
  it('measures the gzipped size', () => {
    const bytes = new TextEncoder().encode('a'.repeat(10_000));
    assert.equal(gzipSize(bytes), gzipSync(bytes).byteLength);
    assert.equal(gunzipSync(gzipSync(bytes)).byteLength, 10_000);
  });

  it('passes a loader within 3 KB gzipped, however large unzipped', () => {
    const bytes = new TextEncoder().encode('x'.repeat(50_000));
    assert.deepEqual(checkGzipSize('loader.js', bytes, LOADER_GZIP_LIMIT), []);
  });

  it('fails a loader over 3 KB gzipped, printing its size', () => {
    const bytes = new Uint8Array(randomBytes(4000));
    const [problem] = checkGzipSize('frontend/support-bundle-loader.js', bytes, LOADER_GZIP_LIMIT);
    assert.match(
      problem?.problem ?? '',
      new RegExp(
        `support-bundle-loader\\.js is ${gzipSize(bytes)} bytes gzipped, over its limit of 3072 bytes`,
      ),
    );
  });
});
