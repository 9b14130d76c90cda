/** Installed apps: Vilisoft's first, then other user-installed apps, then Jira's own. */
import { isVilisoftPlugin } from '../../collect/vilisoft/apps.ts';
import type { Facts } from '../../model.ts';
import { badge, esc, section, table, type Cell } from '../html.ts';

type Plugin = NonNullable<Facts['plugins']>[number];

function group(plugin: Plugin): number {
  if (isVilisoftPlugin(plugin.key, plugin.vendor)) return 0;
  return plugin.userInstalled ? 1 : 2;
}

function modules(plugin: Plugin): Cell {
  if (!plugin.modules) return '';
  const broken = plugin.modules.filter((m) => m.broken).length;
  const disabled = plugin.modules.filter((m) => !m.enabled && !m.broken).length;
  return `${plugin.modules.length} (${broken} broken, ${disabled} disabled)`;
}

function supportedRange(range: { min?: string; max?: string } | undefined): string {
  return range ? `${range.min ?? '…'} – ${range.max ?? '…'}` : '';
}

export function appsSection(facts: Facts): string {
  const plugins = [...(facts.plugins ?? [])].sort(
    (a, b) => group(a) - group(b) || a.name.localeCompare(b.name, 'en'),
  );
  const versions = new Map((facts.vilisoftApps ?? []).map((a) => [a.appKey, a]));
  const rows = plugins.map((p): Cell[] => [
    p.name,
    { raw: `<code>${esc(p.key)}</code>` },
    p.version,
    p.vendor ?? '',
    p.enabled ? badge('ok', 'enabled') : badge('problem', 'disabled'),
    p.userInstalled ? 'user' : 'system',
    modules(p),
    supportedRange(versions.get(p.key)?.compatibleJira),
  ]);
  return section(
    'apps',
    `Apps (${plugins.length})`,
    table(
      ['Name', 'Key', 'Version', 'Vendor', 'State', 'Installed by', 'Modules', 'Supports Jira'],
      rows,
    ),
  );
}
