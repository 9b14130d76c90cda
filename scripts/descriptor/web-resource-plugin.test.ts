import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import webpack from 'webpack';
import { WebResourceXmlPlugin, type WebResourceEntry } from './web-resource-plugin.ts';
import { parseXml } from './xml-tree.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'wr-plugin-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function source(name: string, text: string): string {
  const full = path.join(dir, 'src', name);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

function build(
  entries: Record<string, string>,
  webResources: Record<string, WebResourceEntry>,
): Promise<{ errors: string[]; xml: string }> {
  const out = path.join(dir, `out-${Object.keys(entries).join('-')}`);
  const compiler = webpack({
    mode: 'production',
    context: dir,
    entry: entries,
    output: { path: out, filename: 'frontend/[name].js' },
    optimization: { minimize: false },
    plugins: [new WebResourceXmlPlugin({ entries: webResources, xmlAsset: 'web-resources.xml' })],
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats) return reject(error ?? new Error('no stats'));
      const errors = stats.toJson({ all: false, errors: true }).errors ?? [];
      // webpack writes nothing when the build has errors.
      const xmlFile = path.join(out, 'web-resources.xml');
      resolve({
        errors: errors.map((e) => e.message),
        xml: existsSync(xmlFile) ? readFileSync(xmlFile, 'utf8') : '',
      });
    });
  });
}

describe('WebResourceXmlPlugin', () => {
  it('emits one web-resource per entry point with its files and contexts', async () => {
    const loader = source('loader.js', 'console.log("loader");');
    const worker = source('worker.js', 'self.onmessage = () => {};');
    const { errors, xml } = await build(
      { 'a-loader': loader, 'a-worker': worker },
      { 'a-loader': { contexts: ['atl.admin'] }, 'a-worker': { contexts: [] } },
    );
    assert.deepEqual(errors, []);
    const modules = parseXml(`<root>${xml}</root>`).children;
    assert.deepEqual(
      modules.map((m) => [
        m.attributes.key,
        m.children.filter((c) => c.name === 'context').map((c) => c.text),
        m.children.filter((c) => c.name === 'resource').map((c) => c.attributes.location),
      ]),
      [
        ['a-loader', ['atl.admin'], ['frontend/a-loader.js']],
        ['a-worker', [], ['frontend/a-worker.js']],
      ],
    );
  });

  it('fails the build when code splitting makes a second file', async () => {
    source('lazy.js', 'export const x = 1;');
    const app = source('app.js', 'import("./lazy.js").then((m) => console.log(m.x));');
    const { errors } = await build({ app }, { app: { contexts: [] } });
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', /2 chunks for 1 entry points.*remove dynamic import\(\)/s);
  });

  it('fails the build when an entry point named in the map does not exist', async () => {
    const only = source('only.js', '1;');
    const { errors } = await build({ only }, { only: { contexts: [] }, missing: { contexts: [] } });
    assert.match(errors.join('\n'), /No webpack entry point named missing/);
  });
});
