/**
 * Property tests of the redactor: random and adversarial input never throws, a secret hidden
 * in noise is found whole and streamed, and the cost grows linearly with the input.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createRedactor, type Redactor } from '../redact/index.ts';
import { collect, cutAt, fromChunks } from './test-support/chunks.ts';
import { measureAdversarialPatterns } from './test-support/linear-time.ts';
import { ADVERSARIAL_PATTERNS } from './test-support/adversarial.ts';

const SECRET = new TextEncoder().encode('property-test-key-FAKE-0123456789ab');

function redactor(): Redactor {
  const r = createRedactor({ secret: SECRET });
  r.learnValue('user', 'jsmith-fake');
  r.learnValue('host', 'jira.globex-fake.example.test');
  return r;
}

const PATHS = [
  'atlassian-jira.log',
  'catalina.out',
  'thread-dump.txt',
  'setenv.sh',
  'dbconfig.xml',
  'server.xml',
  'rest/serverInfo.json',
  'browser.har',
  'cluster.properties',
  'jira-values.yaml',
  'notes',
];

/** Fragments that switch rules on or confuse them, glued together at random. */
const ATOMS = [
  '1',
  '9',
  '0',
  '.',
  ':',
  '@',
  '=',
  '-',
  '_',
  '/',
  '\\',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '(',
  ')',
  '<',
  '>',
  '&amp;',
  '%40',
  '%3D',
  '0x',
  'a',
  'Z',
  'é',
  '😀',
  '\u0000',
  '\ufffd',
  'password',
  'password=',
  'passwd: ',
  'Bearer ',
  'Basic ',
  'eyJ',
  'AAAB',
  'user: ',
  'url: ',
  'JIRAUSER',
  'SEN-',
  '-D',
  '-Xmx',
  '-----BEGIN PRIVATE KEY-----',
  '-----END PRIVATE KEY-----',
  'jsmith-fake',
  'example.test',
  '10.',
  '192.168.',
  '::',
  'fe80::',
  'ghp_',
  'AKIA',
  'JSESSIONID=',
  'atl_token=',
  '<password>',
  '</password>',
  '"password":',
  'http://',
  'https://',
  'jdbc:postgresql://',
  '4111 ',
  'C:\\Users\\',
  '/home/',
  'at com.a.B.c(B.java:1)',
];

const adversarialText = fc
  .array(fc.constantFrom(...ATOMS), { maxLength: 300 })
  .map((atoms) => atoms.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 3000 }),
  fc.string({ unit: 'grapheme', maxLength: 1000 }),
  adversarialText,
);
const anyPath = fc.constantFrom(...PATHS);

const HIDDEN: { line: string; value: string }[] = [
  { line: 'password=s3cr3t-FAKE-prop', value: 's3cr3t-FAKE-prop' },
  {
    line: 'Authorization: Bearer NDQ3MjE5NTg4MDEyOkZBS0UtcHJvcC10b2tlbg==',
    value: 'NDQ3MjE5NTg4MDEyOkZBS0UtcHJvcC10b2tlbg',
  },
  {
    line: 'mail to prop.fake@globex-fake.example.test failed',
    value: 'prop.fake@globex-fake.example.test',
  },
  { line: 'client 10.99.88.77 connected', value: '10.99.88.77' },
  {
    line: 'token ghp_FAKE0prop1FAKE2prop3FAKE4prop5FAKE6x',
    value: 'ghp_FAKE0prop1FAKE2prop3FAKE4prop5FAKE6x',
  },
  { line: 'key AKIAFAKEPROPFAKE9876', value: 'AKIAFAKEPROPFAKE9876' },
];

/**
 * 8 redactions of 16 KiB against 1 of 128 KiB: the same bytes, so a linear redactor shows a
 * ratio near 1 and a quadratic one near 8. The bound 4 equals an n-vs-8n time ratio of 32.
 */
const RATIO_BOUND = 4;
const LINEAR_TIME_SETTINGS = {
  unitBytes: 16 * 1024,
  factor: 8,
  repetitions: 5,
  retryAbove: RATIO_BOUND,
  deadlineMs: 30_000,
};

