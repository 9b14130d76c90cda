import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillTemplate } from './template.ts';

const TEMPLATE = `<atlassian-plugin>
  <plugin-info><version>\${project.version}</version></plugin-info>
  <!-- @generated-web-resources@ -->
</atlassian-plugin>
`;

describe('fillTemplate', () => {
  it('puts in the version and the web-resources, indented like the marker', () => {
    const xml = fillTemplate(TEMPLATE, {
      version: '1.2.0',
      webResources: '<web-resource key="a">\n  <context>atl.admin</context>\n</web-resource>\n',
    });
    assert.equal(
      xml,
      `<atlassian-plugin>
  <plugin-info><version>1.2.0</version></plugin-info>
  <web-resource key="a">
    <context>atl.admin</context>
  </web-resource>
</atlassian-plugin>
`,
    );
  });

  it('refuses a template without the web-resources marker', () => {
    assert.throws(
      () => fillTemplate('<a>${project.version}</a>', { version: '1', webResources: '' }),
      /no <!-- @generated-web-resources@ --> line/,
    );
  });

  it('refuses a template without the version placeholder', () => {
    assert.throws(
      () =>
        fillTemplate('<a><!-- @generated-web-resources@ --></a>', {
          version: '1',
          webResources: '',
        }),
      /no \$\{project\.version\}/,
    );
  });
});
