import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCustomRules } from './custom-rules.ts';

test('words: one per line or comma-separated, with an optional files: suffix', () => {
  const parsed = parseCustomRules('Falcon\n\nacme internal, Blue Moon files: *.log, config/**', '');
  assert.deepEqual(parsed.rules, [
    { id: 'word-1', keyword: 'Falcon' },
    { id: 'word-3-1', keyword: 'acme internal', files: ['*.log', 'config/**'] },
    { id: 'word-3-2', keyword: 'Blue Moon', files: ['*.log', 'config/**'] },
  ]);
  assert.deepEqual(
    parsed.origins.map((o) => o.line),
    [1, 3, 3],
  );
});

test('patterns: bare or /slashed/ with flags, each keeping its line for error messages', () => {
  const parsed = parseCustomRules('', 'ACME-\\d{4}\n/cust-[0-9]+/i files: *.log\n');
  assert.deepEqual(parsed.rules, [
    { id: 'pattern-1', pattern: 'ACME-\\d{4}' },
    { id: 'pattern-2', pattern: 'cust-[0-9]+', flags: 'i', files: ['*.log'] },
  ]);
  assert.deepEqual(parsed.origins, [
    { field: 'patterns', line: 1 },
    { field: 'patterns', line: 2 },
  ]);
});

test('the same word twice becomes one rule', () => {
  assert.equal(parseCustomRules('Falcon\nfalcon', '').rules.length, 1);
});
