// Puts the plugin together from webpack's output and plugin-descriptor/, and checks it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RESOURCE_DIR, WEB_RESOURCES_XML } from '../../webpack.config.js';
import { checkGzipSize, LOADER_GZIP_LIMIT } from './gzip-size.ts';
import {
  checkI18nKeys,
  i18nKeysUsedIn,
  parseProperties,
  toLatin1Properties,
} from './i18n-properties.ts';
import type { JarEntry } from './jar.ts';
import { checkManifest, renderManifest } from './manifest.ts';
import type { Problem } from './problem.ts';
import { resourcePath } from './resources.ts';
import { fillTemplate } from './template.ts';
import { validateDescriptor } from './validate-descriptor.ts';
import { checkWellFormed, descendants, parseXml } from './xml-tree.ts';

export const PLUGIN_KEY = 'com.vilisoft.jira.support-bundle';
export const PLUGIN_NAME = 'Support Bundle for Jira DC';
export const LOADER_KEY = 'support-bundle-loader';
const TEMPLATE = 'plugin-descriptor/atlassian-plugin.xml';
const I18N_DIR = 'plugin-descriptor/i18n';
/** The default-language bundle: every key the scripts use must be in it. */
const I18N_SOURCE = `${I18N_DIR}/support-bundle.properties`;

export interface AssembledPlugin {
  descriptorXml: string;
  manifest: string;
  /** JAR entries besides the manifest. */
  entries: JarEntry[];
  /** Web-resource key → its files, in descriptor order. */
  webResourceFiles: Map<string, BuiltFile[]>;
  problems: Problem[];
  warnings: Problem[];
}

interface BuiltFile {
  path: string;
  content: Uint8Array;
}

function filesBelow(dir: string, prefix: string): BuiltFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    const jarPath = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return filesBelow(full, jarPath);
    return [{ path: jarPath, content: new Uint8Array(readFileSync(full)) }];
  });
}

/** i18n keys of the descriptor's labels, tooltips and descriptions (shown in Jira's menus). */
function descriptorI18nKeys(descriptorXml: string): string[] {
  if (checkWellFormed(descriptorXml, TEMPLATE).length > 0) return [];
  return descendants(parseXml(descriptorXml))
    .filter((element) => ['label', 'tooltip', 'description'].includes(element.name))
    .flatMap((element) => (element.attributes.key ? [element.attributes.key] : []));
}

function webResourceFilesOf(
  descriptorXml: string,
  files: ReadonlyMap<string, Uint8Array>,
): AssembledPlugin['webResourceFiles'] {
  const result: AssembledPlugin['webResourceFiles'] = new Map();
  if (checkWellFormed(descriptorXml, TEMPLATE).length > 0) return result;
  for (const module of parseXml(descriptorXml).children) {
    if (module.name !== 'web-resource') continue;
    const found = module.children
      .filter((child) => child.name === 'resource')
      .map((resource) => resourcePath('download', resource.attributes.location ?? ''))
      .flatMap((file) => {
        const content = files.get(file);
        return content ? [{ path: file, content }] : [];
      });
    result.set(module.attributes.key ?? '', found);
  }
  return result;
}

export function assemblePlugin(options: {
  root: string;
  webpackOutputDir: string;
  version: string;
}): AssembledPlugin {
  const { root, webpackOutputDir, version } = options;
  const problems: Problem[] = [];

  const webResources = readFileSync(path.join(webpackOutputDir, WEB_RESOURCES_XML), 'utf8');
  let descriptorXml = '';
  try {
    descriptorXml = fillTemplate(readFileSync(path.join(root, TEMPLATE), 'utf8'), {
      version,
      webResources,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push({ problem: message, fix: `Restore the placeholder in ${TEMPLATE}.` });
  }

  // Every bundle (translations too) goes to i18n/ in the JAR, escaped for ISO-8859-1.
  const i18nEntries: JarEntry[] = [];
  let defaultKeys = new Set<string>();
  const bundles = readdirSync(path.join(root, I18N_DIR)).filter((n) => n.endsWith('.properties'));
  for (const name of bundles) {
    const source = `${I18N_DIR}/${name}`;
    const text = readFileSync(path.join(root, source), 'utf8');
    const parsed = parseProperties(text, source);
    problems.push(...parsed.problems);
    if (source === I18N_SOURCE) defaultKeys = new Set(parsed.entries.map((entry) => entry.key));
    i18nEntries.push({ path: `i18n/${name}`, content: toLatin1Properties(text) });
  }

  const resourceEntries = filesBelow(path.join(webpackOutputDir, RESOURCE_DIR), RESOURCE_DIR);
  const entries: JarEntry[] = [
    { path: 'atlassian-plugin.xml', content: descriptorXml },
    ...i18nEntries,
    ...resourceEntries,
  ];
  const manifest = renderManifest([
    ['Bundle-ManifestVersion', '2'],
    ['Bundle-SymbolicName', PLUGIN_KEY],
    ['Bundle-Version', version],
    ['Bundle-Name', PLUGIN_NAME],
    ['Bundle-Vendor', 'Vilisoft'],
  ]);
  problems.push(...checkManifest(manifest));

  const scripts = new Map(
    resourceEntries
      .filter((entry) => entry.path.endsWith('.js'))
      .map((entry) => [entry.path, new TextDecoder().decode(entry.content)]),
  );
  if (descriptorXml !== '') {
    const jarFiles = new Set(['META-INF/MANIFEST.MF', ...entries.map((entry) => entry.path)]);
    problems.push(...validateDescriptor(descriptorXml, jarFiles, scripts));
  }

  const fileContents = new Map(resourceEntries.map((entry) => [entry.path, entry.content]));
  const webResourceFiles = webResourceFilesOf(descriptorXml, fileContents);
  const loaderFiles = webResourceFiles.get(LOADER_KEY) ?? [];
  if (loaderFiles.length === 0 && descriptorXml !== '') {
    problems.push({
      problem: `No files for the web-resource ${LOADER_KEY}.`,
      fix: `Keep the ${LOADER_KEY} entry point in webpack.config.js.`,
    });
  }
  for (const file of loaderFiles) {
    problems.push(...checkGzipSize(file.path, file.content, LOADER_GZIP_LIMIT));
  }

  const used = new Map([...scripts].map(([file, script]) => [file, i18nKeysUsedIn(script)]));
  if (descriptorXml !== '') used.set('atlassian-plugin.xml', descriptorI18nKeys(descriptorXml));
  const warnings = checkI18nKeys(used, defaultKeys, I18N_SOURCE);

  return { descriptorXml, manifest, entries, webResourceFiles, problems, warnings };
}
