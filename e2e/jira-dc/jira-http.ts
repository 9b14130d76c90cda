/**
 * Talking to a real Jira over HTTP the way its own pages do: a cookie session, the XSRF
 * token from the `atlassian.xsrf.token` cookie, form posts, and Jira's `/status` endpoint.
 */
import { request, type APIRequestContext, type APIResponse } from '@playwright/test';

export type JiraState = 'STARTING' | 'FIRST_RUN' | 'RUNNING' | 'ERROR' | 'UNREACHABLE' | string;

/** One session against Jira; cookies carry over between calls like in a browser. */
export async function jiraSession(baseUrl: string): Promise<APIRequestContext> {
  return request.newContext({
    baseURL: `${baseUrl.replace(/\/+$/, '')}/`,
    // Jira's own pages never follow a redirect to another host; neither do we.
    maxRedirects: 10,
    timeout: 10 * 60_000,
  });
}

/** Paths are relative to the context path, without a leading slash, e.g. `status`. */
export async function jiraState(session: APIRequestContext): Promise<JiraState> {
  try {
    const response = await session.get('status', { timeout: 15_000 });
    if (!response.ok()) return `HTTP ${response.status()}`;
    const body = (await response.json()) as { state?: unknown };
    return typeof body.state === 'string' ? body.state : 'UNKNOWN';
  } catch {
    return 'UNREACHABLE';
  }
}

/** Polls `/status` until Jira is in one of `wanted`, or says why it gave up. */
export async function waitForState(
  session: APIRequestContext,
  wanted: readonly JiraState[],
  minutes: number,
  onWait: (state: JiraState) => void = () => undefined,
): Promise<JiraState> {
  const deadline = Date.now() + minutes * 60_000;
  let state = await jiraState(session);
  while (!wanted.includes(state)) {
    if (state === 'ERROR') {
      throw new Error(
        'Jira reports state ERROR. Read its log: docker compose -f e2e/jira-dc/docker-compose.yml logs jira',
      );
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Jira is still "${state}" after ${minutes} minutes (waiting for ${wanted.join(' or ')}). Give it more memory or time, and read its log.`,
      );
    }
    onWait(state);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    state = await jiraState(session);
  }
  return state;
}

/** The value of Jira's XSRF cookie, which its forms send back as `atl_token`. */
export async function xsrfToken(session: APIRequestContext): Promise<string> {
  const { cookies } = await session.storageState();
  const cookie = cookies.find((c) => c.name === 'atlassian.xsrf.token');
  if (!cookie) throw new Error('Jira set no atlassian.xsrf.token cookie; is this a Jira?');
  return cookie.value;
}

/** Posts a Jira form with its XSRF token, as the browser would. */
export async function postForm(
  session: APIRequestContext,
  path: string,
  form: Record<string, string>,
): Promise<APIResponse> {
  return session.post(path, {
    form: { atl_token: await xsrfToken(session), ...form },
    headers: { 'X-Atlassian-Token': 'no-check' },
  });
}

/** The path of the page a response finally landed on, relative to `baseUrl`. */
export function landedOn(response: APIResponse, baseUrl: string): string {
  const url = new URL(response.url());
  const base = new URL(baseUrl);
  return url.pathname.slice(base.pathname.replace(/\/+$/, '').length);
}

/** Logs in through the login form and confirms websudo, as an admin does in the browser. */
export async function logInAsAdmin(
  session: APIRequestContext,
  username: string,
  password: string,
): Promise<void> {
  const login = await session.post('login.jsp', {
    form: { os_username: username, os_password: password, os_destination: '', login: 'Log In' },
    maxRedirects: 0,
  });
  const reason = login.headers()['x-seraph-loginreason'] ?? '';
  if (!reason.includes('OK')) {
    throw new Error(
      `Jira refused the administrator login (X-Seraph-LoginReason: ${reason || 'none'}). Check JIRA_ADMIN_USER and JIRA_ADMIN_PASSWORD; after three failures Jira asks for a CAPTCHA: log in once in a browser to clear it.`,
    );
  }
  await session.get('secure/admin/WebSudoAuthenticate!default.jspa');
  await postForm(session, 'secure/admin/WebSudoAuthenticate.jspa', {
    webSudoPassword: password,
    webSudoDestination: '/secure/admin/ViewSystemInfo.jspa',
    webSudoIsPost: 'false',
  });
}
