import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runSources } from '../collect/test-support/run.ts';
import { deriveFacts, diagnose } from '../diagnose/index.ts';
import type { Facts, RedactionReport } from '../model.ts';
import { esc } from './html.ts';
import { renderReport, type ReportInput } from './index.ts';

const HOSTILE = `<script>alert(1)</script><img src="http://evil.example.test/x.png"><a href="https://evil.example.test">x</a><div style="background:url(http://evil.example.test/y)">`;

const REPORT: RedactionReport = {
  rulesetVersion: '2026.11.1',
  files: [{ path: 'files/heap.hprof', counts: {}, dropped: 'binary' }],
  totals: { password: 3, email: 12 },
  byClass: { secret: 3, identity: 12 },
};

function input(facts: Facts, extra: Partial<ReportInput> = {}): ReportInput {
  return {
    productName: 'Support Bundle for Jira Data Center',
    productVersion: '0.1.0',
    rulesetVersion: '2026.11.1',
    createdAt: '2026-11-20T09:14:03.000Z',
    instance: 'host-4f2a',
    findings: diagnose(deriveFacts(facts)),
    facts,
    log: [],
    redactionReport: REPORT,
    files: [{ path: 'jira/server-info.json', size: 420 }],
    ...extra,
  };
}

/**
 * Nothing that would make a browser fetch. Escaped text has no `<` and no `"`, so every
 * `<…>` is real markup and every `name="…"` a real attribute: no src, no href other than
 * a fragment, no url() in styles, no element that loads anything.
 */
function assertSelfContained(html: string): void {
  for (const [tag] of html.matchAll(/<[^>]*>/g)) {
    assert.doesNotMatch(
      tag,
      /^<(script|img|link|iframe|object|embed|video|audio|source|base)\b/i,
      tag,
    );
    for (const [, name, value] of tag.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)) {
      assert.notEqual(name?.toLowerCase(), 'src', tag);
      if (name?.toLowerCase() === 'href') assert.match(value ?? '', /^#/, tag);
      if (name?.toLowerCase() === 'style') assert.doesNotMatch(value ?? '', /url\s*\(/i, tag);
    }
  }
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  assert.doesNotMatch(style, /url\s*\(|@import/i);
}

test('escaping covers every character that could open markup or an attribute', () => {
  assert.equal(
    esc(`<a href="x" onclick='y'>&\``),
    '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;',
  );
});

test('the report of the sandbox instance is self-contained and has every section', async () => {
  const collected = await runSources([
    'server-info',
    'cluster-nodes',
    'installed-apps',
    'vilisoft-apps',
    'health-checks',
    'licence',
    'monitoring',
  ]);
  const html = renderReport(input(collected.facts, { log: collected.log }));
  assertSelfContained(html);
  for (const id of ['findings', 'environment', 'apps', 'nodes', 'redaction', 'log', 'files']) {
    assert.match(html, new RegExp(`<section id="${id}">`));
  }
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  // Findings come first, problems before warnings, passed checks folded.
  const problem = html.indexOf('class="finding problem"');
  const warning = html.indexOf('class="finding warning"');
  const passed = html.indexOf('<details><summary>Passed checks');
  assert.ok(problem > 0 && problem < warning && warning < passed);
  assert.ok(html.indexOf('id="findings"') < html.indexOf('id="environment"'));
  // Vilisoft apps head the apps table.
  const apps = html.slice(html.indexOf('id="apps"'));
  assert.ok(apps.indexOf('SLA Timer for Jira') < apps.indexOf('Diagrams for Jira'));
  assert.ok(apps.indexOf('Time in Status for Jira') < apps.indexOf('Jira Importers Plugin'));
  assert.match(html, /node-3<\/td><td>OFFLINE/);
  assert.match(html, /9\.12\.15/);
});

test('the redaction chart shows counts per class, never values', () => {
  const html = renderReport(input({}));
  assert.match(
    html,
    /<span>identity<\/span><div class="bar"[^>]*><span style="width:100\.0%"><\/span>/,
  );
  assert.match(
    html,
    /<span>secret<\/span><div class="bar"[^>]*><span style="width:25\.0%"><\/span>/,
  );
  assert.match(html, /files\/heap\.hprof \(binary\)/);
});

test('hostile text anywhere is shown as text, never as markup', () => {
  const facts: Facts = {
    serverInfo: { version: HOSTILE, deploymentType: HOSTILE },
    plugins: [
      {
        key: HOSTILE,
        name: HOSTILE,
        version: HOSTILE,
        enabled: false,
        userInstalled: true,
        vendor: HOSTILE,
      },
    ],
    clusterNodes: [{ nodeId: HOSTILE, state: HOSTILE, alive: false }],
    healthChecks: [{ name: HOSTILE, isHealthy: false, severity: HOSTILE, failureReason: HOSTILE }],
    answeringNodes: { [HOSTILE]: HOSTILE },
  };
  const html = renderReport(
    input(facts, {
      instance: HOSTILE,
      request: { id: HOSTILE, ticket: HOSTILE },
      log: [
        {
          sourceId: HOSTILE,
          status: 'failed',
          kind: 'other',
          message: HOSTILE,
          advice: HOSTILE,
          endpoint: HOSTILE,
          nodeId: HOSTILE,
        },
      ],
      findings: [
        {
          checkId: 'x',
          severity: 'problem',
          title: HOSTILE,
          why: HOSTILE,
          action: HOSTILE,
          docUrl: HOSTILE,
          details: [HOSTILE],
        },
      ],
      redactionReport: {
        rulesetVersion: HOSTILE,
        files: [{ path: HOSTILE, counts: {}, dropped: 'binary' }],
        totals: { [HOSTILE]: 1 },
        byClass: { [HOSTILE]: 2 },
      },
      files: [{ path: HOSTILE, size: 1 }],
    }),
  );
  assertSelfContained(html);
  assert.ok(html.includes(esc(HOSTILE)));
});
