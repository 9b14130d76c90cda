import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CustomRuleError, type CustomRuleSpec } from '../index.ts';
import { newRedactor } from '../test-support/harness.ts';

function errorOf(rules: CustomRuleSpec[]): CustomRuleError {
  try {
    newRedactor({ customRules: rules });
  } catch (e) {
    if (e instanceof CustomRuleError) return e;
    throw e;
  }
  throw new Error('no error');
}

test('keywords and patterns are pseudonymised consistently, in any case', async () => {
  const r = newRedactor({
    customRules: [{ id: 'codename', keyword: 'Project Falcon' }, { pattern: 'CASE-\\d{6}' }],
  });
  const out = await r.redactText(
    'x.log',
    'Project Falcon and PROJECT FALCON in CASE-123456 and CASE-12',
  );
  const falcon = await r.pseudonym('custom', 'project falcon');
  assert.equal(
    out,
    `${falcon} and ${falcon} in ${await r.pseudonym('custom', 'CASE-123456')} and CASE-12`,
  );
  assert.deepEqual(r.report().files[0]?.counts, { 'custom:codename': 2, 'custom:custom-2': 1 });
  assert.equal(r.report().byClass.content, 3);
});

test('file globs limit a rule to some files', async () => {
  const r = newRedactor({
    customRules: [{ keyword: 'internal-codename', files: ['*.log', 'config/**'] }],
  });
  assert.notEqual(await r.redactText('logs/a.log', 'internal-codename'), 'internal-codename');
  assert.notEqual(
    await r.redactText('config/x/y.properties', 'internal-codename'),
    'internal-codename',
  );
  assert.equal(
    await r.redactText('jira/server-info.json', '"internal-codename"'),
    '"internal-codename"',
  );
});

test('mistakes give a clear error naming the rule', () => {
  const invalid = errorOf([{ keyword: 'ok' }, { id: 'broken', pattern: 'a(b' }]);
  assert.equal(invalid.ruleIndex, 1);
  assert.match(
    invalid.message,
    /^Custom rule 2 \(“broken”\): the pattern is not a valid regular expression/,
  );
  assert.match(errorOf([{}]).message, /either a keyword or a pattern/);
  assert.match(errorOf([{ keyword: 'a', pattern: 'b' }]).message, /either a keyword or a pattern/);
  assert.match(errorOf([{ pattern: 'x*' }]).message, /matches empty text/);
  assert.match(errorOf([{ pattern: 'x', flags: 'gy' }]).message, /flags/);
  assert.match(errorOf([{ id: 'bad id!', keyword: 'xx' }]).message, /id may use/);
  assert.match(
    errorOf([
      { id: 'a', keyword: 'xx' },
      { id: 'a', keyword: 'yy' },
    ]).message,
    /used by another/,
  );
});

test('catastrophically slow patterns are refused before they can hang', () => {
  for (const pattern of [
    '(a+)+$',
    '(\\w+\\s?)*x',
    '(a|a)*b',
    '(.*a){3,}',
    '([a-z]+)*@',
    '(x+x+)+y',
  ]) {
    const e = errorOf([{ pattern }]);
    assert.match(e.message, /exponential time/, pattern);
  }
  assert.match(errorOf([{ pattern: '(a)\\1' }]).message, /back-references/);
  // Safe patterns with groups and bounded repetition are fine.
  newRedactor({
    customRules: [{ pattern: '(?:ACME|WIDGET)-\\d{1,6}' }, { pattern: '[A-Z]{3}\\d+(?:-\\d+)?' }],
  });
});

test('chained repetitions over shared characters are refused; separated ones are fine', () => {
  for (const pattern of ['\\w+\\s*\\w+\\s*\\w+x', '.+.+.+=', '[a-z0-9]+[a-z]+\\d+!']) {
    assert.match(errorOf([{ pattern }]).message, /chains 2 or more repetitions/, pattern);
  }
  newRedactor({
    customRules: [
      { pattern: '\\d+\\.\\d+\\.\\d+\\.\\d+' },
      { pattern: '[^@\\s]+@[^@\\s]+\\.[a-z]+' },
    ],
  });
});
