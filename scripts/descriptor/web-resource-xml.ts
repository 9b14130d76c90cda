// Renders <web-resource> modules from what webpack built for each entry point, in the
// shape atlassian-webresource-webpack-plugin produces.
import path from 'node:path';
import { escapeXml } from './xml-tree.ts';

export interface WebResourceSpec {
  /** Module key, e.g. `support-bundle-loader`. */
  key: string;
  /** Web-resource contexts; empty means "only when required by key or URL". */
  contexts: readonly string[];
  /** Complete keys of web-resources that must load first. */
  dependencies: readonly string[];
  /** Files webpack produced for the entry point, relative to the JAR root. */
  files: readonly string[];
}

/** File extension → WRM transformers applied when Jira serves such a file. */
export type TransformationMap = Readonly<Record<string, readonly string[]>>;

export const DEFAULT_TRANSFORMATIONS: TransformationMap = { js: ['jsI18n'] };

function extensionOf(file: string): string {
  return path.extname(file).slice(1);
}

export function renderWebResource(
  spec: WebResourceSpec,
  transformations: TransformationMap = DEFAULT_TRANSFORMATIONS,
): string {
  // Source maps are found by WRM on its own; listing them would serve them as resources.
  const files = spec.files.filter((file) => !file.endsWith('.map'));
  const names = files.map((file) => path.posix.basename(file));
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) {
    throw new Error(`Web-resource ${spec.key} would list two resources named ${duplicate}.`);
  }
  const extensions = [...new Set(files.map(extensionOf))];
  const lines = [`<web-resource key="${escapeXml(spec.key)}" name="${escapeXml(spec.key)}">`];
  for (const extension of extensions) {
    const transformers = transformations[extension] ?? [];
    if (transformers.length === 0) continue;
    lines.push(`  <transformation extension="${escapeXml(extension)}">`);
    for (const key of transformers) lines.push(`    <transformer key="${escapeXml(key)}"/>`);
    lines.push('  </transformation>');
  }
  for (const context of spec.contexts) lines.push(`  <context>${escapeXml(context)}</context>`);
  for (const dependency of spec.dependencies) {
    lines.push(`  <dependency>${escapeXml(dependency)}</dependency>`);
  }
  files.forEach((file, i) => {
    lines.push(
      `  <resource type="download" name="${escapeXml(names[i] ?? file)}" location="${escapeXml(file)}"/>`,
    );
  });
  lines.push('</web-resource>');
  return lines.join('\n');
}

export function renderWebResources(
  specs: readonly WebResourceSpec[],
  transformations: TransformationMap = DEFAULT_TRANSFORMATIONS,
): string {
  return specs.map((spec) => renderWebResource(spec, transformations)).join('\n\n') + '\n';
}
