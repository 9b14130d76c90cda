/**
 * Compressed files the admin adds, or finds inside a support zip: a rotated `.gz` log is
 * unpacked and kept as text, a `logs.zip` inside becomes a folder, and a gzip bomb or a
 * damaged gzip is one reported failure while everything else is still collected.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { DEFAULT_LIMITS } from '../../model.ts';
import { estimateAddedFile } from '../limits/estimate.ts';
import { runSources, textFile } from '../test-support/run.ts';
import { zipOf } from '../test-support/zip.ts';
import { archiveKind, gunzip, gunzippedName, asStream, ExpansionError } from './compressed.ts';

const MIB = 1024 * 1024;
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const LOG = '2026-11-20 09:14:04,001+0000 main INFO connecting password=FAKEpass-7731\n';

test('a .gz log is unpacked and kept under its name without .gz, saying where it came from', async () => {
  const r = await runSources(['files'], {
    files: [textFile('catalina.out-20241118.gz', gzipSync(LOG))],
    limits: { logWindowHours: 0 },
  });
  assert.deepEqual(
    r.items.map((item) => [item.path, item.mediaType]),
    [['files/catalina.out-20241118', 'text/plain']],
  );
  assert.equal(decode(r.items[0]?.bytes), LOG);
  assert.match(r.log[0]?.message ?? '', /unpacked from catalina\.out-20241118\.gz/);
});

test('a gzip whose plain name is taken by another added file keeps a distinct .gz.txt name', async () => {
  const r = await runSources(['files'], {
    files: [textFile('catalina.out', 'plain\n'), textFile('catalina.out.gz', gzipSync(LOG))],
    limits: { logWindowHours: 0 },
  });
  assert.deepEqual(
    r.items.map((item) => item.path),
    ['files/catalina.out', 'files/catalina.out.gz.txt'],
  );
  assert.equal(decode(r.items[1]?.bytes), LOG);
});

test('a support zip holding a logs.zip and .gz logs: every text lands under its origin', async () => {
  const logs = await zipOf({ 'a.log': LOG, 'old/b.log.1.gz': gzipSync(LOG) });
  const support = await zipOf({
    'logs.zip': logs,
    'tomcat-logs/catalina.out.gz': gzipSync(LOG),
    'tomcat-logs/catalina.out': 'current\n',
    'application-config/dbconfig.xml': '<database-type>postgres72</database-type>',
  });
  const r = await runSources(['files'], {
    files: [textFile('jira_support.zip', support)],
    limits: { logWindowHours: 0 },
  });
  assert.deepEqual(r.items.map((item) => item.path).sort(), [
    'files/jira_support/application-config/dbconfig.xml',
    'files/jira_support/logs.zip/a.log',
    'files/jira_support/logs.zip/old/b.log.1',
    'files/jira_support/tomcat-logs/catalina.out',
    'files/jira_support/tomcat-logs/catalina.out.gz.txt',
  ]);
  const unpacked = r.items.find((item) => item.path.endsWith('old/b.log.1'));
  assert.equal(decode(unpacked?.bytes), LOG);
  assert.ok(
    r.log.every((entry) => entry.status === 'ok'),
    JSON.stringify(r.log, null, 1),
  );
});

test('archives nested deeper than two levels are reported, not opened', async () => {
  // The added support zip is level 0, as the CLI's input zip is.
  const third = await zipOf({ 'deep.log.gz': gzipSync(LOG), 'third.log': LOG });
  const second = await zipOf({ 'third.zip': third, 'second.log': LOG });
  const first = await zipOf({ 'second.zip': second });
  const r = await runSources(['files'], { files: [textFile('support.zip', first)] });
  assert.deepEqual(
    r.items.map((item) => item.path),
    ['files/support/second.zip/second.log', 'files/support/second.zip/third.zip/third.log'],
  );
  const refused = r.log.find((entry) => entry.status === 'skipped');
  assert.match(refused?.message ?? '', /deep\.log\.gz: left out, .*nested more than 2 levels/);
  assert.match(refused?.advice ?? '', /unpack the archive and add its files/i);
});

test('a gzip bomb is stopped with a clear message; the other files are still added', async () => {
  const bomb = gzipSync(new Uint8Array(64 * MIB), { level: 9 });
  assert.ok(bomb.length * 1000 < 64 * MIB);
  const r = await runSources(['files'], {
    files: [textFile('atlassian-jira.log.3.gz', bomb), textFile('setenv.sh', 'A=1')],
  });
  assert.deepEqual(
    r.items.map((item) => item.path),
    ['files/setenv.sh'],
  );
  assert.equal(r.log[0]?.kind, 'too-large');
  assert.match(r.log[0]?.message ?? '', /expand more than 1000× .*gzip bomb/);
});

test('a damaged .gz is one failure with advice; the other files are still added', async () => {
  const whole = gzipSync(LOG.repeat(100));
  const r = await runSources(['files'], {
    files: [
      textFile('catalina.out.gz', whole.subarray(0, whole.length - 20)),
      textFile('a.log', LOG),
    ],
    limits: { logWindowHours: 0 },
  });
  assert.deepEqual(
    r.items.map((item) => item.path),
    ['files/a.log'],
  );
  assert.equal(r.log[0]?.kind, 'unreadable-file');
  assert.match(r.log[0]?.message ?? '', /catalina\.out\.gz: left out, its gzip data is damaged/);
  assert.match(r.log[0]?.advice ?? '', /fresh copy/);
});

test('a .tar.gz stays closed and the log says to unpack it', async () => {
  const r = await runSources(['files'], { files: [textFile('logs.tar.gz', gzipSync('x'))] });
  assert.equal(r.items[0]?.path, 'files/logs.tar.gz');
  assert.equal(r.items[0]?.mediaType, 'application/octet-stream');
  assert.match(r.log[0]?.advice ?? '', /unpack the archive and add its files/i);
});

test('the estimate of a .gz log uses its unpacked size and name', async () => {
  const estimate = await estimateAddedFile(
    textFile('atlassian-jira.log.3.gz', gzipSync(LOG.repeat(1000))),
    DEFAULT_LIMITS,
  );
  assert.equal(estimate.unpackedName, 'atlassian-jira.log.3');
  assert.equal(estimate.treatment, 'whole');
  assert.equal(estimate.estimatedBytes, LOG.length * 1000);
});

test('only files named .gz or .zip whose first bytes agree are opened', () => {
  const gz = gzipSync('x');
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
  assert.equal(archiveKind('catalina.out.gz', gz), 'gzip');
  assert.equal(archiveKind('logs.zip', zip), 'zip');
  assert.equal(archiveKind('plain-text.gz', new TextEncoder().encode('text')), undefined);
  assert.equal(archiveKind('logs.tar.gz', gz), undefined);
  assert.equal(archiveKind('logs.tgz', gz), undefined);
  assert.equal(archiveKind('app.jar', zip), undefined);
  assert.equal(
    gunzippedName('a/b.log.gz', () => false),
    'a/b.log',
  );
  assert.equal(
    gunzippedName('b.log.gz', (name) => name === 'b.log' || name === 'b.log.gz.txt'),
    'b.log.gz-2.txt',
  );
});

test('gunzip stops a bomb as soon as it passes the cap, and passes damage on as such', async () => {
  const bomb = gzipSync(new Uint8Array(64 * MIB), { level: 9 });
  let seen = 0;
  await assert.rejects(
    (async () => {
      for await (const chunk of gunzip(asStream(bomb), {
        compressedBytes: bomb.length,
        maxBytes: Infinity,
      }))
        seen += chunk.byteLength;
    })(),
    (error: unknown) => error instanceof ExpansionError && error.reason === 'too-large',
  );
  assert.ok(seen <= bomb.length * 1000, `read ${seen} bytes before stopping`);
  await assert.rejects(
    (async () => {
      for await (const _ of gunzip(asStream(gzipSync(LOG).subarray(0, 12)), {
        compressedBytes: 12,
        maxBytes: Infinity,
      }));
    })(),
    (error: unknown) => error instanceof ExpansionError && error.reason === 'damaged',
  );
});
