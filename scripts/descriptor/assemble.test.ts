import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { assemblePlugin } from './assemble.ts';
import { renderWebResources } from './web-resource-xml.ts';

const REPO = new URL('../..', import.meta.url).pathname;
const base = mkdtempSync(path.join(tmpdir(), 'assemble-'));
after(() => rmSync(base, { recursive: true, force: true }));

/** A repo with the real descriptor template, and a webpack output with the given loader. */
function setUp(name: string, loader: Uint8Array | string, properties: string) {
  const root = path.join(base, name);
  cpSync(
    path.join(REPO, 'plugin-descriptor/atlassian-plugin.xml'),
    path.join(root, 'plugin-descriptor/atlassian-plugin.xml'),
  );
  mkdirSync(path.join(root, 'plugin-descriptor/i18n'), { recursive: true });
  writeFileSync(path.join(root, 'plugin-descriptor/i18n/support-bundle.properties'), properties);
  const out = path.join(root, 'build');
  mkdirSync(path.join(out, 'frontend'), { recursive: true });
  writeFileSync(path.join(out, 'frontend/support-bundle-loader.js'), loader);
  writeFileSync(
    path.join(out, 'web-resources.xml'),
    renderWebResources([
      {
        key: 'support-bundle-loader',
        contexts: ['atl.admin'],
        dependencies: [],
        files: ['frontend/support-bundle-loader.js'],
      },
    ]),
  );
  return assemblePlugin({ root, webpackOutputDir: out, version: '1.2.0' });
}

const LABELS = 'support-bundle.menu.item=Support bundle\nsupport-bundle.menu.section=Vilisoft\n';

describe('assemblePlugin', () => {
  it('puts descriptor, i18n and web-resource files in the JAR, with no problems', () => {
    const plugin = setUp('ok', 'AJS.I18n.getText("support-bundle.menu.item")', LABELS);
    assert.deepEqual(plugin.problems, []);
    assert.deepEqual(plugin.warnings, []);
    assert.deepEqual(
      plugin.entries.map((entry) => entry.path),
      [
        'atlassian-plugin.xml',
        'i18n/support-bundle.properties',
        'frontend/support-bundle-loader.js',
      ],
    );
    assert.match(plugin.descriptorXml, /<version>1\.2\.0<\/version>/);
    assert.match(plugin.manifest, /Bundle-SymbolicName: com\.vilisoft\.jira\.support-bundle\r\n/);
    assert.doesNotMatch(plugin.manifest, /Atlassian-Plugin-Key/);
  });

  it('fails a loader over 3 KB gzipped', () => {
    const plugin = setUp('big', new Uint8Array(randomBytes(5000)), LABELS);
    assert.equal(plugin.problems.length, 1);
    assert.match(
      plugin.problems[0]?.problem ?? '',
      /support-bundle-loader\.js is \d+ bytes gzipped, over its limit of 3072/,
    );
  });

  it('escapes non-Latin-1 text in the JAR copy of the properties', () => {
    const plugin = setUp('i18n', '', `${LABELS}support-bundle.x=Überblick → ok\n`);
    const properties = plugin.entries.find((entry) => entry.path.startsWith('i18n/'));
    assert.match(String(properties?.content), /support-bundle\.x=\\u00dcberblick \\u2192 ok/);
  });

  it('warns about menu labels missing from the properties', () => {
    const plugin = setUp('labels', '', 'support-bundle.menu.item=Support bundle\n');
    assert.match(
      plugin.warnings[0]?.problem ?? '',
      /atlassian-plugin\.xml uses i18n keys missing .*: support-bundle\.menu\.section/,
    );
  });

  it('warns about i18n keys a script uses that the properties lack', () => {
    const plugin = setUp('keys', 'AJS.I18n.getText("support-bundle.nope")', LABELS);
    assert.deepEqual(plugin.problems, []);
    assert.match(
      plugin.warnings[0]?.problem ?? '',
      /support-bundle-loader\.js uses i18n keys missing .*: support-bundle\.nope/,
    );
  });
});
