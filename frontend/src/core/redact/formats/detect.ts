/** Which layout a file has, from its name first and its first characters second. */
import type { TextFormat } from '../types.ts';

const BY_EXTENSION: Record<string, TextFormat> = {
  json: 'json',
  har: 'json',
  xml: 'xml',
  xsd: 'xml',
  html: 'xml',
  htm: 'xml',
  properties: 'properties',
  cfg: 'properties',
  ini: 'properties',
  env: 'properties',
  conf: 'properties',
  yaml: 'yaml',
  yml: 'yaml',
  log: 'log',
  out: 'log',
  txt: 'text',
  sh: 'properties',
  vmoptions: 'jvm-args',
};

export function detectFormat(path: string, text: string): TextFormat {
  const name = path.toLowerCase().split('/').pop() ?? '';
  if (/\.log(?:\.\d+|\.\d{4}-\d{2}-\d{2})?$/.test(name) || /catalina\.\d{4}-\d{2}-\d{2}/.test(name))
    return 'log';
  const ext = name.includes('.') ? (name.split('.').pop() ?? '') : '';
  const known = BY_EXTENSION[ext];
  if (known) return known;
  const head = text.slice(0, 200).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<')) return 'xml';
  if (/^---\s*$|^[\w.-]+:\s/m.test(head) && !/^\d{4}-\d{2}-\d{2}/.test(head)) return 'yaml';
  return 'text';
}
