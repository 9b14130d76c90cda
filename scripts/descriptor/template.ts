// Fills plugin-descriptor/atlassian-plugin.xml: the version and the generated web-resources.
export const VERSION_PLACEHOLDER = '${project.version}';
export const WEB_RESOURCES_MARKER = '<!-- @generated-web-resources@ -->';

export interface TemplateValues {
  version: string;
  /** The <web-resource> elements, as XML text. */
  webResources: string;
}

function indent(xml: string, prefix: string): string {
  return xml
    .trimEnd()
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : prefix + line))
    .join('\n');
}

export function fillTemplate(template: string, values: TemplateValues): string {
  if (!template.includes(VERSION_PLACEHOLDER)) {
    throw new Error(
      `The descriptor template has no ${VERSION_PLACEHOLDER}: put it in <plugin-info><version>.`,
    );
  }
  const marker = new RegExp(
    `^([ \\t]*)${WEB_RESOURCES_MARKER.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
    'm',
  );
  const match = marker.exec(template);
  if (!match) {
    throw new Error(
      `The descriptor template has no ${WEB_RESOURCES_MARKER} line where web-resources go.`,
    );
  }
  const prefix = match[1] ?? '';
  return template
    .split(VERSION_PLACEHOLDER)
    .join(values.version)
    .replace(marker, () => prefix + indent(values.webResources, prefix));
}
