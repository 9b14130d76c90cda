import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  decodeRequest,
  encodeRequest,
  MAX_REQUEST_CODE_LENGTH,
  RequestCodeError,
  requestLinkFragment,
  type RequestInput,
} from './index.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';

const sample: RequestInput = {
  ticket: 'VS-4821',
  requestedBy: 'Ana Example, Vilisoft support',
  sources: ['jira-server-info', 'installed-apps', 'health-checks', 'not-yet-known-source'],
  logWindowHours: 24,
  note: 'Time in Status sync fails since upgrade — äöü ✓',
  createdAt: '2026-11-20T09:14:03.000Z',
};

async function rejects(code: string, problem: RequestCodeError['problem']): Promise<string> {
  try {
    await decodeRequest(code);
  } catch (error) {
    assert.ok(error instanceof RequestCodeError, `expected RequestCodeError, got ${String(error)}`);
    assert.equal(error.problem, problem, error.message);
    return error.message;
  }
  assert.fail(`expected "${code.slice(0, 40)}…" to be rejected as ${problem}`);
}

test('a request survives encoding and decoding, unknown source ids included', async () => {
  const code = await encodeRequest(sample);
  assert.match(code, /^SB1-[A-Za-z0-9_-]+-[A-Za-z0-9_-]{8}$/);
  const request = await decodeRequest(code);
  assert.deepEqual(request, { ...sample, id: request.id });
  assert.match(request.id, /^req-[0-9a-f]{8}$/);
});

test('the id is derived from the content: same request, same id; different request, different id', async () => {
  const a = await decodeRequest(await encodeRequest(sample));
  const b = await decodeRequest(await encodeRequest(sample));
  const c = await decodeRequest(await encodeRequest({ ...sample, ticket: 'VS-4822' }));
  assert.equal(a.id, b.id);
  assert.notEqual(a.id, c.id);
});

test('optional fields stay absent and createdAt defaults to now', async () => {
  const before = Date.now() - 1000;
  const request = await decodeRequest(
    await encodeRequest({ ticket: 'VS-1', requestedBy: 'Support', sources: ['jira-server-info'] }),
  );
  assert.equal(request.logWindowHours, undefined);
  assert.equal(request.note, undefined);
  assert.ok(Date.parse(request.createdAt) >= before);
});

test('a code is accepted inside a URL, a fragment, or wrapped over lines', async () => {
  const code = await encodeRequest(sample);
  const fragment = requestLinkFragment(code);
  assert.equal(fragment, `#vilisoft-support-bundle/request=${code}`);
  const url = `https://jira.example.test/jira/plugins/servlet/support-bundle${fragment}`;
  const wrapped = `  ${code.slice(0, 30)}\n${code.slice(30)}  `;
  for (const text of [fragment, url, wrapped]) {
    assert.equal((await decodeRequest(text)).ticket, 'VS-4821');
  }
});

test('any single changed character is detected', async () => {
  const code = await encodeRequest(sample);
  const start = 'SB1-'.length;
  for (let i = start; i < code.length; i++) {
    if (code[i] === '-') continue;
    const replacement = code[i] === 'A' ? 'B' : 'A';
    const altered = code.slice(0, i) + replacement + code.slice(i + 1);
    await assert.rejects(decodeRequest(altered), RequestCodeError, `edit at ${i} went unnoticed`);
  }
});

test('a valid-looking code with a changed payload is reported as altered', async () => {
  const code = await encodeRequest(sample);
  const [, payload, check] = code.split('-') as [string, string, string];
  const json = JSON.parse(new TextDecoder().decode(fromBase64Url(payload) ?? new Uint8Array()));
  json.h = 720;
  const forgedPayload = toBase64Url(new TextEncoder().encode(JSON.stringify(json)));
  const message = await rejects(`SB1-${forgedPayload}-${check}`, 'altered');
  assert.match(message, /changed or damaged/);
});

test('malformed, truncated, unknown-version and oversized codes are rejected with a reason', async () => {
  const code = await encodeRequest(sample);
  await rejects('', 'malformed');
  await rejects('hello', 'malformed');
  await rejects(code.slice(0, code.length - 3), 'malformed');
  await rejects(code.replace(/^SB1-/, 'SB2-'), 'unknown-version');
  await rejects(`SB1-${'A'.repeat(MAX_REQUEST_CODE_LENGTH)}-AAAAAAAA`, 'oversized');
});

test('invalid requests are refused when encoding, naming the field', async () => {
  const cases: [Partial<RequestInput>, RegExp][] = [
    [{ ticket: 'vs-1' }, /ticket/],
    [{ logWindowHours: 0 }, /hours/],
    [{ logWindowHours: 721 }, /hours/],
    [{ note: 'x'.repeat(501) }, /note/],
    [{ sources: [] }, /sources/],
  ];
  for (const [change, field] of cases) {
    await assert.rejects(encodeRequest({ ...sample, ...change }), (error: unknown) => {
      assert.ok(error instanceof RequestCodeError);
      assert.equal(error.problem, 'invalid');
      assert.match(error.message, field);
      return true;
    });
  }
});

test('a request too big for a code is refused as oversized', async () => {
  const sources = Array.from({ length: 100 }, (_, i) => `source-with-a-rather-long-name-${i}`);
  await assert.rejects(encodeRequest({ ...sample, sources }), (error: unknown) => {
    assert.ok(error instanceof RequestCodeError);
    assert.equal(error.problem, 'oversized');
    return true;
  });
});

test('base64url round-trips any bytes and refuses non-canonical text', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      assert.deepEqual(fromBase64Url(toBase64Url(bytes)), bytes);
    }),
  );
  assert.equal(fromBase64Url('AB'), null); // leftover bits set
  assert.equal(fromBase64Url('A+=='), null);
});

test('decoding never throws anything but RequestCodeError', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
      try {
        await decodeRequest(`SB1-${text}`);
      } catch (error) {
        assert.ok(error instanceof RequestCodeError);
      }
    }),
  );
});
