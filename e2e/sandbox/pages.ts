// The sandbox's HTML pages: log-in, websudo, log-out, the dashboard, access denied, errors.
// Admin pages are in admin-pages.ts.
import type { RequestContext } from './context.ts';
import { escapeHtml as h } from './http.ts';
import { headerBar, renderPage } from './page-layout.ts';

export interface LoginPageOptions {
  destination?: string;
  error?: string;
  permissionViolation?: boolean;
  username?: string;
}

export function loginPage(ctx: RequestContext, options: LoginPageOptions = {}): string {
  const c = ctx.state.contextPath;
  const notice = options.error
    ? `<div class="aui-message aui-message-error" id="login-form-error" role="alert"><p>${h(options.error)}</p></div>`
    : options.permissionViolation
      ? `<div class="aui-message aui-message-warning" role="alert"><p>You must log in to access this page.</p></div>`
      : '';
  return renderPage(ctx, {
    title: 'Log in',
    bodyClass: 'page-type-login',
    body: `${headerBar(ctx, false)}
<main class="login-panel" id="content">
<h1>Welcome to Fake Corp Jira</h1>
${notice}
<form id="login-form" class="aui" method="post" action="${h(c)}/login.jsp">
<div class="field-group"><label for="login-form-username">Username</label>
<input class="text" id="login-form-username" name="os_username" type="text" autocomplete="username" value="${h(options.username ?? '')}"></div>
<div class="field-group"><label for="login-form-password">Password</label>
<input class="password" id="login-form-password" name="os_password" type="password" autocomplete="current-password"></div>
<div class="field-group"><label><input type="checkbox" id="login-form-remember-me" name="os_cookie" value="true"> Remember my login on this computer</label></div>
<input type="hidden" name="os_destination" value="${h(options.destination ?? '')}">
<input type="hidden" name="user_role" value="">
<input type="hidden" name="atl_token" value="">
<button class="aui-button aui-button-primary" id="login-form-submit" name="login" type="submit">Log In</button>
</form>
</main>`,
  });
}

export function webSudoPage(ctx: RequestContext, destination: string, error?: string): string {
  const c = ctx.state.contextPath;
  const notice = error
    ? `<div class="aui-message aui-message-error" role="alert"><p>${h(error)}</p></div>`
    : '';
  return renderPage(ctx, {
    title: 'Administrator Access',
    bodyClass: 'page-type-websudo',
    body: `${headerBar(ctx, false)}
<main class="login-panel" id="content">
<h1>Administrator Access</h1>
<div class="aui-message"><p>You have requested access to an administrative function in Jira and are required to validate your credentials below.</p></div>
${notice}
<form id="login-form" class="aui" method="post" action="${h(c)}/secure/admin/WebSudoAuthenticate.jspa">
<div class="field-group"><label>Username</label><strong id="login-form-username">${h(ctx.user?.username ?? '')}</strong></div>
<div class="field-group"><label for="login-form-authenticatePassword">Password</label>
<input class="password" id="login-form-authenticatePassword" name="webSudoPassword" type="password" autocomplete="current-password"></div>
<input type="hidden" name="webSudoDestination" value="${h(destination)}">
<input type="hidden" name="atl_token" value="${h(ctx.session?.xsrfToken ?? '')}">
<button class="aui-button aui-button-primary" id="login-form-submit" type="submit">Confirm</button>
<a id="login-form-cancel" href="${h(c)}/secure/Dashboard.jspa">Cancel</a>
</form>
</main>`,
  });
}

export function logoutPage(ctx: RequestContext): string {
  const c = ctx.state.contextPath;
  return renderPage(ctx, {
    title: 'Logout',
    body: `${headerBar(ctx, false)}
<main class="login-panel" id="content">
<h1>Logout</h1>
<div class="aui-message"><p>You are now logged out. Any automatic login has also been stopped.</p>
<p>Didn't mean to log out? <a href="${h(c)}/login.jsp">Log in again.</a></p></div>
</main>`,
  });
}

/** Jira's denial for a signed-in user without the rights: no admin chrome, no plugin code. */
export function accessDeniedPage(ctx: RequestContext): string {
  const c = ctx.state.contextPath;
  return renderPage(ctx, {
    title: 'Access denied',
    scripts: false,
    bodyClass: 'page-type-message',
    body: `${headerBar(ctx, false)}
<main class="login-panel" id="content">
<h1>Access denied</h1>
<div class="aui-message aui-message-warning" role="alert">
<p>You do not have permission to access this page. It is only available to Jira administrators.</p>
<p>Log in as an administrator to continue: <a href="${h(c)}/logout">log out</a>, then log in with an administrator account.</p>
</div>
</main>`,
  });
}

export function dashboardPage(ctx: RequestContext): string {
  const user = ctx.user;
  return renderPage(ctx, {
    title: 'System Dashboard',
    decorator: 'atl.general',
    resources: ctx.state.wrm.resolve({ resources: [], contexts: ['atl.general'] }, user),
    bodyClass: 'page-type-dashboard',
    body: `${headerBar(ctx, user?.role === 'sysadmin' || user?.role === 'admin')}
<main class="dashboard-content" id="content">
<header class="aui-page-header"><h1>System Dashboard</h1></header>
<section class="gadget" id="gadget-intro">
<h2>Introduction</h2>
<p>Welcome to Fake Corp Jira. ${user ? `You are logged in as ${h(user.displayName)}.` : 'Log in to see your work.'}</p>
</section>
<section class="gadget" id="gadget-assigned"><h2>Assigned to me</h2><p>You have no open issues assigned to you.</p></section>
</main>`,
  });
}

export function errorPage(ctx: RequestContext, status: 404 | 500): string {
  const notFound = status === 404;
  return renderPage(ctx, {
    title: notFound ? 'Page not found' : 'Oops - an error has occurred',
    scripts: false,
    body: `${headerBar(ctx, false)}
<main class="login-panel" id="content">
<h1>${notFound ? "Oops, you've found a dead link." : 'Sorry, we had some technical problems during your last operation.'}</h1>
<div class="aui-message aui-message-error"><p>${
      notFound
        ? 'The page you requested could not be found.'
        : `Request assistance with the reference below. Node: ${h(ctx.state.nodeId)}.`
    }</p></div>
</main>`,
  });
}
