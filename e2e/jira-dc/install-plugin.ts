/**
 * Installs the plugin JAR through UPM, as "Upload app" does: `GET /rest/plugins/1.0/` for the
 * `upm-token` header, then `POST /rest/plugins/1.0/?token=…` with the JAR in the multipart
 * field `plugin`. Then waits until UPM reports the app enabled, and adds a plain user for the
 * access tests. Needs a session that is logged in as an admin with websudo.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { loadPluginJar } from '../sandbox/plugin-jar.ts';

const UPM_LIST_TYPE = 'application/vnd.atl.plugins.installed+json';

async function upmToken(session: APIRequestContext): Promise<string> {
  const response = await session.get('rest/plugins/1.0/', { headers: { Accept: UPM_LIST_TYPE } });
  const token = response.headers()['upm-token'];
  if (!response.ok() || !token) {
    throw new Error(
      `UPM gave no upm-token (HTTP ${response.status()}). The session needs a system administrator with a secure administrator session (websudo).`,
    );
  }
  return token;
}

interface UpmPlugin {
  enabled?: boolean;
  version?: string;
}

async function pluginState(
  session: APIRequestContext,
  pluginKey: string,
): Promise<UpmPlugin | undefined> {
  const response = await session.get(`rest/plugins/1.0/${pluginKey}-key`);
  return response.ok() ? ((await response.json()) as UpmPlugin) : undefined;
}

export async function installPlugin(
  session: APIRequestContext,
  jarPath: string,
  log: (line: string) => void,
): Promise<void> {
  const { descriptor } = await loadPluginJar(jarPath);
  const token = await upmToken(session);
  log(`UPM: uploading ${basename(jarPath)} (${descriptor.key} ${descriptor.version})`);
  const upload = await session.post(`rest/plugins/1.0/?token=${encodeURIComponent(token)}`, {
    multipart: {
      plugin: {
        name: basename(jarPath),
        mimeType: 'application/java-archive',
        buffer: await readFile(jarPath),
      },
    },
    headers: { 'X-Atlassian-Token': 'no-check' },
  });
  if (upload.status() >= 300) {
    throw new Error(
      `UPM refused the upload (HTTP ${upload.status()}): ${(await upload.text()).slice(0, 300)}`,
    );
  }
  // The upload answers with a pending task; the app's own resource says when it is ready.
  const deadline = Date.now() + 3 * 60_000;
  for (;;) {
    const state = await pluginState(session, descriptor.key);
    if (state?.enabled && state.version === descriptor.version) break;
    if (Date.now() > deadline) {
      throw new Error(
        `UPM has not enabled ${descriptor.key} ${descriptor.version} after 3 minutes (it reports ${JSON.stringify(state ?? 'nothing')}). Open Manage apps to see why.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  log(`UPM: ${descriptor.key} ${descriptor.version} is enabled`);
}

/** A Jira user without admin rights, for the access tests; an existing one is kept. */
export async function ensurePlainUser(
  session: APIRequestContext,
  user: { username: string; password: string },
  log: (line: string) => void,
): Promise<void> {
  const existing = await session.get(
    `rest/api/2/user?username=${encodeURIComponent(user.username)}`,
  );
  if (existing.ok()) {
    log(`user ${user.username} exists; its password must be JIRA_USER_PASSWORD`);
    return;
  }
  const created = await session.post('rest/api/2/user', {
    data: {
      name: user.username,
      password: user.password,
      emailAddress: `${user.username}@example.test`,
      displayName: 'Plain Test User',
      applicationKeys: ['jira-software'],
    },
    headers: { 'X-Atlassian-Token': 'no-check' },
  });
  if (!created.ok()) {
    throw new Error(
      `Jira did not create the plain user (HTTP ${created.status()}): ${(await created.text()).slice(0, 300)}`,
    );
  }
  log(`user ${user.username} created`);
}
