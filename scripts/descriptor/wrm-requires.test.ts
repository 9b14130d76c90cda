import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWrmRequires, webResourcesRequiredBy } from './wrm-requires.ts';
import { parseXml } from './xml-tree.ts';

const plugin = parseXml(
  '<atlassian-plugin key="com.vilisoft.jira.support-bundle"><web-resource key="support-bundle-app"/></atlassian-plugin>',
);

describe('checkWrmRequires', () => {
  it('finds wr! and wrc! references in built code', () => {
    assert.deepEqual(webResourcesRequiredBy(`WRM.require(["wr!a.b:c"]);WRM.require('wrc!a.b:d')`), [
      'a.b:c',
      'a.b:d',
    ]);
  });

  it('passes a reference to one of our web-resources', () => {
    const scripts = new Map([
      ['loader.js', 'WRM.require(["wr!com.vilisoft.jira.support-bundle:support-bundle-app"])'],
    ]);
    assert.deepEqual(checkWrmRequires(plugin, scripts), []);
  });

  it('fails a reference to a web-resource of ours that does not exist', () => {
    const scripts = new Map([
      ['loader.js', 'WRM.require(["wr!com.vilisoft.jira.support-bundle:app"])'],
    ]);
    const [problem] = checkWrmRequires(plugin, scripts);
    assert.match(
      problem?.problem ?? '',
      /loader\.js requires web-resource com\.vilisoft\.jira\.support-bundle:app/,
    );
  });

  it("leaves other plugins' web-resources to Jira", () => {
    const scripts = new Map([['a.js', 'WRM.require(["wr!com.atlassian.auiplugin:dialog2"])']]);
    assert.deepEqual(checkWrmRequires(plugin, scripts), []);
  });
});