describe('redactor properties', () => {
  it('never throws on random text, whatever the file', async () => {
    const r = redactor();
    await fc.assert(
      fc.asyncProperty(anyPath, anyText, async (path, text) => {
        assert.equal(typeof (await r.redactText(path, text)), 'string');
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on random bytes given as a bundle item', async () => {
    const r = redactor();
    await fc.assert(
      fc.asyncProperty(anyPath, fc.uint8Array({ maxLength: 4000 }), async (path, bytes) => {
        const out = await r.redactItem({ path, sourceId: 'files', bytes, mediaType: 'text/plain' });
        assert.ok(out === null || out.bytes instanceof Uint8Array);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws when streaming random text cut at random places', async () => {
    const r = redactor();
    await fc.assert(
      fc.asyncProperty(anyPath, anyText, fc.array(fc.nat()), async (path, text, cuts) => {
        const offsets = cuts.map((c) => c % (text.length + 1));
        const out = await collect(r.redactStream(path, fromChunks(cutAt(text, offsets))));
        assert.equal(typeof out, 'string');
      }),
      { numRuns: 300 },
    );
  });

  it('finds a secret hidden in noise, whole and streamed in random chunks', async () => {
    const r = redactor();
    await fc.assert(
      fc.asyncProperty(
        adversarialText,
        fc.constantFrom(...HIDDEN),
        adversarialText,
        fc.array(fc.nat()),
        async (before, hidden, after, cuts) => {
          // Line breaks around the secret keep its own boundaries clear of the noise.
          const text = `${before}\n${hidden.line}\n${after}`;
          const whole = await r.redactText('atlassian-jira.log', text);
          assert.ok(
            !whole.toLowerCase().includes(hidden.value.toLowerCase()),
            `kept ${hidden.value}`,
          );
          const offsets = cuts.map((c) => c % (text.length + 1));
          const chunks = fromChunks(cutAt(text, offsets));
          const streamed = await collect(r.redactStream('atlassian-jira.log', chunks));
          assert.ok(
            !streamed.toLowerCase().includes(hidden.value.toLowerCase()),
            `streamed ${hidden.value}`,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on deep nesting or a huge single line', async () => {
    const r = redactor();
    const deep = 20_000;
    const cases: [string, string][] = [
      ['rest/serverInfo.json', '['.repeat(deep) + ']'.repeat(deep)],
      ['rest/serverInfo.json', '{"a":'.repeat(deep) + '1' + '}'.repeat(deep)],
      ['server.xml', '<a>'.repeat(deep) + '</a>'.repeat(deep)],
      ['jira-values.yaml', 'a: ' + '['.repeat(deep) + ']'.repeat(deep)],
      ['atlassian-jira.log', '[{('.repeat(deep) + ')}]'.repeat(deep)],
      ['atlassian-jira.log', 'x'.repeat(4 * 1024 * 1024)],
    ];
    const threw: string[] = [];
    for (const [path, text] of cases) {
      await r.redactText(path, text).catch((error: unknown) => {
        threw.push(`  ${path} (${text.slice(0, 12)}…): ${String(error)}`);
      });
    }
    assert.equal(threw.length, 0, `threw on:\n${threw.join('\n')}`);
  });

  it('costs time linear in the input size, even on adversarial input', async () => {
    const timings = await measureAdversarialPatterns(LINEAR_TIME_SETTINGS);
    const bad = timings.filter(
      (t) => t.problem !== undefined || (t.ratio ?? Infinity) >= RATIO_BOUND,
    );
    const lines = bad.map((t) =>
      t.problem
        ? `  ${t.id}: ${t.problem}`
        : `  ${t.id}: 128 KiB took ${t.ratio?.toFixed(1)}x the time of 8 x 16 KiB (${t.bigMs?.toFixed(1)} ms vs ${t.smallMs?.toFixed(1)} ms)`,
    );
    assert.equal(bad.length, 0, `super-linear or failing on:\n${lines.join('\n')}`);
    assert.equal(timings.length, ADVERSARIAL_PATTERNS.length, 'every pattern measured');
  });

  it('has a timing check that does flag a quadratic redactor', async () => {
    const [timing] = await measureAdversarialPatterns({
      ...LINEAR_TIME_SETTINGS,
      repetitions: 3,
      retryAbove: Infinity,
      only: ['digits, one line'],
      redactorModule: new URL('./test-support/quadratic-redactor.ts', import.meta.url).href,
    });
    assert.ok(timing?.ratio !== undefined && timing.ratio >= RATIO_BOUND, `ratio ${timing?.ratio}`);
  });
});
