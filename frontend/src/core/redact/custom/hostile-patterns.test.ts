/**
 * Custom patterns an admin might paste: invalid ones, and ones that backtrack for minutes
 * on a single ordinary line. Both must be refused, naming the rule, before any text is read:
 * a pattern that runs is a pattern that can hang the worker (and the CLI, which has no Cancel).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CustomRuleError, type CustomRuleSpec } from '../index.ts';
import { newRedactor } from '../test-support/harness.ts';

function refusal(rule: CustomRuleSpec): CustomRuleError | undefined {
  try {
    newRedactor({ customRules: [rule] });
  } catch (error) {
    if (error instanceof CustomRuleError) return error;
    throw error;
  }
  return undefined;
}

test('invalid patterns and flags are refused, naming the rule and the problem', () => {
  const cases: [CustomRuleSpec, RegExp][] = [
    [{ pattern: '(' }, /not a valid regular expression/],
    [{ pattern: '[a-' }, /not a valid regular expression/],
    [{ pattern: 'a**' }, /not a valid regular expression/],
    [{ pattern: '(?<n>a)(?<n>b)' }, /not a valid regular expression/],
    [{ pattern: '\\' }, /not a valid regular expression/],
    [{ pattern: 'secret', flags: 'gy' }, /flags/],
    [{ pattern: 'x'.repeat(5000) }, /longer than/],
    [{ pattern: 'a?' }, /matches empty text/],
  ];
  for (const [rule, why] of cases) {
    const error = refusal({ id: 'pasted', ...rule });
    assert.ok(error, `accepted ${JSON.stringify(rule).slice(0, 60)}`);
    assert.match(error.message, /Custom rule 1 \(“pasted”\)/);
    assert.match(error.message, why);
  }
});

/**
 * Each takes more than 20 seconds in V8 on ONE 4 KiB window (the unit custom rules are matched
 * in) of a line with no match, and a long line has many windows. Measured once by hand, never
 * in a test: `.*.*=` 27 s and `\w+\w+!` 27 s on 4096 characters, `\d+\d+@` 53 s on 4000;
 * `(?:\w+)(?:\w+)(?:\w+)!` 24 s on only 400; the others are exponential or of a higher degree.
 */
const CATASTROPHIC = [
  '(a+)+$',
  '(a|aa)+$',
  '(\\w+\\s?)*$',
  '(.*a){12}',
  '.*.*.*.*.*.*=',
  '\\w+\\w+\\w+\\w+\\w+\\w+\\w+!',
  '[a-z]+[a-z]+[a-z]+[a-z]+@',
  '\\d+\\d+\\d+\\d+#',
  '(?:\\w+)(?:\\w+)(?:\\w+)!',
  '.*.*=',
  '\\w+\\w+!',
  '\\d+\\d+@',
];

test('patterns that backtrack catastrophically are refused before they can run', () => {
  const accepted = CATASTROPHIC.filter((pattern) => refusal({ pattern }) === undefined);
  assert.deepEqual(accepted, [], 'catastrophic patterns the safety check let through');
});

test('ordinary patterns an admin writes are still accepted', () => {
  for (const pattern of [
    'ACME-\\d{1,6}',
    '(?:ACME|WIDGET)-\\d+',
    '[A-Z]{3}\\d+(?:-\\d+)?',
    'customer-[a-z0-9]+\\.example\\.test',
    'host\\d+\\.corp',
  ]) {
    assert.equal(refusal({ pattern })?.message, undefined, pattern);
  }
});
