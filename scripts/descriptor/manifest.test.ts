import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkManifest, manifestHeaderNames, renderManifest } from './manifest.ts';

describe('renderManifest', () => {
  it('starts with Manifest-Version and ends with an empty line, CRLF throughout', () => {
    const manifest = renderManifest([['Bundle-SymbolicName', 'com.vilisoft.jira.support-bundle']]);
    assert.equal(
      manifest,
      'Manifest-Version: 1.0\r\nBundle-SymbolicName: com.vilisoft.jira.support-bundle\r\n\r\n',
    );
  });

  it('wraps long values at 72 bytes with continuation lines', () => {
    const value = 'é'.repeat(100) + 'x'.repeat(100);
    const manifest = renderManifest([['Bundle-Description', value]]);
    const lines = manifest.split('\r\n').filter((line) => line !== '');
    for (const line of lines) assert.ok(Buffer.byteLength(line) <= 72, line);
    const joined = lines
      .slice(1)
      .map((line, i) => (i === 0 ? line : line.slice(1)))
      .join('');
    assert.equal(joined, `Bundle-Description: ${value}`);
  });
});

describe('checkManifest', () => {
  it('passes a manifest without Atlassian-Plugin-Key', () => {
    const manifest = renderManifest([
      ['Bundle-SymbolicName', 'p'],
      ['Bundle-Version', '1.0.0'],
    ]);
    assert.deepEqual(checkManifest(manifest), []);
    assert.deepEqual(manifestHeaderNames(manifest), [
      'Manifest-Version',
      'Bundle-SymbolicName',
      'Bundle-Version',
    ]);
  });

  it('fails on Atlassian-Plugin-Key, whatever its case', () => {
    for (const name of ['Atlassian-Plugin-Key', 'atlassian-plugin-key']) {
      const [problem] = checkManifest(renderManifest([[name, 'com.vilisoft.jira.support-bundle']]));
      assert.match(problem?.problem ?? '', /Atlassian-Plugin-Key/);
      assert.match(problem?.fix ?? '', /Remove it/);
    }
  });
});
