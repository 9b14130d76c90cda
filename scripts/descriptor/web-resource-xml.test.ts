import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderWebResource, renderWebResources } from './web-resource-xml.ts';
import { checkWellFormed, parseXml } from './xml-tree.ts';

describe('renderWebResource', () => {
  it('lists each file as a download resource named by its file name', () => {
    const xml = renderWebResource({
      key: 'support-bundle-loader',
      contexts: ['atl.admin'],
      dependencies: ['com.example:wrm'],
      files: ['frontend/support-bundle-loader.js'],
    });
    const element = parseXml(xml);
    assert.equal(element.attributes.key, 'support-bundle-loader');
    assert.deepEqual(
      element.children.map((child) => child.name),
      ['transformation', 'context', 'dependency', 'resource'],
    );
    const resource = element.children.find((child) => child.name === 'resource');
    assert.deepEqual(resource?.attributes, {
      type: 'download',
      name: 'support-bundle-loader.js',
      location: 'frontend/support-bundle-loader.js',
    });
    assert.match(
      xml,
      /<transformation extension="js">\s*<transformer key="jsI18n"\/>\s*<\/transformation>/,
    );
    assert.match(xml, /<context>atl\.admin<\/context>/);
  });

  it('gives a web-resource without contexts no <context> at all', () => {
    const xml = renderWebResource({
      key: 'worker',
      contexts: [],
      dependencies: [],
      files: ['frontend/worker.js'],
    });
    assert.doesNotMatch(xml, /<context>/);
  });

  it('includes CSS without a JS transformer for it, and leaves source maps out', () => {
    const xml = renderWebResource({
      key: 'app',
      contexts: [],
      dependencies: [],
      files: ['frontend/app.css', 'frontend/app.js.map', 'frontend/app.js'],
    });
    assert.match(xml, /name="app\.css" location="frontend\/app\.css"/);
    assert.doesNotMatch(xml, /\.map/);
    assert.doesNotMatch(xml, /extension="css"/);
  });

  it('refuses two resources with one name', () => {
    assert.throws(
      () =>
        renderWebResource({
          key: 'a',
          contexts: [],
          dependencies: [],
          files: ['x/a.js', 'y/a.js'],
        }),
      /two resources named a\.js/,
    );
  });
});

describe('renderWebResources', () => {
  it('renders well-formed XML once wrapped, with escaped values', () => {
    const xml = renderWebResources([
      { key: 'a&b', contexts: ['c<d'], dependencies: [], files: ['f.js'] },
      { key: 'b', contexts: [], dependencies: [], files: ['g.js'] },
    ]);
    assert.deepEqual(checkWellFormed(`<root>${xml}</root>`, 'x'), []);
    assert.equal(parseXml(`<root>${xml}</root>`).children[0]?.attributes.key, 'a&b');
  });
});
