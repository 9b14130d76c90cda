import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkResourcesExist, resourcePath } from './resources.ts';
import { parseXml } from './xml-tree.ts';

const plugin = parseXml(`<atlassian-plugin>
  <resource type="i18n" name="i18n" location="i18n.support-bundle"/>
  <web-resource key="app">
    <resource type="download" name="app.js" location="frontend/app.js"/>
    <resource type="download" name="app.css" location="frontend/app.css"/>
  </web-resource>
</atlassian-plugin>`);

describe('resourcePath', () => {
  it('maps an i18n bundle name to its properties file', () => {
    assert.equal(resourcePath('i18n', 'i18n.support-bundle'), 'i18n/support-bundle.properties');
  });

  it('keeps a download location as the JAR path', () => {
    assert.equal(resourcePath('download', 'frontend/app.js'), 'frontend/app.js');
  });
});

describe('checkResourcesExist', () => {
  it('passes when every resource is in the JAR', () => {
    const files = new Set([
      'i18n/support-bundle.properties',
      'frontend/app.js',
      'frontend/app.css',
    ]);
    assert.deepEqual(checkResourcesExist(plugin, files), []);
  });

  it('names each resource whose file was not produced', () => {
    const problems = checkResourcesExist(plugin, new Set(['frontend/app.js']));
    assert.equal(problems.length, 2);
    assert.match(
      problems[0]?.problem ?? '',
      /i18n\/support-bundle\.properties, which the build did not produce/,
    );
    assert.match(problems[0]?.fix ?? '', /plugin-descriptor\/i18n\/support-bundle\.properties/);
    assert.match(problems[1]?.problem ?? '', /name="app\.css" location="frontend\/app\.css"/);
  });
});
