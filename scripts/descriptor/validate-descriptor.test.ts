import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fillTemplate } from './template.ts';
import { validateDescriptor } from './validate-descriptor.ts';

const TEMPLATE = readFileSync(
  new URL('../../plugin-descriptor/atlassian-plugin.xml', import.meta.url),
  'utf8',
);
const WEB_RESOURCES = `<web-resource key="support-bundle-loader" name="support-bundle-loader">
  <context>atl.admin</context>
  <resource type="download" name="support-bundle-loader.js" location="frontend/support-bundle-loader.js"/>
</web-resource>`;
const JAR_FILES = new Set([
  'META-INF/MANIFEST.MF',
  'atlassian-plugin.xml',
  'i18n/support-bundle.properties',
  'frontend/support-bundle-loader.js',
]);

function descriptor(version = '1.2.0', webResources = WEB_RESOURCES): string {
  return fillTemplate(TEMPLATE, { version, webResources });
}

describe('validateDescriptor on plugin-descriptor/atlassian-plugin.xml', () => {
  it('passes the real template once filled', () => {
    assert.deepEqual(validateDescriptor(descriptor(), JAR_FILES), []);
  });

  it('stops at XML that is not well-formed', () => {
    const problems = validateDescriptor(descriptor('1.2.0', '<web-resource key="x">'), JAR_FILES);
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.problem ?? '', /not well-formed XML/);
  });

  it('reports a bad version, a duplicate key and a missing file together', () => {
    const duplicate = `${WEB_RESOURCES}\n<web-resource key="support-bundle-menu-item"><resource type="download" name="x.js" location="frontend/x.js"/></web-resource>`;
    const problems = validateDescriptor(descriptor('1.2.0-SNAPSHOT', duplicate), JAR_FILES);
    assert.deepEqual(
      problems.map((p) => /not an OSGi version|used twice|did not produce/.exec(p.problem)?.[0]),
      ['not an OSGi version', 'used twice', 'did not produce'],
    );
  });

  it('fails when a script requires a web-resource of ours that is not defined', () => {
    const scripts = new Map([
      [
        'frontend/support-bundle-loader.js',
        '["wr!com.vilisoft.jira.support-bundle:support-bundle-app"]',
      ],
    ]);
    const [problem] = validateDescriptor(descriptor(), JAR_FILES, scripts);
    assert.match(
      problem?.problem ?? '',
      /requires web-resource com\.vilisoft\.jira\.support-bundle:support-bundle-app/,
    );
  });
});
