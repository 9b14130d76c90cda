/**
 * The admin's own rules as they type them: words in one box, regular expressions in the
 * other, one per line. A line may end with `files: <glob>, <glob>` to apply only there.
 * Each rule remembers its box and line, so a problem is shown where it was typed.
 */
import type { CustomRuleInput } from '../worker/protocol.ts';

export type RuleField = 'keywords' | 'patterns';

export interface RuleOrigin {
  field: RuleField;
  /** 1-based line number in its box. */
  line: number;
}

export interface ParsedRules {
  rules: CustomRuleInput[];
  /** `origins[i]` is where `rules[i]` was typed. */
  origins: RuleOrigin[];
}

const FILES_SUFFIX = /\s+files:\s*(.*)$/i;
/** `/pattern/flags`, the way regular expressions are usually written. */
const SLASHED = /^\/(.+)\/([a-z]*)$/;

function splitFiles(line: string): { text: string; files: string[] } {
  const match = FILES_SUFFIX.exec(line);
  if (!match) return { text: line.trim(), files: [] };
  const files = (match[1] ?? '')
    .split(/[,\s]+/)
    .map((glob) => glob.trim())
    .filter(Boolean);
  return { text: line.slice(0, match.index).trim(), files };
}

function lines(value: string): { text: string; files: string[]; line: number }[] {
  return value
    .split('\n')
    .map((raw, index) => ({ ...splitFiles(raw), line: index + 1 }))
    .filter((entry) => entry.text !== '');
}

export function parseCustomRules(keywords: string, patterns: string): ParsedRules {
  const rules: CustomRuleInput[] = [];
  const origins: RuleOrigin[] = [];
  const seen = new Set<string>();
  for (const { text, files, line } of lines(keywords)) {
    // Commas separate words too, as in earlier versions of this screen.
    const words = text
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean);
    words.forEach((keyword, index) => {
      const unique = `${keyword.toLowerCase()}\u0000${files.join(',')}`;
      if (seen.has(unique)) return;
      seen.add(unique);
      const id = words.length > 1 ? `word-${line}-${index + 1}` : `word-${line}`;
      rules.push({ id, keyword, ...(files.length > 0 ? { files } : {}) });
      origins.push({ field: 'keywords', line });
    });
  }
  for (const { text, files, line } of lines(patterns)) {
    const slashed = SLASHED.exec(text);
    const pattern = slashed ? (slashed[1] ?? '') : text;
    const flags = slashed ? (slashed[2] ?? '') : '';
    rules.push({
      id: `pattern-${line}`,
      pattern,
      ...(flags ? { flags } : {}),
      ...(files.length > 0 ? { files } : {}),
    });
    origins.push({ field: 'patterns', line });
  }
  return { rules, origins };
}
