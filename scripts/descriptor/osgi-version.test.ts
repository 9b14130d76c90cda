import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkVersion, isOsgiVersion, toOsgiVersion } from './osgi-version.ts';
import { parseXml } from './xml-tree.ts';

describe('isOsgiVersion', () => {
  it('accepts major[.minor[.micro[.qualifier]]]', () => {
    for (const version of ['1', '1.2', '1.2.0', '0.1.0', '1.2.0.beta-1', '10.3.7.20260101_rc2']) {
      assert.equal(isOsgiVersion(version), true, version);
    }
  });

  it('rejects what the plugin framework cannot parse', () => {
    for (const version of [
      '',
      'v1.2.0',
      '1.2.0-beta',
      '01.2.0',
      '1..2',
      '1.2.0.',
      '1.2.0.beta.1',
      '1.2.0.b eta',
      ' 1.2.0',
      '1.2.0.beta+1',
    ]) {
      assert.equal(isOsgiVersion(version), false, version);
    }
  });
});

describe('toOsgiVersion', () => {
  it('keeps a plain release version', () => {
    assert.equal(toOsgiVersion('1.2.0'), '1.2.0');
  });

  it('turns pre-release and build parts into a qualifier', () => {
    assert.equal(toOsgiVersion('1.2.0-beta.1'), '1.2.0.beta-1');
    assert.equal(toOsgiVersion('1.2.0-rc.2+build.7'), '1.2.0.rc-2-build-7');
    assert.equal(isOsgiVersion(toOsgiVersion('2.0.0-alpha.1+sha.5114f85')), true);
  });

  it('leaves non-semver alone so the check can name it', () => {
    assert.equal(toOsgiVersion('next'), 'next');
  });
});

describe('checkVersion', () => {
  const descriptor = (version: string): string =>
    `<atlassian-plugin key="k"><plugin-info><version>${version}</version></plugin-info></atlassian-plugin>`;

  it('passes an OSGi version', () => {
    assert.deepEqual(checkVersion(parseXml(descriptor('1.2.0'))), []);
  });

  it('names the bad version and how to fix it', () => {
    const [problem] = checkVersion(parseXml(descriptor('1.2.0-SNAPSHOT')));
    assert.match(problem?.problem ?? '', /"1\.2\.0-SNAPSHOT".*not an OSGi version/);
    assert.match(problem?.fix ?? '', /package\.json/);
  });

  it('reports a missing version', () => {
    const problems = checkVersion(parseXml('<atlassian-plugin><plugin-info/></atlassian-plugin>'));
    assert.match(problems[0]?.problem ?? '', /no <plugin-info><version>/);
  });
});
