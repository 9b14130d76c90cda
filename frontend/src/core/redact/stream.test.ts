/** Streaming: chunk by chunk, with matches straddling chunk boundaries still found. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newRedactor } from './test-support/harness.ts';
import { streamBlocks } from './stream.ts';

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(it: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const piece of it) out += piece;
  return out;
}

const LINE = (i: number) =>
  `2024-01-15 10:23:45,${String(i % 1000).padStart(3, '0')}+0000 http-nio-8080-exec-${i % 9} url: /x; user: user${i % 7}x INFO user${i % 7}x ${i}x1x1 abcd${i % 5} 10.0.${i % 3}.${i % 250} /x [c.a.X] password=FAKE${i} mail jsmith${i % 4}@acme.example.test\n`;

test('a stream gives exactly what redacting the whole text gives, whatever the chunk size', async () => {
  let text = '';
  for (let i = 0; i < 3000; i++) text += LINE(i);
  text += '-----BEGIN PRIVATE KEY-----\nMIIFAKEFAKE\nMIIFAKEFAKE\n-----END PRIVATE KEY-----\ntail';
  const whole = await newRedactor().redactText('atlassian-jira.log', text);
  for (const size of [1, 7, 4096, 65_537]) {
    const r = newRedactor();
    const streamed = await collect(r.redactStream('atlassian-jira.log', chunksOf(text, size)));
    assert.equal(streamed, whole, `chunk size ${size}`);
    assert.ok(
      !streamed.includes('FAKE') && !streamed.includes('jsmith') && !streamed.includes('10.0.1.'),
    );
    assert.equal(r.report().files[0]?.counts.password, 3000);
  }
});

test('blocks end at line ends and never split a PEM key, however the chunks fall', async () => {
  const key =
    '-----BEGIN RSA PRIVATE KEY-----\n' +
    'MIIFAKEFAKEFAKEFAKEFAKE\n'.repeat(20) +
    '-----END RSA PRIVATE KEY-----\n';
  const text = 'a'.repeat(100) + '\n' + key + 'after\n';
  const blocks: string[] = [];
  for await (const b of streamBlocks(chunksOf(text, 13), 64)) blocks.push(b);
  assert.equal(blocks.join(''), text);
  for (const b of blocks.slice(0, -1)) assert.ok(b.endsWith('\n'));
  assert.ok(blocks.some((b) => b.includes('BEGIN') && b.includes('END')));
});

test('a line longer than the cap is cut, so memory stays bounded', async () => {
  const long = 'x '.repeat(1_200_000);
  const blocks: string[] = [];
  for await (const b of streamBlocks(chunksOf(long, 100_000))) blocks.push(b);
  assert.equal(blocks.join(''), long);
  assert.ok(blocks.length >= 2 && blocks.every((b) => b.length <= 1024 * 1024 + 100_000));
});

test('a streamed JSON file is still redacted by its structure', async () => {
  const json = JSON.stringify({
    name: 'jsmith',
    emailAddress: 'j@acme.example.test',
    password: 'FAKE',
  });
  const out = await collect(newRedactor().redactStream('jira/myself.json', chunksOf(json, 5)));
  const data = JSON.parse(out) as Record<string, string>;
  assert.equal(data.password, '[REDACTED:password]');
  assert.match(data.name ?? '', /^user-/);
});
