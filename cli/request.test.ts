import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './test-support/run-cli.ts';

const CODE = /^(SB1-[A-Za-z0-9_-]+-[A-Za-z0-9_-]{8})$/m;

test('request prints a code and a link fragment that decode back to the request', async () => {
  const run = await runCli([
    'request',
    '--ticket',
    'VS-4821',
    '--sources',
    'jira-server-info,installed-apps,health-checks',
    '--hours',
    '24',
    '--note',
    'Time in Status sync fails since upgrade',
    '--requested-by',
    'Ana Example, Vilisoft support',
  ]);
  assert.equal(run.code, 0, run.stderr);
  const code = CODE.exec(run.stdout)?.[1];
  assert.ok(code, run.stdout);
  assert.ok(run.stdout.includes(`#vilisoft-support-bundle/request=${code}`));

  const shown = await runCli([
    'request',
    'show',
    `https://jira.example.test/jira/x#vilisoft-support-bundle/request=${code}`,
  ]);
  assert.equal(shown.code, 0, shown.stderr);
  const request = JSON.parse(shown.stdout);
  assert.equal(request.ticket, 'VS-4821');
  assert.deepEqual(request.sources, ['jira-server-info', 'installed-apps', 'health-checks']);
  assert.equal(request.logWindowHours, 24);
  assert.equal(request.requestedBy, 'Ana Example, Vilisoft support');
  assert.equal(request.note, 'Time in Status sync fails since upgrade');
});

test('an altered code is rejected with exit code 1 and a reason', async () => {
  const run = await runCli(['request', '--ticket', 'VS-1', '--sources', 'jira-server-info']);
  const code = CODE.exec(run.stdout)?.[1] ?? '';
  const i = 10;
  const altered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
  const shown = await runCli(['request', 'show', altered]);
  assert.equal(shown.code, 1);
  assert.match(shown.stderr, /changed or damaged|not a support request code/);
});

test('bad request options are usage errors (exit 2) that say what is expected', async () => {
  const badTicket = await runCli(['request', '--ticket', 'vs-1', '--sources', 'jira-server-info']);
  assert.equal(badTicket.code, 2);
  assert.match(badTicket.stderr, /ticket must look like VS-4821/);

  const badHours = await runCli([
    'request',
    '--ticket',
    'VS-1',
    '--sources',
    'a',
    '--hours',
    '9999',
  ]);
  assert.equal(badHours.code, 2);
  assert.match(badHours.stderr, /from 1 to 720/);

  const noSources = await runCli(['request', '--ticket', 'VS-1']);
  assert.equal(noSources.code, 2);
  assert.match(noSources.stderr, /--sources/);
});
