/**
 * Kubernetes Secret manifests: every value under `data:` (base64) and `stringData:` is a secret
 * whatever its key says (`tls.key`, `.dockerconfigjson`, `username`). Keys stay: they tell support
 * which secret the chart mounts.
 */
import type { Rule } from '../types.ts';
import { lineEnd } from './helpers/chars.ts';
import { marker } from './helpers/marker.ts';
import { Splicer } from './helpers/replace.ts';

const ID = 'kubernetes-secret';
const MARK = `"${marker(ID)}"`;
const SECRET_KIND = /^kind:[ \t]*["']?Secret["']?[ \t]*$/m;
/** A top-level `data:` or `stringData:` with nothing after it on the line. */
const DATA_BLOCK = /^(?:data|stringData):[ \t]*(?:#[^\n]*)?$/gm;
/** One entry of the block: indent, key (plain or quoted), `:`, the value to the line's end. */
const ENTRY = /^([ \t]+)("[^"\n]*"|'[^'\n]*'|[^\s#:'"][^:\n]*?):(?:[ \t]+([^\n]*?))?[ \t]*$/;

export const kubernetesSecret: Rule = {
  id: ID,
  ruleClass: 'secret',
  method: 'remove',
  description: 'Every value of a Kubernetes Secret manifest (data and stringData).',
  // No hint (a hint is a scan of every block of every file): YAML alone is looked at.
  hints: [],
  since: '2026.11.3',
  changed: '2026.11.3',
  apply(text, scope) {
    if (scope.format !== 'yaml' || !SECRET_KIND.test(text)) return text;
    const splicer = new Splicer(text);
    DATA_BLOCK.lastIndex = 0;
    let block: RegExpExecArray | null;
    while ((block = DATA_BLOCK.exec(text)) !== null) {
      if (!isSecretDocument(text, block.index)) continue;
      let at = block.index + block[0].length + 1;
      let entryIndent = -1;
      while (at < text.length) {
        const end = lineEnd(text, at);
        const line = text.slice(at, end);
        const indent = line.length - line.trimStart().length;
        if (line.trim() === '' || line.trimStart().startsWith('#')) {
          at = end + 1;
          continue;
        }
        if (indent === 0 || (entryIndent >= 0 && indent < entryIndent)) break;
        const entry = indent === entryIndent || entryIndent < 0 ? ENTRY.exec(line) : null;
        if (entryIndent < 0) entryIndent = indent;
        if (entry) {
          const value = entry[3] ?? '';
          const keyEnd = (entry[1] ?? '').length + (entry[2] ?? '').length + 1;
          // A block scalar (`|`, `>-`): the indented lines that follow are the value.
          const next = /^[|>][-+0-9]*$/.test(value) ? blockEnd(text, end, indent) : end;
          if (value !== '' && !value.startsWith('[REDACTED')) {
            splicer.replace(at + line.indexOf(value, keyEnd), next, MARK);
            scope.hit(ID);
          }
          at = next + 1;
          continue;
        }
        at = end + 1;
      }
    }
    return splicer.finish();
  },
};

/** Whether the YAML document (between `---` lines) around `at` says `kind: Secret`. */
function isSecretDocument(text: string, at: number): boolean {
  const before = text.lastIndexOf('\n---', at);
  const start = before < 0 ? 0 : before + 4;
  const after = text.indexOf('\n---', at);
  return SECRET_KIND.test(text.slice(start, after < 0 ? text.length : after));
}

/** The end of the lines after `end` indented deeper than `indent` (blank lines included). */
function blockEnd(text: string, end: number, indent: number): number {
  let last = end;
  let at = end + 1;
  while (at < text.length) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    if (line.trim() !== '' && line.length - line.trimStart().length <= indent) break;
    if (line.trim() !== '') last = end;
    at = end + 1;
  }
  return last;
}
