import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './test-support/run-cli.ts';

const COMMANDS = ['redact', 'verify', 'scan', 'report', 'request'];

test('--help explains every command with examples and exits 0', async () => {
  const top = await runCli(['--help']);
  assert.equal(top.code, 0);
  for (const command of COMMANDS) assert.match(top.stdout, new RegExp(`\\b${command}\\b`));
  for (const command of COMMANDS) {
    const run = await runCli([command, '--help']);
    assert.equal(run.code, 0, `${command} --help`);
    assert.match(
      run.stdout,
      /Examples?:\n\s+\$ support-bundle /,
      `${command} --help has no example`,
    );
  }
});

test('every option of every command is explained in its help', async () => {
  for (const command of COMMANDS) {
    const { stdout } = await runCli([command, '--help']);
    const options = stdout.split('Options:')[1]?.split('\n\n')[0] ?? '';
    for (const line of options.split('\n').filter((l) => /^\s{2}-/.test(l))) {
      assert.match(line, /^\s+\S.*\s{2,}\S/, `${command}: option without explanation: ${line}`);
    }
  }
});

test('bad usage exits 2 with a hint; no arguments shows the help', async () => {
  const none = await runCli([]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /Usage: support-bundle/);

  const unknown = await runCli(['frobnicate']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command/);

  const missingOut = await runCli(['redact', 'some.log']);
  assert.equal(missingOut.code, 2);
  assert.match(missingOut.stderr, /--out/);
  assert.match(missingOut.stderr, /--help/);

  const unknownOption = await runCli(['scan', 'x.zip', '--colour']);
  assert.equal(unknownOption.code, 2);
});
