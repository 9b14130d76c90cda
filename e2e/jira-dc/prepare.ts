/**
 * Gets a freshly started Jira ready for the browser suite: waits for start-up, completes the
 * setup wizard (first run only), installs the plugin through UPM and adds a plain user.
 * Usage (run.sh calls it): node --import tsx e2e/jira-dc/prepare.ts
 * Env: JIRA_BASE_URL, JIRA_LICENSE (first run only), JIRA_ADMIN_USER, JIRA_ADMIN_PASSWORD,
 *      JIRA_USER, JIRA_USER_PASSWORD, optional PLUGIN_JAR (default: the newest in dist/).
 */
import { findPluginJar } from '../support/plugin-jar.ts';
import { jiraSession, logInAsAdmin, waitForState } from './jira-http.ts';
import { completeSetupWizard } from './setup-wizard.ts';
import { ensurePlainUser, installPlugin } from './install-plugin.ts';

function required(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`${name} is not set; e2e/jira-dc/run.sh sets it.`);
  return value;
}

const log = (line: string): void => console.log(`jira-dc: ${line}`);

async function main(): Promise<void> {
  const baseUrl = required('JIRA_BASE_URL');
  const admin = {
    username: required('JIRA_ADMIN_USER'),
    password: required('JIRA_ADMIN_PASSWORD'),
  };
  const user = { username: required('JIRA_USER'), password: required('JIRA_USER_PASSWORD') };
  const jar = process.env.PLUGIN_JAR?.trim() || findPluginJar();
  const session = await jiraSession(baseUrl);
  try {
    log(`waiting for ${baseUrl}/status (a first start takes several minutes)`);
    let lastSaid = '';
    const state = await waitForState(session, ['FIRST_RUN', 'RUNNING'], 20, (now) => {
      if (now !== lastSaid) log(`Jira is ${now}`);
      lastSaid = now;
    });
    if (state === 'FIRST_RUN') {
      const licence = required('JIRA_LICENSE');
      await completeSetupWizard(session, { baseUrl, licence, admin }, log);
      await waitForState(session, ['RUNNING'], 10);
    } else {
      log('Jira is already set up; the wizard is skipped');
    }
    await logInAsAdmin(session, admin.username, admin.password);
    await installPlugin(session, jar, log);
    await ensurePlainUser(session, user, log);
    log('ready');
  } finally {
    await session.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(`jira-dc: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
