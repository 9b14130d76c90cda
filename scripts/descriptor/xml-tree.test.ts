import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWellFormed, descendants, escapeXml, parseXml } from './xml-tree.ts';

describe('checkWellFormed', () => {
  it('passes well-formed XML', () => {
    assert.deepEqual(checkWellFormed('<?xml version="1.0"?><a><b/></a>', 'x.xml'), []);
  });

  it('says where the XML breaks', () => {
    const [problem] = checkWellFormed('<a>\n  <b>\n</a>', 'atlassian-plugin.xml');
    assert.match(
      problem?.problem ?? '',
      /atlassian-plugin\.xml is not well-formed XML \(line 3, column \d+\)/,
    );
  });

  it('rejects an unescaped ampersand', () => {
    assert.equal(checkWellFormed('<a>Tom & Jerry</a>', 'x.xml').length, 1);
  });
});

describe('parseXml', () => {
  it('gives elements with attributes, text and children, skipping comments', () => {
    const root = parseXml('<?xml version="1.0"?><a k="1"><!-- note --><b x="y">hi</b><c/></a>');
    assert.equal(root.name, 'a');
    assert.deepEqual(root.attributes, { k: '1' });
    assert.deepEqual(
      root.children.map((child) => [child.name, child.attributes, child.text]),
      [
        ['b', { x: 'y' }, 'hi'],
        ['c', {}, ''],
      ],
    );
  });

  it('lists descendants depth first', () => {
    const root = parseXml('<a><b><c/></b><d/></a>');
    assert.deepEqual(
      descendants(root).map((e) => e.name),
      ['b', 'c', 'd'],
    );
  });
});

describe('escapeXml', () => {
  it('escapes markup characters', () => {
    assert.equal(
      escapeXml(`<a href="x">'&'</a>`),
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
