// The HTML frame every sandbox page shares: meta tags Jira's pages carry, the sandbox's own
// stylesheet and globals, and the page's web-resources, all as <script src>/<link> tags.
import type { RequestContext } from './context.ts';
import { escapeHtml as h } from './http.ts';
import { JIRA_BUILD_NUMBER, JIRA_VERSION, SANDBOX_GLOBALS_KEY } from './jira-facts.ts';
import type { ResourceRef } from './wrm.ts';

export interface PageSpec {
  title: string;
  /** `atl.admin` for admin pages; adds Jira's decorator meta tag. */
  decorator?: 'atl.admin' | 'atl.general';
  /** Web-resources of the page, in order. */
  resources?: ResourceRef[];
  /** Whether to load the AJS/WRM globals (pages without scripts leave them out). */
  scripts?: boolean;
  meta?: Record<string, string>;
  bodyClass?: string;
  body: string;
}

/** Data the page hands to `WRM.data.claim`, keyed by data key. */
export const PAGE_DATA: Record<string, unknown> = {
  'com.atlassian.jira.jira-base-url': 'https://jira.fake-corp.example.test',
  'com.atlassian.analytics.analytics-client:policy-update-init.policy-update-data-provider': false,
};

export function sandboxAssetUrl(contextPath: string, name: string): string {
  return `${contextPath}/s/sandbox/_/download/resources/${SANDBOX_GLOBALS_KEY}/${name}`;
}

function metaTags(ctx: RequestContext, spec: PageSpec): string {
  const { contextPath, origin } = ctx.state;
  const user = ctx.user;
  const metas: Array<[string, string]> = [
    ['ajs-context-path', contextPath],
    ['ajs-base-url', origin + contextPath],
    ['ajs-remote-user', user?.username ?? ''],
    ['ajs-remote-user-fullname', user?.displayName ?? ''],
    ['ajs-version-number', JIRA_VERSION],
    ['ajs-build-number', String(JIRA_BUILD_NUMBER)],
    ['atlassian-token', ctx.session?.xsrfToken ?? 'anonymous-FAKE-token_lout'],
  ];
  if (spec.decorator === 'atl.admin') metas.push(['decorator', 'atl.admin']);
  for (const [name, content] of Object.entries(spec.meta ?? {})) metas.push([name, content]);
  if (spec.scripts !== false) metas.push(['sandbox-wrm-data', JSON.stringify(PAGE_DATA)]);
  return metas.map(([n, c]) => `<meta name="${h(n)}" content="${h(c)}">`).join('\n');
}

function resourceTags(resources: readonly ResourceRef[]): string {
  return resources
    .map((r) => {
      const data = `data-wrm-key="${h(r.key)}" data-wrm-batch-type="${r.batchType}"`;
      return r.resourceType === 'CSS'
        ? `<link rel="stylesheet" href="${h(r.url)}" media="all" ${data}>`
        : `<script src="${h(r.url)}" ${data}></script>`;
    })
    .join('\n');
}

export function renderPage(ctx: RequestContext, spec: PageSpec): string {
  const ctxPath = ctx.state.contextPath;
  const scripts =
    spec.scripts === false
      ? ''
      : `<script src="${h(sandboxAssetUrl(ctxPath, 'globals.js'))}"></script>\n` +
        resourceTags(spec.resources ?? []);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${h(spec.title)} - Fake Corp Jira</title>
<meta name="application-name" content="JIRA" data-name="jira" data-version="${JIRA_VERSION}">
${metaTags(ctx, spec)}
<link rel="icon" type="image/svg+xml" href="${h(sandboxAssetUrl(ctxPath, 'favicon.svg'))}">
<link rel="stylesheet" href="${h(sandboxAssetUrl(ctxPath, 'sandbox.css'))}" media="all">
${scripts}
</head>
<body id="jira" class="aui-layout aui-theme-default ${h(spec.bodyClass ?? '')}">
<div id="page">
${spec.body}
</div>
</body>
</html>
`;
}

/** The top bar: logo, main links, the admin entry for admins, the user or a log-in link. */
export function headerBar(ctx: RequestContext, showAdminLink: boolean): string {
  const c = ctx.state.contextPath;
  const user = ctx.user;
  const right = user
    ? `${showAdminLink ? `<a id="admin_menu" href="${h(c)}/secure/admin/ViewSystemInfo.jspa">Administration</a>` : ''}
<span id="header-details-user-fullname" data-username="${h(user.username)}">${h(user.displayName)}</span>
<a id="log_out" href="${h(c)}/logout">Log out</a>`
    : `<a class="login-link" href="${h(c)}/login.jsp">Log in</a>`;
  return `<header id="header" role="banner">
<nav class="aui-header" aria-label="Site">
<a class="aui-header-logo" id="logo" href="${h(c)}/secure/Dashboard.jspa">Fake Corp Jira</a>
<a id="home_link" href="${h(c)}/secure/Dashboard.jspa">Dashboards</a>
<a id="browse_link" href="${h(c)}/secure/BrowseProjects.jspa">Projects</a>
<a id="find_link" href="${h(c)}/issues/">Issues</a>
<div class="aui-header-secondary">${right}</div>
</nav>
</header>`;
}
