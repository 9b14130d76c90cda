import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LIMITS } from '../core/model.ts';
import { draftFrom, toLimits } from './limits.ts';

test('the defaults read back as the same limits', () => {
  assert.deepEqual(toLimits(draftFrom(DEFAULT_LIMITS), DEFAULT_LIMITS), {
    limits: DEFAULT_LIMITS,
    invalid: [],
  });
});

test('typed values become bytes and hours; 0 hours keeps every log line', () => {
  const { limits } = toLimits(
    { maxFileMb: '10', logWindowHours: '0', maxTotalMb: ' 100 ' },
    DEFAULT_LIMITS,
  );
  assert.equal(limits?.maxFileBytes, 10 * 1024 * 1024);
  assert.equal(limits?.logWindowHours, 0);
  assert.equal(limits?.maxTotalBytes, 100 * 1024 * 1024);
});

test('a value that is not a whole number in range is named, and no limits are given', () => {
  const result = toLimits(
    { maxFileMb: '0', logWindowHours: '1.5', maxTotalMb: '5000' },
    DEFAULT_LIMITS,
  );
  assert.equal(result.limits, undefined);
  assert.deepEqual(result.invalid, ['maxFileMb', 'logWindowHours', 'maxTotalMb']);
});
