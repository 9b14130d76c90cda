import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkI18nKeys,
  i18nKeysUsedIn,
  parseProperties,
  toLatin1Properties,
} from './i18n-properties.ts';

describe('parseProperties', () => {
  it('reads key=value lines and skips comments and blank lines', () => {
    const { entries, problems } = parseProperties(
      '# comment\n! also a comment\n\na.b=Hello = world\r\nc = spaced\n',
      'x.properties',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(entries, [
      { key: 'a.b', value: 'Hello = world', line: 4 },
      { key: 'c', value: 'spaced', line: 5 },
    ]);
  });

  it('reports lines that are not key=value, and repeated keys', () => {
    const { problems } = parseProperties('a=1\njust text\na=2\n=no key\n', 'x.properties');
    assert.equal(problems.length, 3);
    assert.match(problems[0]?.problem ?? '', /line 2 is not a key=value line/);
    assert.match(problems[1]?.problem ?? '', /line 3 repeats the key "a"/);
    assert.match(problems[2]?.problem ?? '', /line 4 is not a key=value line/);
  });
});

describe('toLatin1Properties', () => {
  it('leaves ASCII alone', () => {
    assert.equal(toLatin1Properties('a=Support bundle\n'), 'a=Support bundle\n');
  });

  it('escapes every non-ASCII character as UTF-16 \\uXXXX', () => {
    assert.equal(toLatin1Properties('a=Café €5 😀'), 'a=Caf\\u00e9 \\u20ac5 \\ud83d\\ude00');
  });
});

describe('i18nKeysUsedIn', () => {
  it('finds the calls jsI18n replaces, in minified code and either quote', () => {
    const script = `x=typeof AJS<"u"?AJS.I18n.getText("a.b"):"";y=WRM.I18n.getText('c-d');z=AJS.I18n.getText("a.b")`;
    assert.deepEqual(i18nKeysUsedIn(script), ['a.b', 'c-d']);
  });

  it('ignores calls whose key is not a literal', () => {
    assert.deepEqual(i18nKeysUsedIn('AJS.I18n.getText(key)'), []);
  });
});

describe('checkI18nKeys', () => {
  it('names the file and the keys missing from the properties', () => {
    const used = new Map([
      ['app.js', ['a', 'b', 'c']],
      ['loader.js', ['a']],
    ]);
    const problems = checkI18nKeys(used, new Set(['a']), 'x.properties');
    assert.equal(problems.length, 1);
    assert.match(
      problems[0]?.problem ?? '',
      /app\.js uses i18n keys missing from x\.properties: b, c/,
    );
  });
});
