import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { createJar } from './jar.ts';

describe('createJar', () => {
  it('writes the manifest first, then every entry at its path', async () => {
    const jar = await createJar('Manifest-Version: 1.0\r\n\r\n', [
      { path: 'atlassian-plugin.xml', content: '<atlassian-plugin/>' },
      { path: 'frontend/app.js', content: new TextEncoder().encode('x()') },
    ]);
    const zip = await JSZip.loadAsync(jar);
    const files = Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => entry.name);
    assert.deepEqual(files, ['META-INF/MANIFEST.MF', 'atlassian-plugin.xml', 'frontend/app.js']);
    assert.equal(await zip.file('frontend/app.js')?.async('string'), 'x()');
    assert.equal(
      await zip.file('META-INF/MANIFEST.MF')?.async('string'),
      'Manifest-Version: 1.0\r\n\r\n',
    );
  });
});
