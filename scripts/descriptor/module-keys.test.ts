import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkModuleKeys } from './module-keys.ts';
import { parseXml } from './xml-tree.ts';

describe('checkModuleKeys', () => {
  it('passes distinct keys', () => {
    const plugin = parseXml(
      '<atlassian-plugin key="p"><web-section key="a"/><web-item key="b"/><web-resource key="c"/></atlassian-plugin>',
    );
    assert.deepEqual(checkModuleKeys(plugin), []);
  });

  it('names a key used by two modules', () => {
    const plugin = parseXml(
      '<atlassian-plugin key="p"><web-item key="same"/><web-resource key="same"/></atlassian-plugin>',
    );
    const [problem] = checkModuleKeys(plugin);
    assert.match(problem?.problem ?? '', /"same" is used twice \(<web-item> and <web-resource>\)/);
  });

  it('ignores keys below module level, such as <transformer key>', () => {
    const plugin = parseXml(
      '<atlassian-plugin><web-resource key="a"><transformation extension="js"><transformer key="jsI18n"/></transformation></web-resource><web-resource key="b"><transformation extension="js"><transformer key="jsI18n"/></transformation></web-resource></atlassian-plugin>',
    );
    assert.deepEqual(checkModuleKeys(plugin), []);
  });
});
