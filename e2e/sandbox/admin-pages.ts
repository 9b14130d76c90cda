// Admin pages: System info (where the plugin mounts its screen), General configuration and
// Manage apps. Each carries the admin chrome and the `atl.admin` web-resources.
import { adminSidebar, adminTabs, type AdminMenu } from './admin-chrome.ts';
import type { RequestContext } from './context.ts';
import { escapeHtml as h } from './http.ts';
import { CONFIGURED_BASE_URL, JIRA_BUILD_NUMBER, JIRA_VERSION, SERVER_ID } from './jira-facts.ts';
import { headerBar, renderPage } from './page-layout.ts';
import { upmPlugins } from './upm.ts';

interface AdminPageSpec {
  title: string;
  menu: AdminMenu;
  activeItem: string;
  activeTab: string;
  content: string;
}

function adminPage(ctx: RequestContext, spec: AdminPageSpec): string {
  return renderPage(ctx, {
    title: spec.title,
    decorator: 'atl.admin',
    resources: ctx.state.wrm.resolve({ resources: [], contexts: ['atl.admin'] }, ctx.user),
    meta: {
      'admin.active.section': spec.menu,
      'admin.active.tab': spec.activeTab,
    },
    bodyClass: 'page-type-admin',
    body: `${headerBar(ctx, true)}
${adminTabs(ctx, spec.menu)}
<div id="content" class="aui-page-panel">
${adminSidebar(ctx, spec.menu, spec.activeItem)}
<section class="aui-page-panel-content">
<header class="aui-page-header"><h1>${h(spec.title)}</h1></header>
${spec.content}
</section>
</div>`,
  });
}

function table(id: string, caption: string, rows: Array<[string, string]>): string {
  const body = rows
    .map(([k, v]) => `<tr><th scope="row">${h(k)}</th><td>${h(v)}</td></tr>`)
    .join('');
  return `<h2>${h(caption)}</h2><table class="aui" id="${h(id)}"><tbody>${body}</tbody></table>`;
}

export function systemInfoPage(ctx: RequestContext): string {
  const content = [
    table('server-info', 'Server information', [
      ['Application Title', 'Fake Corp Jira'],
      ['Mode', 'private'],
      ['Base URL', CONFIGURED_BASE_URL],
      ['Version', JIRA_VERSION],
      ['Build Number', String(JIRA_BUILD_NUMBER)],
      ['Server ID', SERVER_ID],
      ['Node ID', ctx.state.nodeId],
      ['Server Time', new Date(ctx.state.clock.now()).toISOString()],
    ]),
    table('java-vm', 'Java VM memory statistics', [
      ['Java Version', '17.0.12'],
      ['Java Vendor', 'Eclipse Adoptium'],
      ['JVM Input Arguments', '-Xms2048m -Xmx2048m -Datlassian.plugins.enable.wait=300'],
      ['Operating System', 'Linux 5.15.0-fake amd64'],
      ['Hostname', 'jira-node-1.fake-corp.example.test'],
    ]),
    table('cluster-info', 'Cluster nodes', [
      ['node-1', 'ACTIVE · 10.0.7.11'],
      ['node-2', 'ACTIVE · 10.0.7.12'],
      ['node-3', 'OFFLINE · 10.0.7.13'],
    ]),
  ].join('\n');
  return adminPage(ctx, {
    title: 'System info',
    menu: 'admin_system_menu',
    activeItem: 'system_info',
    activeTab: 'system_info',
    content,
  });
}

export function applicationPropertiesPage(ctx: RequestContext): string {
  const content = table('table-options', 'Settings', [
    ['Title', 'Fake Corp Jira'],
    ['Mode', 'Private'],
    ['Maximum Authentication Attempts Allowed', '3'],
    ['Base URL', CONFIGURED_BASE_URL],
    ['Email from', '${fullname} (Jira)'],
    ['Introduction', 'Welcome to Fake Corp Jira.'],
  ]);
  return adminPage(ctx, {
    title: 'General configuration',
    menu: 'admin_system_menu',
    activeItem: 'general_configuration',
    activeTab: 'general_configuration',
    content,
  });
}

export function manageAppsPage(ctx: RequestContext): string {
  const rows = upmPlugins(ctx.state)
    .map(
      (p) =>
        `<tr data-key="${h(p.key)}"><td>${h(p.name)}</td><td>${h(p.version)}</td><td>${h(p.vendor.name)}</td><td>${p.enabled ? 'Enabled' : 'Disabled'}</td></tr>`,
    )
    .join('');
  const content = `<table class="aui" id="upm-plugins"><thead><tr><th>App</th><th>Version</th><th>Vendor</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`;
  return adminPage(ctx, {
    title: 'Manage apps',
    menu: 'admin_plugins_menu',
    activeItem: 'upm-admin-link',
    activeTab: 'upm-admin-link',
    content,
  });
}
