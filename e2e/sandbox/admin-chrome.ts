// Jira's administration chrome: the admin tabs and the left sidebar, built from a few built-in
// sections plus the plugin's web-sections and web-items (conditions honoured).
import { conditionHolds } from './conditions.ts';
import type { RequestContext } from './context.ts';
import { escapeHtml as h } from './http.ts';

export type AdminMenu = 'admin_system_menu' | 'admin_plugins_menu';

interface NavItem {
  key: string;
  label: string;
  link: string;
  linkId: string;
  weight: number;
}

interface NavSection {
  /** `parent/section`, the value a web-item's `section` attribute names. */
  id: string;
  label: string;
  weight: number;
  items: NavItem[];
}

const TABS: Array<{ id: string; label: string; link: string }> = [
  {
    id: 'admin_applications_menu',
    label: 'Applications',
    link: '/plugins/servlet/applications/versions-licenses',
  },
  { id: 'admin_project_menu', label: 'Projects', link: '/secure/project/BrowseProjects.jspa' },
  { id: 'admin_issues_menu', label: 'Issues', link: '/secure/admin/ViewIssueTypes.jspa' },
  { id: 'admin_plugins_menu', label: 'Manage apps', link: '/plugins/servlet/upm' },
  { id: 'admin_users_menu', label: 'User management', link: '/secure/admin/user/UserBrowser.jspa' },
  {
    id: 'admin_system_menu',
    label: 'System',
    link: '/secure/admin/ViewApplicationProperties.jspa',
  },
];

function item(key: string, label: string, link: string, weight: number): NavItem {
  return { key, label, link, linkId: key, weight };
}

function builtInSections(): NavSection[] {
  return [
    {
      id: 'admin_system_menu/top_system_section',
      label: 'System',
      weight: 10,
      items: [
        item(
          'general_configuration',
          'General configuration',
          '/secure/admin/ViewApplicationProperties.jspa',
          10,
        ),
        item('find_more', 'Find more admin tools', '/secure/admin/AdminSummary.jspa', 20),
      ],
    },
    {
      id: 'admin_system_menu/troubleshooting_and_support',
      label: 'Troubleshooting and support',
      weight: 20,
      items: [
        item('system_info', 'System info', '/secure/admin/ViewSystemInfo.jspa', 10),
        item('instrumentation', 'Instrumentation', '/secure/admin/ViewInstrumentation.jspa', 20),
        item(
          'integrity_checker',
          'Integrity checker',
          '/secure/admin/IntegrityChecker!default.jspa',
          30,
        ),
        item('logging_profiling', 'Logging and profiling', '/secure/admin/ViewLogging.jspa', 40),
        item('scheduler_details', 'Scheduler details', '/secure/admin/SchedulerAdmin.jspa', 50),
      ],
    },
    {
      id: 'admin_system_menu/security_section',
      label: 'Security',
      weight: 30,
      items: [
        item('project_role_browser', 'Project roles', '/secure/project/ViewProjectRoles.jspa', 10),
        item(
          'global_permissions',
          'Global permissions',
          '/secure/admin/GlobalPermissions!default.jspa',
          20,
        ),
      ],
    },
    {
      id: 'admin_plugins_menu/upm_section',
      label: 'Atlassian Marketplace',
      weight: 10,
      items: [
        item('upm-admin-link-marketplace', 'Find new apps', '/plugins/servlet/upm/marketplace', 10),
        item('upm-admin-link', 'Manage apps', '/plugins/servlet/upm', 20),
      ],
    },
  ];
}

function text(
  ctx: RequestContext,
  labelKey: string | undefined,
  label: string | undefined,
  key: string,
): string {
  if (labelKey !== undefined) return ctx.state.plugin.messages.get(labelKey) ?? labelKey;
  return label ?? key;
}

/** Built-in sections merged with the plugin's fragments that the user may see. */
export function adminSections(ctx: RequestContext, menu: AdminMenu): NavSection[] {
  const { descriptor } = ctx.state.plugin;
  const sections = builtInSections();
  for (const ws of descriptor.webSections) {
    if (!conditionHolds(ws.condition, ctx.user)) continue;
    sections.push({
      id: `${ws.location}/${ws.key}`,
      label: text(ctx, ws.labelKey, ws.label, ws.key),
      weight: ws.weight,
      items: [],
    });
  }
  for (const wi of descriptor.webItems) {
    if (!conditionHolds(wi.condition, ctx.user)) continue;
    // `parent/section` only: any other shape makes the item vanish, as in Jira.
    if (wi.section.split('/').length !== 2) continue;
    const section = sections.find((s) => s.id === wi.section);
    section?.items.push({
      key: wi.key,
      label: text(ctx, wi.labelKey, wi.label, wi.key),
      link: wi.link,
      linkId: wi.linkId ?? wi.key,
      weight: wi.weight,
    });
  }
  return sections
    .filter((s) => s.id.startsWith(`${menu}/`) && s.items.length > 0)
    .sort((a, b) => a.weight - b.weight)
    .map((s) => ({ ...s, items: [...s.items].sort((a, b) => a.weight - b.weight) }));
}

function href(ctx: RequestContext, link: string): string {
  return /^https?:\/\//.test(link) ? link : ctx.state.contextPath + link;
}

export function adminTabs(ctx: RequestContext, menu: AdminMenu): string {
  const tabs = TABS.map((t) => {
    const selected = t.id === menu;
    return `<li${selected ? ' class="aui-nav-selected"' : ''}><a id="${h(t.id)}" href="${h(href(ctx, t.link))}"${selected ? ' aria-current="page"' : ''}>${h(t.label)}</a></li>`;
  }).join('');
  return `<nav class="aui-navgroup aui-navgroup-horizontal" aria-label="Administration"><ul class="admin-tabs">${tabs}</ul></nav>`;
}

export function adminSidebar(ctx: RequestContext, menu: AdminMenu, activeItem: string): string {
  const body = adminSections(ctx, menu)
    .map((s) => {
      const items = s.items
        .map((i) => {
          const selected = i.key === activeItem;
          return `<li${selected ? ' class="aui-nav-selected"' : ''}><a id="${h(i.linkId)}" data-link-id="${h(i.key)}" href="${h(href(ctx, i.link))}"${selected ? ' aria-current="page"' : ''}>${h(i.label)}</a></li>`;
        })
        .join('');
      return `<div class="aui-nav-heading" data-section="${h(s.id)}"><strong>${h(s.label)}</strong></div><ul class="aui-nav">${items}</ul>`;
    })
    .join('\n');
  return `<nav class="aui-page-panel-nav aui-navgroup aui-navgroup-vertical" aria-label="${h(menu === 'admin_system_menu' ? 'System' : 'Manage apps')}">${body}</nav>`;
}
