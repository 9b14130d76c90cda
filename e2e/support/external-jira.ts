/**
 * Running the browser suite against a real Jira DC instead of the sandbox: the env names,
 * their checks, and a `Sandbox`-shaped stand-in whose sandbox-only parts say so clearly.
 *
 *   JIRA_BASE_URL         e.g. http://127.0.0.1:8080 or http://127.0.0.1:2990/jira
 *   JIRA_ADMIN_USER       a Jira system administrator
 *   JIRA_ADMIN_PASSWORD
 *   JIRA_USER, JIRA_USER_PASSWORD   optional: a plain user, for the access tests
 */
import type { Sandbox } from '../sandbox/server.ts';

export interface Credentials {
  username: string;
  password: string;
}

export interface ExternalJira {
  url: string;
  origin: string;
  contextPath: string;
  admin: Credentials;
  user?: Credentials;
}

/** Tests that need the sandbox (faults, its clock, its request record) carry this tag. */
export const SANDBOX_TAG = '@sandbox';

/** The external Jira named by the environment, or undefined to use the sandbox. */
export function externalJiraFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): ExternalJira | undefined {
  const raw = env.JIRA_BASE_URL?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(
      `JIRA_BASE_URL is "${raw}", which is not a URL. Set it to Jira's base URL, e.g. http://127.0.0.1:8080.`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`JIRA_BASE_URL must start with http:// or https:// (it is "${raw}").`);
  }
  const username = env.JIRA_ADMIN_USER?.trim();
  const password = env.JIRA_ADMIN_PASSWORD;
  if (!username || !password) {
    throw new Error(
      'JIRA_BASE_URL is set, so the tests run against that Jira and need a system administrator: set JIRA_ADMIN_USER and JIRA_ADMIN_PASSWORD.',
    );
  }
  const contextPath = parsed.pathname.replace(/\/+$/, '');
  const user =
    env.JIRA_USER && env.JIRA_USER_PASSWORD
      ? { username: env.JIRA_USER, password: env.JIRA_USER_PASSWORD }
      : undefined;
  return {
    url: parsed.origin + contextPath,
    origin: parsed.origin,
    contextPath,
    admin: { username, password },
    ...(user ? { user } : {}),
  };
}

function sandboxOnly(what: string): never {
  throw new Error(
    `${what} exists only in the sandbox, and this run targets a real Jira (JIRA_BASE_URL). Tag the test ${SANDBOX_TAG} so that run leaves it out (--grep-invert ${SANDBOX_TAG}).`,
  );
}

/** A stand-in with the sandbox's shape: the URLs work, the sandbox-only controls refuse. */
export function externalSandbox(jira: ExternalJira): Sandbox {
  return {
    url: jira.url,
    origin: jira.origin,
    contextPath: jira.contextPath,
    faults: {
      set: () => sandboxOnly('sandbox.faults'),
      // Clearing nothing is harmless; every test clears before it starts.
      clear: () => undefined,
      list: () => [],
    },
    clock: { advanceMinutes: () => sandboxOnly('sandbox.clock') },
    requests: () => sandboxOnly('sandbox.requests()'),
    close: async () => undefined,
  };
}
