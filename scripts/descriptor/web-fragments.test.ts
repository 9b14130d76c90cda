import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWebItemLinks, checkWebItemSections } from './web-fragments.ts';
import { parseXml } from './xml-tree.ts';

function plugin(section: string, link: string): ReturnType<typeof parseXml> {
  return parseXml(
    `<atlassian-plugin><web-item key="item" section="${section}"><link>${link}</link></web-item></atlassian-plugin>`,
  );
}

describe('checkWebItemSections', () => {
  it('accepts parent/section', () => {
    assert.deepEqual(checkWebItemSections(plugin('admin_plugins_menu/vilisoft', '/x')), []);
  });

  it('rejects a third level, which Jira drops silently', () => {
    const [problem] = checkWebItemSections(plugin('admin_plugins_menu/vilisoft/more', '/x'));
    assert.match(
      problem?.problem ?? '',
      /web-item "item".*admin_plugins_menu\/vilisoft\/more.*not two parts/,
    );
  });

  it('rejects one part and empty parts', () => {
    for (const section of ['admin_plugins_menu', 'admin_plugins_menu/', '/vilisoft', '']) {
      assert.equal(checkWebItemSections(plugin(section, '/x')).length, 1, section);
    }
  });
});

describe('checkWebItemLinks', () => {
  it('accepts a link from the context path', () => {
    const links = plugin('a/b', '/secure/admin/ViewSystemInfo.jspa#vilisoft-support-bundle');
    assert.deepEqual(checkWebItemLinks(links), []);
  });

  it('rejects a relative link', () => {
    const [problem] = checkWebItemLinks(plugin('a/b', 'secure/admin/ViewSystemInfo.jspa'));
    assert.match(
      problem?.problem ?? '',
      /"secure\/admin\/ViewSystemInfo\.jspa".*does not start with "\/"/,
    );
  });

  it('rejects a web-item without a link', () => {
    const noLink = parseXml(
      '<atlassian-plugin><web-item key="i" section="a/b"/></atlassian-plugin>',
    );
    assert.equal(checkWebItemLinks(noLink).length, 1);
  });
});
