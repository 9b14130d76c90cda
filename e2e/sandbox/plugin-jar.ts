// Opens a plugin JAR the way Jira's plugin framework does for a Java-free plugin: the
// descriptor at the root, i18n properties, and every file, kept in memory.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { parseDescriptor, type PluginDescriptor } from './descriptor.ts';
import { parseProperties } from './i18n.ts';

export interface LoadedPlugin {
  descriptor: PluginDescriptor;
  /** All i18n messages of the plugin. */
  messages: Map<string, string>;
  /** Files of the JAR by path (no leading slash). */
  files: Map<string, Uint8Array>;
  /** Short content hash, used in cacheable resource URLs. */
  hash: string;
}

export async function loadPluginJar(jarPath: string): Promise<LoadedPlugin> {
  const bytes = await readFile(jarPath);
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
  }
  const xml = files.get('atlassian-plugin.xml');
  if (!xml) throw new Error(`${jarPath}: no atlassian-plugin.xml at the root of the JAR`);
  const descriptor = parseDescriptor(new TextDecoder('utf-8').decode(xml));

  const messages = new Map<string, string>();
  for (const location of descriptor.i18nLocations) {
    // `x.y` names the file `x/y.properties`, as Jira's I18nResolver reads it.
    const file = files.get(`${location.replace(/\./g, '/')}.properties`);
    if (!file) throw new Error(`${jarPath}: i18n resource ${location} has no properties file`);
    for (const [k, v] of parseProperties(file)) messages.set(k, v);
  }

  const hash = createHash('sha1').update(bytes).digest('hex').slice(0, 12);
  return { descriptor, messages, files, hash };
}
