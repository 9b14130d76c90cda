import assert from 'node:assert/strict';
import { test } from 'node:test';
import JSZip from 'jszip';
import { DEFAULT_LIMITS } from '../../model.ts';
import { SOURCES } from '../sources/index.ts';
import { textFile } from '../test-support/run.ts';
import { estimateAddedFile, estimateBundle } from './estimate.ts';

const limits = { ...DEFAULT_LIMITS, maxFileBytes: 1000 };

test('a log over the cap is estimated at the cap, newest part', async () => {
  const estimate = await estimateAddedFile(
    textFile('atlassian-jira.log', 'x'.repeat(5000)),
    limits,
  );
  assert.deepEqual(estimate, {
    name: 'atlassian-jira.log',
    size: 5000,
    estimatedBytes: 1000,
    treatment: 'newest-part',
  });
});

test('a small config is whole; a large non-log is left out', async () => {
  assert.equal(
    (await estimateAddedFile(textFile('server.xml', '<Server/>'), limits)).treatment,
    'whole',
  );
  const big = await estimateAddedFile(textFile('heap.json', 'x'.repeat(5000)), limits);
  assert.deepEqual([big.treatment, big.estimatedBytes], ['too-large', 0]);
});

test('a zip is estimated entry by entry, after caps, without unsafe entries', async () => {
  const zip = new JSZip();
  zip.file('application-logs/atlassian-jira.log', 'x'.repeat(4000));
  zip.file('application-config/dbconfig.xml', 'y'.repeat(300));
  zip.file('../evil.txt', 'z'.repeat(300));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const estimate = await estimateAddedFile(textFile('support.zip', bytes), limits);
  assert.equal(estimate.treatment, 'zip');
  assert.equal(estimate.estimatedBytes, 1300);
  assert.equal(estimate.entries, 2);
});

test('the bundle estimate adds typical source sizes and file estimates', async () => {
  const estimate = await estimateBundle({
    sourceIds: ['server-info', 'installed-apps', 'files'],
    files: [textFile('catalina.out', 'x'.repeat(400))],
    limits,
  });
  const typical = SOURCES.filter((s) => ['server-info', 'installed-apps'].includes(s.id)).reduce(
    (sum, s) => sum + s.typicalBytes,
    0,
  );
  assert.equal(estimate.totalBytes, typical + 400);
  assert.equal(estimate.overTotal, false);
  assert.ok(SOURCES.every((s) => s.id === 'files' || s.typicalBytes > 0));
});
