// Reads atlassian-plugin.xml into the modules the sandbox understands: web-resources,
// web-sections, web-items and i18n resources, with their conditions.
import { XMLParser } from 'fast-xml-parser';

export type Condition =
  | { kind: 'class'; className: string; invert: boolean }
  | { kind: 'and' | 'or'; conditions: Condition[] };

export interface DownloadResource {
  name: string;
  location: string;
}

export interface WebResourceModule {
  key: string;
  completeKey: string;
  resources: DownloadResource[];
  contexts: string[];
  /** Complete keys (`pluginKey:moduleKey`). */
  dependencies: string[];
  /** File extension → transformer keys, e.g. `js` → [`jsI18n`]. */
  transformers: Map<string, string[]>;
  condition: Condition | undefined;
}

export interface WebSectionModule {
  key: string;
  location: string;
  labelKey: string | undefined;
  label: string | undefined;
  weight: number;
  condition: Condition | undefined;
}

export interface WebItemModule {
  key: string;
  section: string;
  labelKey: string | undefined;
  label: string | undefined;
  link: string;
  linkId: string | undefined;
  weight: number;
  condition: Condition | undefined;
}

export interface PluginDescriptor {
  key: string;
  name: string;
  version: string;
  vendor: { name: string; url: string };
  /** Every module with its type, in document order per type (for UPM's module list). */
  modules: Array<{ key: string; type: string; name: string }>;
  webResources: WebResourceModule[];
  webSections: WebSectionModule[];
  webItems: WebItemModule[];
  /** Locations of `<resource type="i18n">`, e.g. `i18n.support-bundle`. */
  i18nLocations: string[];
}

type XmlNode = Record<string, unknown>;

const REPEATED = new Set([
  'web-resource',
  'web-section',
  'web-item',
  'resource',
  'context',
  'dependency',
  'condition',
  'conditions',
  'transformation',
  'transformer',
  'param',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nodes(value: unknown): XmlNode[] {
  return Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : [];
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isNode(value) && typeof value['#text'] === 'string') return value['#text'];
  return '';
}

function texts(value: unknown): string[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .map(text)
    .filter((s) => s !== '');
}

/** The conditions directly inside a node; `<conditions type="OR">` groups become subtrees. */
function conditionList(node: XmlNode): Condition[] {
  const parts: Condition[] = nodes(node['condition']).map((c) => ({
    kind: 'class',
    className: attr(c, 'class') ?? '',
    invert: attr(c, 'invert') === 'true',
  }));
  for (const group of nodes(node['conditions'])) {
    const kind = (attr(group, 'type') ?? 'AND').toUpperCase() === 'OR' ? 'or' : 'and';
    parts.push({ kind, conditions: conditionList(group) });
  }
  return parts;
}

/** A module's conditions: all must hold, as in Jira. */
function parseConditions(node: XmlNode): Condition | undefined {
  const parts = conditionList(node);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { kind: 'and', conditions: parts };
}

function label(node: XmlNode): { labelKey: string | undefined; label: string | undefined } {
  const labelNode = node['label'];
  const labelKey = isNode(labelNode) ? attr(labelNode, 'key') : undefined;
  const labelText = text(labelNode);
  return { labelKey, label: labelText === '' ? attr(node, 'name') : labelText };
}

function weight(node: XmlNode): number {
  const w = Number(attr(node, 'weight'));
  return Number.isFinite(w) ? w : 1000;
}

export function parseDescriptor(xml: string): PluginDescriptor {
  const root = parser.parse(xml) as XmlNode;
  const plugin = root['atlassian-plugin'];
  if (!isNode(plugin)) throw new Error('atlassian-plugin.xml: no <atlassian-plugin> root');
  const pluginKey = attr(plugin, 'key');
  if (!pluginKey) throw new Error('atlassian-plugin.xml: the plugin has no key');
  const info = isNode(plugin['plugin-info']) ? plugin['plugin-info'] : {};
  const vendor = isNode(info['vendor']) ? info['vendor'] : undefined;

  const webResources = nodes(plugin['web-resource']).map((wr): WebResourceModule => {
    const key = attr(wr, 'key') ?? '';
    const transformers = new Map<string, string[]>();
    for (const t of nodes(wr['transformation'])) {
      const keys = nodes(t['transformer']).map((x) => attr(x, 'key') ?? '');
      transformers.set(attr(t, 'extension') ?? '', keys);
    }
    return {
      key,
      completeKey: `${pluginKey}:${key}`,
      resources: nodes(wr['resource'])
        .filter((r) => attr(r, 'type') === 'download')
        .map((r) => ({ name: attr(r, 'name') ?? '', location: attr(r, 'location') ?? '' })),
      contexts: texts(wr['context']),
      dependencies: texts(wr['dependency']).map((d) => (d.startsWith(':') ? pluginKey + d : d)),
      transformers,
      condition: parseConditions(wr),
    };
  });

  const webSections = nodes(plugin['web-section']).map((ws): WebSectionModule => ({
    key: attr(ws, 'key') ?? '',
    location: attr(ws, 'location') ?? '',
    ...label(ws),
    weight: weight(ws),
    condition: parseConditions(ws),
  }));

  const webItems = nodes(plugin['web-item']).map((wi): WebItemModule => {
    const link = wi['link'];
    return {
      key: attr(wi, 'key') ?? '',
      section: attr(wi, 'section') ?? '',
      ...label(wi),
      link: text(link),
      linkId: isNode(link) ? attr(link, 'linkId') : undefined,
      weight: weight(wi),
      condition: parseConditions(wi),
    };
  });

  const modules: PluginDescriptor['modules'] = [];
  for (const [type, value] of Object.entries(plugin)) {
    if (type.startsWith('@_') || type === 'plugin-info' || type === 'resource') continue;
    for (const m of nodes(value)) {
      const key = attr(m, 'key');
      if (key) modules.push({ key, type, name: attr(m, 'name') ?? key });
    }
  }

  return {
    key: pluginKey,
    name: attr(plugin, 'name') ?? pluginKey,
    version: text(info['version']) || '0.0.0',
    vendor: { name: attr(vendor, 'name') ?? '', url: attr(vendor, 'url') ?? '' },
    modules,
    webResources,
    webSections,
    webItems,
    i18nLocations: nodes(plugin['resource'])
      .filter((r) => attr(r, 'type') === 'i18n')
      .map((r) => attr(r, 'location') ?? '')
      .filter((l) => l !== ''),
  };
}
