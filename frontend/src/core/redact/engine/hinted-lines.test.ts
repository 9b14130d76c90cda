import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Rule, Scope } from '../types.ts';
import { applyOnHintedLines } from './hinted-lines.ts';

const scope: Scope = {
  path: 'a.log',
  format: 'log',
  token: (_kind, value) => value,
  hit: () => undefined,
  isToken: () => false,
};

function maskRule(seen: string[]): Rule {
  return {
    id: 'test-pass',
    ruleClass: 'secret',
    method: 'remove',
    description: 'test',
    hints: [/pass/i, 'pwd'],
    lineLocal: true,
    since: '0',
    changed: '0',
    apply(text) {
      seen.push(text);
      return text.replace(/(pass\w*|pwd)=\S+/gi, '$1=X');
    },
  };
}

const filler = 'INFO nothing to see here, just a long ordinary log line\n'.repeat(40);

test('a line-local rule sees only its hinted lines, merged into runs, and the rest is kept', () => {
  const text = `${filler}a Password=one\nb pwd=two\n${filler}c PASS=three`;
  const seen: string[] = [];
  const out = applyOnHintedLines(text, maskRule(seen), scope);
  assert.equal(out, `${filler}a Password=X\nb pwd=X\n${filler}c PASS=X`);
  assert.deepEqual(seen, ['a Password=one\nb pwd=two\n', 'c PASS=three']);
});

test('when hinted lines are most of the block the rule runs once on all of it', () => {
  const text = 'password=a\nx\npassword=b\n';
  const seen: string[] = [];
  assert.equal(applyOnHintedLines(text, maskRule(seen), scope), 'password=X\nx\npassword=X\n');
  assert.deepEqual(seen, [text]);
});

test('no hinted line: the rule does not run', () => {
  const seen: string[] = [];
  assert.equal(applyOnHintedLines(filler, maskRule(seen), scope), filler);
  assert.deepEqual(seen, []);
});
