// Page routes: log-in and log-out, websudo, the dashboard and the admin pages with Jira's
// gatekeeping (log-in redirect, access denied, websudo redirect).
import { applicationPropertiesPage, manageAppsPage, systemInfoPage } from './admin-pages.ts';
import type { RequestContext } from './context.ts';
import { parseForm, readBody, redirect, sendHtml } from './http.ts';
import {
  accessDeniedPage,
  dashboardPage,
  errorPage,
  loginPage,
  logoutPage,
  webSudoPage,
} from './pages.ts';
import { authenticate, isAdmin, isSysAdmin } from './sessions.ts';

const DASHBOARD = '/secure/Dashboard.jspa';
const WEBSUDO_FORM = '/secure/admin/WebSudoAuthenticate!default.jspa';

/** The path and query the browser asked for, relative to the context path. */
function currentDestination(ctx: RequestContext): string {
  const q = ctx.query.toString();
  return q ? `${ctx.path}?${q}` : ctx.path;
}

/** Only same-site, context-relative destinations, so a link cannot send the user elsewhere. */
function safeDestination(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return fallback;
  }
  return value;
}

function cookiePath(ctx: RequestContext): string {
  return ctx.state.contextPath || '/';
}

export function redirectToLogin(ctx: RequestContext, destination: string): void {
  const q = new URLSearchParams({ permissionViolation: 'true', os_destination: destination });
  redirect(ctx.res, `${ctx.state.contextPath}/login.jsp?${q.toString()}`);
}

/** Jira's gate for admin pages; answers and returns false unless the page may be shown. */
function adminGate(ctx: RequestContext, level: 'admin' | 'sysadmin'): boolean {
  const { session, user } = ctx;
  if (!session || !user) {
    redirectToLogin(ctx, currentDestination(ctx));
    return false;
  }
  if (!(level === 'admin' ? isAdmin(user) : isSysAdmin(user))) {
    sendHtml(ctx.res, 403, accessDeniedPage(ctx));
    return false;
  }
  if (!ctx.state.sessions.hasWebSudo(session)) {
    const q = new URLSearchParams({ webSudoDestination: currentDestination(ctx) });
    redirect(ctx.res, `${ctx.state.contextPath}${WEBSUDO_FORM}?${q.toString()}`);
    return false;
  }
  ctx.state.sessions.touchWebSudo(session);
  return true;
}

async function postLogin(ctx: RequestContext): Promise<void> {
  const form = parseForm(await readBody(ctx.req));
  const username = form.get('os_username') ?? '';
  const destination = form.get('os_destination') ?? '';
  const user = authenticate(username, form.get('os_password') ?? '');
  if (!user) {
    const html = loginPage(ctx, {
      error: 'Sorry, your username and password are incorrect - please try again.',
      destination,
      username,
    });
    sendHtml(ctx.res, 200, html, { 'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED' });
    return;
  }
  if (ctx.session) ctx.state.sessions.destroy(ctx.session.id);
  const session = ctx.state.sessions.create(user);
  const path = cookiePath(ctx);
  ctx.res.setHeader('Set-Cookie', [
    `JSESSIONID=${session.id}; Path=${path}; HttpOnly; SameSite=Lax`,
    `atlassian.xsrf.token=${session.xsrfToken}; Path=${path}; SameSite=Lax`,
  ]);
  redirect(ctx.res, ctx.state.contextPath + safeDestination(destination, DASHBOARD), {
    'X-Seraph-LoginReason': 'OK',
  });
}

async function postWebSudo(ctx: RequestContext): Promise<void> {
  const form = parseForm(await readBody(ctx.req));
  const destination = safeDestination(
    form.get('webSudoDestination'),
    '/secure/admin/ViewSystemInfo.jspa',
  );
  const { session, user } = ctx;
  if (!session || !user) {
    redirectToLogin(ctx, `${WEBSUDO_FORM}?webSudoDestination=${encodeURIComponent(destination)}`);
    return;
  }
  if (!isAdmin(user)) {
    sendHtml(ctx.res, 403, accessDeniedPage(ctx));
    return;
  }
  if (form.get('atl_token') !== session.xsrfToken) {
    sendHtml(
      ctx.res,
      403,
      webSudoPage(ctx, destination, 'XSRF Security Token Missing. Try again.'),
    );
    return;
  }
  if (form.get('webSudoPassword') !== user.password) {
    sendHtml(ctx.res, 200, webSudoPage(ctx, destination, 'The password you entered is incorrect.'));
    return;
  }
  ctx.state.sessions.touchWebSudo(session);
  redirect(ctx.res, ctx.state.contextPath + destination);
}

function getWebSudo(ctx: RequestContext): void {
  if (!ctx.user) {
    redirectToLogin(ctx, currentDestination(ctx));
    return;
  }
  if (!isAdmin(ctx.user)) {
    sendHtml(ctx.res, 403, accessDeniedPage(ctx));
    return;
  }
  const destination = safeDestination(
    ctx.query.get('webSudoDestination'),
    '/secure/admin/ViewSystemInfo.jspa',
  );
  sendHtml(ctx.res, 200, webSudoPage(ctx, destination));
}

function logout(ctx: RequestContext): void {
  if (ctx.session) ctx.state.sessions.destroy(ctx.session.id);
  ctx.session = undefined;
  ctx.user = undefined;
  const path = cookiePath(ctx);
  ctx.res.setHeader('Set-Cookie', [
    `JSESSIONID=; Path=${path}; Max-Age=0; HttpOnly; SameSite=Lax`,
    `atlassian.xsrf.token=; Path=${path}; Max-Age=0; SameSite=Lax`,
  ]);
  sendHtml(ctx.res, 200, logoutPage(ctx));
}

const ADMIN_PAGES: Record<
  string,
  { level: 'admin' | 'sysadmin'; render: (ctx: RequestContext) => string }
> = {
  '/secure/admin/ViewSystemInfo.jspa': { level: 'sysadmin', render: systemInfoPage },
  '/secure/admin/ViewApplicationProperties.jspa': {
    level: 'admin',
    render: applicationPropertiesPage,
  },
  '/plugins/servlet/upm': { level: 'admin', render: manageAppsPage },
};

export async function handlePage(ctx: RequestContext): Promise<void> {
  const method = ctx.req.method ?? 'GET';
  const { path } = ctx;
  if (method === 'POST' && path === '/login.jsp') return postLogin(ctx);
  if (method === 'POST' && path === '/secure/admin/WebSudoAuthenticate.jspa')
    return postWebSudo(ctx);
  if (method !== 'GET' && method !== 'HEAD') {
    sendHtml(ctx.res, 405, errorPage(ctx, 404));
    return;
  }
  if (path === '/' || path === '/secure/' || path === '/secure') {
    redirect(ctx.res, ctx.state.contextPath + DASHBOARD);
    return;
  }
  if (path === '/login.jsp') {
    const html = loginPage(ctx, {
      destination: safeDestination(ctx.query.get('os_destination'), ''),
      permissionViolation: ctx.query.get('permissionViolation') === 'true',
    });
    sendHtml(ctx.res, 200, html);
    return;
  }
  if (path === '/logout') return logout(ctx);
  if (path === WEBSUDO_FORM) return getWebSudo(ctx);
  if (path === DASHBOARD) {
    sendHtml(ctx.res, 200, dashboardPage(ctx));
    return;
  }
  const admin = ADMIN_PAGES[path];
  if (admin) {
    if (adminGate(ctx, admin.level)) sendHtml(ctx.res, 200, admin.render(ctx));
    return;
  }
  sendHtml(ctx.res, 404, errorPage(ctx, 404));
}
