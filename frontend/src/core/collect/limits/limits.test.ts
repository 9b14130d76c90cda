import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepNewest, readNewest } from './keep-newest.ts';
import { parseLogTimestamp } from './log-time.ts';
import { applyLogWindow } from './log-window.ts';
import { applyTotalCap } from './total-cap.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

test('reads Jira, ISO, Kubernetes, docker-compose and Tomcat timestamps', () => {
  const jira = parseLogTimestamp('2026-11-20 09:14:03,512 http-nio-8080-exec-17 ERROR ...');
  assert.equal(jira, Date.UTC(2026, 10, 20, 9, 14, 3, 512));
  assert.equal(parseLogTimestamp('2026-11-20T09:14:03.512Z stderr F x'), jira);
  assert.equal(parseLogTimestamp('2026-11-20T10:14:03.512+01:00 x'), jira);
  assert.equal(parseLogTimestamp('jira  | 2026-11-20 09:14:03,512 main INFO'), jira);
  assert.equal(parseLogTimestamp('20-Nov-2026 09:14:03.512 INFO [main] x'), jira);
  assert.equal(parseLogTimestamp('\tat com.atlassian.jira.Foo.bar(Foo.java:12)'), undefined);
  assert.equal(parseLogTimestamp('Caused by: java.lang.IllegalStateException'), undefined);
});

const LOG = [
  '2026-11-18 08:00:00,000 main INFO old start',
  '2026-11-19 08:00:00,000 http-nio-8080-exec-1 ERROR old failure',
  'java.lang.IllegalStateException: old',
  '\tat com.atlassian.jira.Old.run(Old.java:1)',
  '2026-11-19 10:00:00,000 http-nio-8080-exec-2 ERROR recent failure',
  'java.lang.IllegalStateException: recent',
  '\tat com.atlassian.jira.New.run(New.java:2)',
  '2026-11-20 09:00:00,000 main INFO newest',
].join('\n');

test('the window keeps entries newer than N hours before the newest, stack frames included', () => {
  const result = applyLogWindow(LOG, 24);
  assert.deepEqual(result.text.split('\n'), [
    '2026-11-19 10:00:00,000 http-nio-8080-exec-2 ERROR recent failure',
    'java.lang.IllegalStateException: recent',
    '\tat com.atlassian.jira.New.run(New.java:2)',
    '2026-11-20 09:00:00,000 main INFO newest',
  ]);
  assert.equal(result.droppedLines, 4);
});

test('window 0 keeps everything; a file without timestamps is kept whole', () => {
  assert.equal(applyLogWindow(LOG, 0).text, LOG);
  const plain = 'key=value\nother=thing';
  assert.deepEqual(applyLogWindow(plain, 24), { text: plain, droppedLines: 0 });
});

test('leading continuation lines follow the first entry', () => {
  const cut = '\tat orphan.Frame(Frame.java:1)\n2026-11-20 09:00:00,000 main INFO x';
  assert.equal(applyLogWindow(cut, 1).text, cut);
  const old =
    '\tat orphan.Frame(Frame.java:1)\n2026-11-18 09:00:00,000 main INFO x\n2026-11-20 09:00:00,000 y';
  assert.equal(applyLogWindow(old, 1).text, '2026-11-20 09:00:00,000 y');
});

test('the cap keeps the newest part, starting on a whole line', () => {
  const bytes = encode('first line\nsecond line\nthird line\n');
  const part = keepNewest(bytes, 15);
  assert.equal(decode(part.bytes), 'third line\n');
  assert.equal(part.truncated, true);
  assert.equal(part.droppedBytes, bytes.byteLength - part.bytes.byteLength);
  // A cut that falls right on a line start keeps that line.
  assert.equal(decode(keepNewest(bytes, 23).bytes), 'second line\nthird line\n');
  assert.deepEqual(keepNewest(bytes, 1000).truncated, false);
});

test('multi-byte characters are never split by the cap', () => {
  const bytes = encode('äöü äöü\nÄÖÜ ÄÖÜ\nßßß\n');
  const text = decode(keepNewest(bytes, 25).bytes);
  assert.equal(text, 'ÄÖÜ ÄÖÜ\nßßß\n');
});

test('streaming reads only the newest part and cuts at the same place', async () => {
  const text = Array.from(
    { length: 200 },
    (_, i) => `2026-11-20 09:00:${String(i % 60).padStart(2, '0')},000 line ${i}`,
  ).join('\n');
  const bytes = encode(text);
  let startedAt = -1;
  const file = {
    bytes: async () => bytes,
    async *stream(start = 0) {
      startedAt = start;
      yield bytes.subarray(start);
    },
  };
  const streamed = await readNewest(bytes.byteLength, 500, file);
  assert.ok(startedAt > 0);
  assert.equal(decode(streamed.bytes), decode(keepNewest(bytes, 500).bytes));
  assert.ok(streamed.bytes.byteLength <= 500);
  assert.match(decode(streamed.bytes), /line 199$/);
});

test('the total cap keeps items in order until the cap and logs the rest', () => {
  const item = (path: string, size: number) => ({
    path,
    sourceId: 'files',
    bytes: new Uint8Array(size),
    mediaType: 'text/plain',
  });
  const result = applyTotalCap([item('a', 40), item('b', 50), item('c', 10)], 60);
  assert.deepEqual(
    result.items.map((i) => i.path),
    ['a', 'c'],
  );
  assert.equal(result.log[0]?.kind, 'too-large');
  assert.match(result.log[0]?.message ?? '', /^b was left out/);
});
