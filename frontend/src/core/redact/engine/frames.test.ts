import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactAroundFrames, segments } from './frames.ts';

const FRAME = '\tat com.example.fake.Service.run(Service.java:42)\n';
const TRACE = FRAME.repeat(40);
const BLOCK = `first line user=alice\n${TRACE}second line user=bob\n${TRACE}last\n`;

test('frame runs are held out of the rules and come back unchanged', () => {
  const parts = segments(BLOCK);
  assert.deepEqual(
    parts.map((p) => p.frames),
    [false, true, false, true, false],
  );
  const seen: string[] = [];
  const out = redactAroundFrames(parts, (text) => {
    seen.push(text);
    return text.replace(/user=\w+/g, 'user=X');
  });
  assert.equal(seen.length, 1, 'the rules run once per block');
  assert.ok(!(seen[0] ?? '').includes('Service.java'), 'the rules never see the frames');
  assert.equal(out, BLOCK.replace(/user=\w+/g, 'user=X'));
});

test('a match that swallows a frame run is reported, so the caller can go segment by segment', () => {
  const parts = segments(BLOCK);
  const out = redactAroundFrames(parts, (text) => text.replace(/alice[^]*bob/, 'gone'));
  assert.equal(out, undefined);
});
