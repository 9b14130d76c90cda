import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../frontend/src/core/model.ts';
import JSZip from 'jszip';
import { bundleBytes, readZip, runCli, tempDir } from './test-support/run-cli.ts';

const FINDINGS: Finding[] = [
  {
    checkId: 'cluster-builds',
    severity: 'problem',
    title: 'Cluster nodes run different Jira builds',
    why: 'Nodes with different builds corrupt the shared index.',
    action: 'Upgrade node-2 to build 912004.',
    docUrl: 'https://confluence.atlassian.com/example',
  },
  {
    checkId: 'jvm-heap',
    severity: 'warning',
    title: 'JVM heap below the recommended size',
    why: 'Small heaps cause long garbage collection pauses.',
    action: 'Set -Xmx to at least 8g.',
    docUrl: 'https://confluence.atlassian.com/example2',
  },
  {
    checkId: 'java-version',
    severity: 'ok',
    title: 'Java version supported',
    why: '',
    action: '',
    docUrl: '',
  },
];
async function writeBundle(dir: string, options: { withoutPage?: boolean } = {}): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'bundle.zip');
  let bytes = await bundleBytes(
    {
      'jira/server-info.json': JSON.stringify({
        version: '9.12.4',
        buildNumber: 912004,
        deploymentType: 'Server',
      }),
      'jira/cluster-nodes.json': JSON.stringify([
        { nodeId: 'node-1', state: 'ACTIVE', alive: true },
        { nodeId: 'node-2', state: 'ACTIVE', alive: true },
      ]),
    },
    {
      findings: FINDINGS,
      facts: { serverInfo: { version: '9.12.4' } },
      log: [
        { sourceId: 'jira-server-info', status: 'ok', message: 'Read.', advice: '' },
        {
          sourceId: 'health-checks',
          status: 'failed',
          kind: 'websudo-required',
          message: 'x',
          advice: 'y',
        },
      ],
      redactionReport: {
        rulesetVersion: 'test',
        files: [],
        totals: {},
        byClass: { secret: 3, identity: 12 },
      },
    },
  );
  if (options.withoutPage) {
    const zip = await JSZip.loadAsync(bytes);
    zip.remove('report.html');
    bytes = await zip.generateAsync({ type: 'uint8array' });
  }
  await writeFile(path, bytes);
  return path;
}

test('report prints problems first, then warnings, counts and the environment', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const run = await runCli(['report', await writeBundle(dir)]);
    assert.equal(run.code, 0, run.stderr);
    const out = run.stdout;
    assert.match(out, /Environment: Jira 9\.12\.4 \(build 912004\) · Server · 2 cluster nodes/);
    assert.ok(out.indexOf('Problems (1)') < out.indexOf('Warnings (1)'), out);
    assert.match(out, /Cluster nodes run different Jira builds[\s\S]*do: +Upgrade node-2/);
    assert.match(out, /Findings: 1 problem · 1 warning · 0 notes · 1 passed/);
    assert.match(out, /Sources: 1 ok, 1 failed \(failed: health-checks websudo-required\)/);
    assert.match(out, /Redactions: secret 3 · identity 12/);
  } finally {
    await cleanup();
  }
});

test('report --html writes the report page from the bundle, and renders one when it is missing', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const bundle = await writeBundle(dir);
    const html = join(dir, 'report.html');
    const run = await runCli(['report', bundle, '--html', html]);
    assert.equal(run.code, 0, run.stderr);
    const inZip = (await readZip(await readFile(bundle))).get('report.html');
    assert.equal(await readFile(html, 'utf8'), inZip);

    const again = await runCli(['report', bundle, '--html', html]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /--force/);

    const bare = await writeBundle(join(dir, 'bare'), { withoutPage: true });
    const rendered = join(dir, 'rendered.html');
    const render = await runCli(['report', bare, '--html', rendered]);
    assert.equal(render.code, 0, render.stderr);
    const page = await readFile(rendered, 'utf8');
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(page, /Cluster nodes run different Jira builds/);
    assert.match(page, /9\.12\.4/);
  } finally {
    await cleanup();
  }
});
