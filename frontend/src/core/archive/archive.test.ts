import assert from 'node:assert/strict';
import { test } from 'node:test';
import JSZip from 'jszip';
import type { BundleItem } from '../model.ts';
import { buildBundle, type BundleInput } from './build.ts';
import { bundleFileName } from './file-name.ts';
import { sha256Hex } from './sha256.ts';
import { verifyBundle } from './verify.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const item = (path: string, text: string, sourceId = 'server-info'): BundleItem => ({
  path,
  sourceId,
  bytes: encode(text),
  mediaType: 'text/plain',
});

function input(extra: Partial<BundleInput> = {}): BundleInput {
  return {
    items: [
      item('jira/server-info.json', '{"version":"9.12.15"}'),
      item('files/atlassian-jira.log', '2026-11-20 09:14:03,512 main INFO ok\n', 'files'),
      item('apps/installed-apps.json', '{"plugins":[]}', 'installed-apps'),
    ],
    log: [
      { sourceId: 'server-info', status: 'ok', message: 'Read.', advice: '' },
      { sourceId: 'health-checks', status: 'skipped', message: 'old endpoint', advice: '' },
      {
        sourceId: 'health-checks',
        status: 'failed',
        kind: 'websudo-required',
        message: 'x',
        advice: 'y',
      },
    ],
    facts: { serverInfo: { version: '9.12.15' } },
    findings: [
      {
        checkId: 'websudo',
        severity: 'ok',
        title: 'On',
        why: 'w',
        action: '',
        docUrl: 'https://x.example.test/',
      },
    ],
    redactionReport: { rulesetVersion: '2026.11.1', files: [], totals: {}, byClass: {} },
    request: {
      id: 'REQ-7F3A',
      ticket: 'VS-4821',
      requestedBy: 'support',
      sources: [],
      createdAt: '2026-11-19T00:00:00Z',
    },
    productVersion: '0.1.0',
    rulesetVersion: '2026.11.1',
    instance: 'host-4f2a',
    createdAt: '2026-11-20T09:14:03.512Z',
    ...extra,
  };
}

async function entries(zipBytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(zipBytes);
  const out = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files))
    if (!file.dir) out.set(file.name, await file.async('uint8array'));
  return out;
}

async function rezip(files: Map<string, Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, bytes] of files) zip.file(name, bytes, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array' });
}

test('the file name carries the instance pseudonym, request id and UTC time', () => {
  const at = new Date('2026-11-20T09:14:03.512Z');
  assert.equal(
    bundleFileName('host-4f2a', at, 'REQ-7F3A'),
    'support-bundle-host-4f2a-REQ-7F3A-20261120T091403Z.zip',
  );
  assert.equal(
    bundleFileName('host-4f2a.invalid', at),
    'support-bundle-host-4f2a-20261120T091403Z.zip',
  );
  assert.equal(
    bundleFileName('../a b', at, 'x/../y'),
    'support-bundle-a-b-x-y-20261120T091403Z.zip',
  );
});

test('a bundle holds the items and the fixed files, in a fixed order', async () => {
  const built = await buildBundle(input());
  assert.equal(built.fileName, 'support-bundle-host-4f2a-REQ-7F3A-20261120T091403Z.zip');
  const zip = await JSZip.loadAsync(built.zip);
  assert.deepEqual(Object.keys(zip.files), [
    'manifest.json',
    'manifest.json.sha256',
    'report.html',
    'findings.json',
    'collection-log.json',
    'redaction-report.json',
    'apps/installed-apps.json',
    'files/atlassian-jira.log',
    'jira/server-info.json',
  ]);
  for (const file of Object.values(zip.files))
    assert.equal(file.date.toISOString(), '2026-11-20T09:14:02.000Z');
});

test('the manifest lists every other file with size and SHA-256, and the sources', async () => {
  const built = await buildBundle(input());
  const files = await entries(built.zip);
  const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json')));
  assert.deepEqual(manifest, built.manifest);
  assert.equal(manifest.formatVersion, 1);
  assert.equal(manifest.requestId, 'REQ-7F3A');
  assert.equal(manifest.rulesetVersion, '2026.11.1');
  assert.deepEqual(manifest.product, {
    name: 'Support Bundle for Jira Data Center',
    version: '0.1.0',
  });
  const listed = new Set(built.manifest.files.map((f) => f.path));
  for (const [name, bytes] of files) {
    if (name === 'manifest.json' || name === 'manifest.json.sha256') continue;
    const entry = built.manifest.files.find((f) => f.path === name);
    assert.ok(entry && listed.has(name), name);
    assert.equal(entry.size, bytes.byteLength);
    assert.equal(entry.sha256, await sha256Hex(bytes));
  }
  assert.equal(listed.size, files.size - 2);
  assert.deepEqual(built.manifest.sources, [
    { id: 'server-info', title: 'Jira server info', status: 'ok' },
    { id: 'health-checks', title: 'Health checks', status: 'failed' },
  ]);
});

test('the same input gives the same bytes', async () => {
  const a = await buildBundle(input());
  const b = await buildBundle(input({ items: [...input().items].reverse() }));
  assert.deepEqual(a.zip, b.zip);
});

test('an item may not take the name of a bundle file', async () => {
  await assert.rejects(
    buildBundle(input({ items: [item('manifest.json', '{}')] })),
    /manifest\.json/,
  );
});

test('a fresh bundle verifies', async () => {
  const result = await verifyBundle((await buildBundle(input())).zip);
  assert.deepEqual(
    {
      ok: result.ok,
      mismatched: result.mismatched,
      missing: result.missing,
      extra: result.extra,
      errors: result.errors,
    },
    { ok: true, mismatched: [], missing: [], extra: [], errors: [] },
  );
});

test('a one-byte change in any file is detected', async () => {
  const files = await entries((await buildBundle(input())).zip);
  assert.equal(files.size, 9);
  for (const [name, bytes] of files) {
    for (const at of [0, bytes.byteLength - 1, Math.floor(bytes.byteLength / 2)]) {
      const changed = bytes.slice();
      changed[at] = changed[at]! ^ 0x01;
      const result = await verifyBundle(await rezip(new Map([...files, [name, changed]])));
      assert.equal(result.ok, false, `${name} byte ${at}`);
      // The changed file is named, or (manifest and its checksum) the manifest is.
      const named = name === 'manifest.json.sha256' ? 'manifest.json' : name;
      assert.ok(
        result.mismatched.includes(named) || result.errors.length > 0,
        `${name} byte ${at}`,
      );
    }
  }
});

test('missing and extra files are named', async () => {
  const files = await entries((await buildBundle(input())).zip);
  files.delete('jira/server-info.json');
  files.set('files/smuggled.txt', encode('not in the manifest'));
  const result = await verifyBundle(await rezip(files));
  assert.equal(result.ok, false);
  assert.deepEqual(result.missing, ['jira/server-info.json']);
  assert.deepEqual(result.extra, ['files/smuggled.txt']);
});

test('garbage and a zip without a manifest are errors, not crashes', async () => {
  const garbage = await verifyBundle(encode('not a zip at all'));
  assert.equal(garbage.ok, false);
  assert.match(garbage.errors[0] ?? '', /Not a readable zip/);
  const bare = await verifyBundle(await rezip(new Map([['a.txt', encode('a')]])));
  assert.deepEqual(bare.errors, ['manifest.json is missing.']);
});
