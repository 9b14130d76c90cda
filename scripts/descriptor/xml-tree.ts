// A small typed view of an XML document, enough for the descriptor checks.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Problem } from './problem.ts';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated direct text content. */
  text: string;
}

/** XML that Jira's parser would reject: the whole plugin fails to load. */
export function checkWellFormed(xml: string, fileName: string): Problem[] {
  const result = XMLValidator.validate(xml);
  if (result === true) return [];
  const { msg, line, col } = result.err;
  return [
    {
      problem: `${fileName} is not well-formed XML (line ${line}, column ${col}): ${msg}`,
      fix: `Correct the XML at line ${line} of ${fileName} (for a template error, edit plugin-descriptor/atlassian-plugin.xml).`,
    },
  ];
}

type OrderedNode = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (!name || name.startsWith('#') || name.startsWith('?')) return undefined;
  const rawAttributes = node[':@'];
  const attributes: Record<string, string> = {};
  if (isRecord(rawAttributes)) {
    for (const [key, value] of Object.entries(rawAttributes)) attributes[key] = String(value);
  }
  const rawChildren = node[name];
  const childNodes = Array.isArray(rawChildren) ? rawChildren.filter(isRecord) : [];
  const children: XmlElement[] = [];
  let text = '';
  for (const child of childNodes) {
    if ('#text' in child) text += String(child['#text']);
    const element = toElement(child);
    if (element) children.push(element);
  }
  return { name, attributes, children, text };
}

/** Parses well-formed XML (check it with checkWellFormed first) into its root element. */
export function parseXml(xml: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const nodes: unknown = parser.parse(xml);
  const roots = (Array.isArray(nodes) ? nodes : []).filter(isRecord).map(toElement);
  const root = roots.find((element) => element !== undefined);
  if (!root) throw new Error('The XML document has no root element.');
  return root;
}

/** Every element below `root` (depth first), `root` excluded. */
export function descendants(root: XmlElement): XmlElement[] {
  return root.children.flatMap((child) => [child, ...descendants(child)]);
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
