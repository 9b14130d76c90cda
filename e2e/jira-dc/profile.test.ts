/**
 * What can be checked of the real Jira DC profile without Docker: the compose file says what
 * the docs promise, carries no licence, and run.sh skips cleanly when it cannot run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

interface Compose {
  services: Record<
    string,
    { image: string; environment?: Record<string, string>; ports?: string[] }
  >;
}

test('the compose file runs the official image with PostgreSQL, memory and context path from env', async () => {
  const text = await readFile(here('./docker-compose.yml'), 'utf8');
  const compose = parse(text) as Compose;
  const jira = compose.services['jira'];
  assert.ok(jira, 'a jira service');
  assert.match(jira.image, /^atlassian\/jira-software:\$\{JIRA_IMAGE_TAG/);
  const env = jira.environment ?? {};
  assert.equal(env['ATL_DB_TYPE'], 'postgres72');
  assert.match(env['ATL_JDBC_URL'] ?? '', /^jdbc:postgresql:\/\/postgres:5432\//);
  assert.equal(env['ATL_TOMCAT_CONTEXTPATH'], '${JIRA_CONTEXT_PATH:-}');
  assert.match(env['JVM_MAXIMUM_MEMORY'] ?? '', /^\d+m$/);
  assert.deepEqual(jira.ports, ['127.0.0.1:${JIRA_PORT:-8080}:8080']);
  assert.match(compose.services['postgres']?.image ?? '', /^postgres:/);
  assert.doesNotMatch(text, /LICEN[CS]E\s*[:=]\s*\S/i, 'no licence in the compose file');
});

/** Runs run.sh with a stand-in `docker` that answers every command with `exitCode`. */
async function runWithDocker(
  exitCode: number,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string }> {
  const bin = await mkdtemp(join(tmpdir(), 'fake-docker-'));
  try {
    await writeFile(join(bin, 'docker'), `#!/bin/sh\nexit ${exitCode}\n`, { mode: 0o755 });
    const path = `${bin}:${process.env.PATH ?? ''}`;
    return await new Promise((resolve) => {
      execFile('bash', [here('./run.sh')], { env: { PATH: path, ...env } }, (error, stdout) => {
        resolve({ code: error && typeof error.code === 'number' ? error.code : 0, stdout });
      });
    });
  } finally {
    await rm(bin, { recursive: true, force: true });
  }
}

test('run.sh exits 0 with a one-line reason when the Docker engine is missing', async () => {
  const run = await runWithDocker(1, { JIRA_LICENSE: 'FAKE-not-a-licence' });
  assert.equal(run.code, 0);
  assert.equal(run.stdout, 'skipped: no Docker engine (docker info failed)\n');
});

test('run.sh exits 0 with a one-line reason when JIRA_LICENSE is missing', async () => {
  const run = await runWithDocker(0);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /^skipped: JIRA_LICENSE is not set \(.*\)\n$/);
});
