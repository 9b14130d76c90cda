import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDescriptor } from './descriptor.ts';
import { parseProperties, transformJsI18n } from './i18n.ts';
import { loadPluginJar } from './plugin-jar.ts';
import {
  buildTestPluginJar,
  TEST_DESCRIPTOR,
  TEST_FILES,
  TEST_PLUGIN_KEY,
} from './test-support/test-plugin-jar.ts';

test('the descriptor gives the plugin key, version, web-resources and fragments', () => {
  const d = parseDescriptor(TEST_DESCRIPTOR);
  assert.equal(d.key, TEST_PLUGIN_KEY);
  assert.equal(d.version, '0.1.0');
  assert.deepEqual(d.vendor, { name: 'Vilisoft', url: 'https://vilisoft.com' });
  assert.deepEqual(d.i18nLocations, ['i18n.support-bundle']);

  const loader = d.webResources.find((wr) => wr.key === 'admin-loader');
  assert.ok(loader);
  assert.equal(loader.completeKey, `${TEST_PLUGIN_KEY}:admin-loader`);
  assert.deepEqual(loader.contexts, ['atl.admin']);
  assert.deepEqual(loader.dependencies, [
    'com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path',
    `${TEST_PLUGIN_KEY}:common`,
  ]);
  assert.deepEqual(loader.resources, [{ name: 'loader.js', location: 'js/loader.js' }]);
  assert.deepEqual(loader.transformers.get('js'), ['jsI18n']);

  const link = d.webItems.find((wi) => wi.key === 'support-bundle-link');
  assert.ok(link);
  assert.equal(link.section, 'admin_system_menu/troubleshooting_and_support');
  assert.equal(link.link, '/secure/admin/ViewSystemInfo.jspa#vilisoft-support-bundle');
  assert.equal(link.linkId, 'vilisoft-support-bundle-link');
  assert.equal(link.labelKey, 'support-bundle.admin.label');
  assert.equal(link.weight, 15);
  assert.deepEqual(link.condition, {
    kind: 'class',
    className: 'com.atlassian.jira.plugin.webfragment.conditions.UserIsSysAdminCondition',
    invert: false,
  });
  assert.equal(d.webSections[0]?.location, 'admin_system_menu');
  assert.ok(d.modules.some((m) => m.type === 'web-item' && m.key === 'too-deep'));
});

test('nested <conditions> become and/or trees', () => {
  const d = parseDescriptor(`<atlassian-plugin key="k"><web-item key="w" section="a/b">
    <conditions type="OR"><condition class="A"/><condition class="B" invert="true"/></conditions>
    <link>/x</link></web-item></atlassian-plugin>`);
  assert.deepEqual(d.webItems[0]?.condition, {
    kind: 'or',
    conditions: [
      { kind: 'class', className: 'A', invert: false },
      { kind: 'class', className: 'B', invert: true },
    ],
  });
});

test('a descriptor without a plugin key is refused', () => {
  assert.throws(() => parseDescriptor('<atlassian-plugin name="x"/>'), /no key/);
});

test('properties are read as ISO-8859-1 with escapes, separators and continuations', () => {
  const messages = parseProperties(TEST_FILES['i18n/support-bundle.properties'] as Uint8Array);
  assert.equal(messages.get('support-bundle.admin.label'), 'Support bundle');
  assert.equal(messages.get('support-bundle.cafe'), 'Café — crème');
  assert.equal(messages.get('support-bundle.multi'), 'first second');
  assert.equal(messages.get('support-bundle.greeting'), "Hello {0}, it''s {1}");
  assert.equal(messages.has('# Support bundle messages'), false);
  const other = parseProperties(new TextEncoder().encode('a:b\nc d\n! comment\ne\\=f=g'));
  assert.deepEqual(
    [...other],
    [
      ['a', 'b'],
      ['c', 'd'],
      ['e=f', 'g'],
    ],
  );
});

test('jsI18n replaces literal keys with JSON strings and keeps unknown keys as calls', () => {
  const messages = new Map([
    ['a.b', 'Say "hi"'],
    ['greet', 'Hello {0}'],
  ]);
  const out = transformJsI18n(
    `x(AJS.I18n.getText("a.b")); y(WRM.I18n.getText('greet', name)); z(AJS.I18n.getText("nope"));`,
    messages,
  );
  assert.equal(
    out,
    `x("Say \\"hi\\""); y(AJS.format("Hello {0}", name)); z(AJS.I18n.getText("nope"));`,
  );
});

test('the JAR loader reads the descriptor and merges the i18n files', async () => {
  const plugin = await loadPluginJar(await buildTestPluginJar());
  assert.equal(plugin.descriptor.key, TEST_PLUGIN_KEY);
  assert.equal(plugin.messages.get('support-bundle.section'), 'Vilisoft tools');
  assert.ok(plugin.files.has('js/loader.js'));
  assert.match(plugin.hash, /^[0-9a-f]{12}$/);
});

test('a JAR without atlassian-plugin.xml at its root is refused', async () => {
  const jar = await buildTestPluginJar({ 'META-INF/atlassian-plugin.xml': TEST_DESCRIPTOR });
  await assert.rejects(loadPluginJar(jar), /no atlassian-plugin.xml/);
});
