import assert from 'node:assert/strict';
import { test } from 'node:test';
import JSZip from 'jszip';
import { runSources, textFile } from '../test-support/run.ts';

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

function logLines(count: number, firstHour = 0): string {
  return Array.from({ length: count }, (_, i) => {
    const hour = String(firstHour + Math.floor(i / 10)).padStart(2, '0');
    return `2026-11-20 ${hour}:00:00,000 http-nio-8080-exec-1 INFO [c.a.jira.Foo] line ${i}`;
  }).join('\n');
}

async function zipOf(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Rewrites the uncompressed size in every central-directory record (a lying zip). */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

test('a large log keeps its newest part, cut on a line, and says so', async () => {
  const log = logLines(100);
  const r = await runSources(['files'], {
    files: [textFile('atlassian-jira.log', log)],
    limits: { maxFileBytes: 1000, logWindowHours: 0 },
  });
  const text = decode(r.items[0]?.bytes);
  assert.equal(r.items[0]?.path, 'files/atlassian-jira.log');
  assert.ok(text.length <= 1000);
  assert.ok(log.endsWith(text));
  assert.match(text, /^2026-11-20 /);
  assert.equal(r.log[0]?.status, 'truncated');
  assert.equal(r.log[0]?.kind, 'too-large');
});

test('the time window leaves out older entries of a log', async () => {
  const r = await runSources(['files'], {
    files: [textFile('atlassian-jira.log.1', logLines(50))],
    limits: { logWindowHours: 2 },
  });
  const lines = decode(r.items[0]?.bytes).split('\n');
  assert.equal(lines[0], logLines(50).split('\n')[20]);
  assert.equal(r.log[0]?.status, 'ok');
  assert.match(r.log[0]?.message ?? '', /last 2 h \(20 older lines left out\)/);
});

test('a non-log file over the cap is refused with advice; a small one is kept whole', async () => {
  const r = await runSources(['files'], {
    files: [textFile('threads.json', 'x'.repeat(2000)), textFile('dbconfig.xml', '<x/>')],
    limits: { maxFileBytes: 1000 },
  });
  assert.equal(r.log[0]?.kind, 'too-large');
  assert.match(r.log[0]?.advice ?? '', /per-file limit/);
  assert.deepEqual(
    r.items.map((i) => [i.path, i.mediaType]),
    [['files/dbconfig.xml', 'application/xml']],
  );
});

test('an unreadable file is a failure of that file only', async () => {
  const broken = { name: 'catalina.out', size: 10, bytes: () => Promise.reject(new Error('gone')) };
  const r = await runSources(['files'], { files: [broken, textFile('setenv.sh', 'A=1')] });
  assert.equal(r.log[0]?.kind, 'unreadable-file');
  assert.equal(r.items[0]?.path, 'files/setenv.sh');
});

test('two files with one name are both kept', async () => {
  const r = await runSources(['files'], {
    files: [textFile('catalina.out', 'a'), textFile('catalina.out', 'b')],
  });
  assert.deepEqual(
    r.items.map((i) => i.path),
    ['files/catalina.out', 'files/catalina-2.out'],
  );
});

test('a support zip: each entry is its own item under files/<zip name>/', async () => {
  const zip = await zipOf({
    'application-logs/atlassian-jira.log': logLines(30),
    'application-config/dbconfig.xml': '<database-type>postgres72</database-type>',
    'tomcat-logs/catalina.out':
      'INFO [main] Command line argument: -Xmx1024m\nJVM Version: 11.0.21+9',
  });
  const r = await runSources(['files'], { files: [textFile('jira_support_2026.zip', zip)] });
  assert.deepEqual(
    r.items.map((i) => i.path),
    [
      'files/jira_support_2026/application-config/dbconfig.xml',
      'files/jira_support_2026/application-logs/atlassian-jira.log',
      'files/jira_support_2026/tomcat-logs/catalina.out',
    ],
  );
  assert.equal(decode(r.items[1]?.bytes), logLines(30));
  assert.deepEqual(r.facts.database, { type: 'postgres72' });
  assert.deepEqual(r.facts.jvmArguments, ['-Xmx1024m']);
  assert.equal(r.facts.javaVersion, '11.0.21+9');
});

test('zip entries with ".." or absolute paths are refused', async () => {
  const zip = await zipOf({
    '../evil.log': 'x',
    '/etc/cron.log': 'x',
    'C:\\Windows\\win.log': 'x',
    'ok/good.log': 'fine',
  });
  const r = await runSources(['files'], { files: [textFile('bundle.zip', zip)] });
  assert.deepEqual(
    r.items.map((i) => i.path),
    ['files/bundle/ok/good.log'],
  );
  const refused = r.log.filter((e) => e.kind === 'unreadable-file');
  assert.equal(refused.length, 3);
  assert.ok(refused.every((e) => /path leaves the zip/.test(e.message)));
});

test('a zip bomb is refused by its declared size before unpacking', async () => {
  const zip = await zipOf({ 'huge.log': new Uint8Array(5_000_000) });
  assert.ok(zip.byteLength < 50_000);
  const r = await runSources(['files'], {
    files: [textFile('bomb.zip', zip)],
    limits: { maxTotalBytes: 1_000_000 },
  });
  assert.equal(r.items.length, 0);
  assert.equal(r.log[0]?.kind, 'too-large');
  assert.match(r.log[0]?.message ?? '', /unpacks to 5000000 bytes/);
});

test('an entry that unpacks to more than it declares is stopped and refused', async () => {
  const zip = lieAboutSizes(await zipOf({ 'small.log': new Uint8Array(3_000_000) }), 100);
  const r = await runSources(['files'], { files: [textFile('liar.zip', zip)] });
  assert.equal(r.items.length, 0);
  assert.equal(r.log[0]?.status, 'failed');
  assert.match(r.log[0]?.message ?? '', /more than its declared size/);
});

test('a file named .zip that is not a zip is read as a plain file', async () => {
  const r = await runSources(['files'], { files: [textFile('notes.zip', 'just text')] });
  assert.equal(r.items[0]?.path, 'files/notes.zip');
});

test('a damaged zip is one failure with advice', async () => {
  const zip = (await zipOf({ 'a.log': 'x' })).slice(0, 30);
  const r = await runSources(['files'], { files: [textFile('broken.zip', zip)] });
  assert.equal(r.log[0]?.kind, 'unreadable-file');
  assert.match(r.log[0]?.advice ?? '', /unpack it/);
});
