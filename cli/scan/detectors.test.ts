import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectInLine } from './detectors.ts';

const rules = (line: string) => detectInLine(line).map((found) => found.rule);

test('a password after a password-like key is a finding', () => {
  assert.deepEqual(rules('jdbc.password=hunter2-FAKE'), ['password-value']);
  assert.deepEqual(rules('"secret": "s3cr3t-FAKE"'), ['password-value']);
});

test('counts and flags after a password-like key are not (a redaction report has them)', () => {
  assert.deepEqual(rules('    "secret": 9,'), []);
  assert.deepEqual(rules('<span>secret</span> 12'), []);
  assert.deepEqual(rules('websudo.password.required=true'), []);
});

test('a browser version in a user agent is not an address; an address after a path is', () => {
  assert.deepEqual(
    rules('"userAgent": "Mozilla/5.0 (X11) HeadlessChrome/156.0.0.0 Safari/537.36"'),
    [],
  );
  assert.deepEqual(rules('Chrome/131.0.0.0'), []);
  assert.deepEqual(rules('GET http://172.16.5.22/rest'), ['ipv4']);
  assert.deepEqual(rules('see /hosts/172.16.5.22 for details'), ['ipv4']);
});
