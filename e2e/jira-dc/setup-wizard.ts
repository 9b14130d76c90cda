/**
 * Jira's setup wizard, completed with the same form posts its pages make, after the image has
 * written the database settings (ATL_JDBC_*): application properties → licence →
 * administrator account → no outgoing mail. Skipped when Jira is already set up.
 * Unverified here (no Docker engine): the steps and field names follow Jira 9/10's wizard.
 */
import type { APIRequestContext } from '@playwright/test';
import { landedOn, postForm } from './jira-http.ts';

export interface WizardInput {
  baseUrl: string;
  /** Pasted into the licence step; never logged or written anywhere. */
  licence: string;
  admin: { username: string; password: string };
}

interface Step {
  name: string;
  path: string;
  form: Record<string, string>;
  /** The page the wizard must move on to; anything else means the step was refused. */
  next: RegExp;
  whenRefused: string;
}

function steps(input: WizardInput): Step[] {
  return [
    {
      name: 'application properties',
      path: 'secure/SetupApplicationProperties.jspa',
      form: {
        title: 'Support Bundle test Jira',
        mode: 'private',
        baseURL: input.baseUrl,
        nextStep: 'true',
      },
      next: /SetupLicense/,
      whenRefused: 'Jira did not accept the base URL or title.',
    },
    {
      name: 'licence',
      path: 'secure/SetupLicense.jspa',
      form: { setupLicenseKey: input.licence },
      next: /SetupAdminAccount/,
      whenRefused:
        'Jira did not accept JIRA_LICENSE. Use a Jira Software Data Center licence (Atlassian publishes 3-hour timebomb licences for app testing) and paste it whole.',
    },
    {
      name: 'administrator account',
      path: 'secure/SetupAdminAccount.jspa',
      form: {
        fullname: 'Support Bundle Test Admin',
        email: 'admin@example.test',
        username: input.admin.username,
        password: input.admin.password,
        confirm: input.admin.password,
      },
      next: /SetupMailNotifications|Dashboard|SetupComplete/,
      whenRefused: 'Jira did not accept the administrator account.',
    },
    {
      name: 'no outgoing mail',
      path: 'secure/SetupMailNotifications.jspa',
      form: { noemail: 'true', finish: 'Finish' },
      next: /.*/,
      whenRefused: 'Jira did not finish its setup.',
    },
  ];
}

export async function completeSetupWizard(
  session: APIRequestContext,
  input: WizardInput,
  log: (line: string) => void,
): Promise<void> {
  // The first page sets the session and XSRF cookies the wizard's forms need.
  await session.get('secure/SetupApplicationProperties!default.jspa');
  for (const step of steps(input)) {
    log(`setup wizard: ${step.name}`);
    const response = await postForm(session, step.path, step.form);
    const page = landedOn(response, input.baseUrl);
    if (!response.ok() || !step.next.test(page)) {
      throw new Error(
        `Setup wizard step "${step.name}" ended on ${page} (HTTP ${response.status()}). ${step.whenRefused}`,
      );
    }
  }
}
