/**
 * Request codes from someone who means harm, or from a mangled paste: a correct checksum
 * over garbage, prototype keys, deep nesting, markup, and pastes of many megabytes. Each is
 * refused with a RequestCodeError an admin can read, and none changes anything else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { decodeRequest, encodeRequest, RequestCodeError } from './index.ts';
import { toBase64Url } from './base64url.ts';

/** A code with a CORRECT checksum over any payload: only the content checks can refuse it. */
function codeOver(payload: Uint8Array): string {
  const check = createHash('sha256').update(payload).digest().subarray(0, 6);
  return `SB1-${toBase64Url(payload)}-${toBase64Url(new Uint8Array(check))}`;
}

function codeOverJson(text: string): string {
  return codeOver(new TextEncoder().encode(text));
}

async function refusal(code: string): Promise<RequestCodeError> {
  try {
    await decodeRequest(code);
  } catch (error) {
    assert.ok(error instanceof RequestCodeError, `expected RequestCodeError, got ${String(error)}`);
    assert.match(error.message, /support|code/i, 'the message says what to do');
    return error;
  }
  assert.fail(`accepted a hostile code: ${code.slice(0, 60)}…`);
}

test('garbage bytes under a correct checksum are refused with a readable reason', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 600 }), async (bytes) => {
      const error = await refusal(codeOver(bytes));
      assert.ok(['malformed', 'invalid'].includes(error.problem), error.problem);
    }),
    { numRuns: 300 },
  );
});

test('any JSON under a correct checksum is accepted only when it is a valid request', async () => {
  await fc.assert(
    fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
      try {
        const request = await decodeRequest(codeOverJson(JSON.stringify(value)));
        // Accepted: then it has the shape the screen relies on.
        assert.match(request.ticket, /^[A-Z][A-Z0-9]+-\d+$/);
        assert.ok(request.sources.length > 0);
      } catch (error) {
        assert.ok(error instanceof RequestCodeError, String(error));
      }
    }),
    { numRuns: 300 },
  );
});

test('prototype keys are refused and pollute nothing', async () => {
  const payloads = [
    '{"t":"VS-1","b":"x","s":["a"],"c":1,"__proto__":{"polluted":true}}',
    '{"t":"VS-1","b":"x","s":["a"],"c":1,"constructor":{"prototype":{"polluted":true}}}',
  ];
  for (const payload of payloads) {
    const error = await refusal(codeOverJson(payload));
    assert.equal(error.problem, 'invalid', payload);
  }
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
});

test('deep nesting, wrong types and out-of-range numbers are refused naming the field', async () => {
  const deep = `${'['.repeat(400)}${']'.repeat(400)}`;
  const cases: [string, RegExp][] = [
    [`{"t":"VS-1","b":"x","s":${deep},"c":1}`, /sources/],
    ['{"t":"VS-1","b":"x","s":"all","c":1}', /sources/],
    ['{"t":"VS-1","b":"x","s":["a"],"c":1,"h":1e308}', /hours/],
    ['{"t":"VS-1","b":"x","s":["a"],"c":-1}', /created/],
    ['{"t":"<script>x</script>","b":"x","s":["a"],"c":1}', /ticket/],
  ];
  for (const [payload, field] of cases) {
    const error = await refusal(codeOverJson(payload));
    assert.equal(error.problem, 'invalid', payload);
    assert.match(error.message, field, payload);
  }
});

test('markup in a valid request stays plain text for the screen to escape', async () => {
  const code = await encodeRequest({
    ticket: 'VS-4821',
    requestedBy: '<img src=x onerror=alert(1)>',
    sources: ['<script>alert(1)</script>'],
    note: '"><svg onload=alert(1)>',
  });
  const request = await decodeRequest(code);
  assert.equal(request.requestedBy, '<img src=x onerror=alert(1)>');
  assert.deepEqual(request.sources, ['<script>alert(1)</script>']);
});

test('truncated at every length, a valid code is refused, never accepted as something else', async () => {
  const code = await encodeRequest({ ticket: 'VS-4821', requestedBy: 'Support', sources: ['a'] });
  for (let length = 0; length < code.length; length++) {
    const error = await refusal(code.slice(0, length));
    assert.ok(['malformed', 'altered'].includes(error.problem), `${length}: ${error.problem}`);
  }
});

test('a paste of many megabytes is refused as oversized, without reading it as a code', async () => {
  const code = await encodeRequest({ ticket: 'VS-4821', requestedBy: 'Support', sources: ['a'] });
  const pastes = [
    'x'.repeat(8 * 1024 * 1024),
    `${code}${'A'.repeat(4 * 1024 * 1024)}`,
    `https://jira.example.test/#vilisoft-support-bundle/request=${'Q'.repeat(4 * 1024 * 1024)}`,
  ];
  for (const paste of pastes) assert.equal((await refusal(paste)).problem, 'oversized');
});

test('whitespace and line breaks of many megabytes around a code do not hide it', async () => {
  const code = await encodeRequest({ ticket: 'VS-4821', requestedBy: 'Support', sources: ['a'] });
  const padded = `${' \n'.repeat(2 * 1024 * 1024)}${code}${'\t'.repeat(1024 * 1024)}`;
  assert.equal((await decodeRequest(padded)).ticket, 'VS-4821');
});
