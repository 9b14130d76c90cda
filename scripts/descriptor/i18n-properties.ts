// The i18n bundle: Java reads .properties as ISO-8859-1, so everything else is escaped.
import type { Problem } from './problem.ts';

export interface PropertyEntry {
  key: string;
  value: string;
  line: number;
}

/**
 * Our properties file is a plain list of `key=value` lines (comments with # or !).
 * Returns the entries and anything that is not such a line or repeats a key.
 */
export function parseProperties(
  text: string,
  fileName: string,
): { entries: PropertyEntry[]; problems: Problem[] } {
  const entries: PropertyEntry[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) return;
    const equals = line.indexOf('=');
    const key = equals > 0 ? line.slice(0, equals).trim() : '';
    if (key === '' || /\s/.test(key)) {
      problems.push({
        problem: `${fileName} line ${index + 1} is not a key=value line: "${line}".`,
        fix: 'Write one key=value per line, keys without spaces.',
      });
      return;
    }
    if (seen.has(key)) {
      problems.push({
        problem: `${fileName} line ${index + 1} repeats the key "${key}".`,
        fix: 'Keep one line per key (Java keeps only the last one).',
      });
    }
    seen.add(key);
    entries.push({ key, value: line.slice(equals + 1).trim(), line: index + 1 });
  });
  return { entries, problems };
}

/** Escapes every non-ASCII character as \uXXXX (UTF-16 units, as Java expects). */
export function toLatin1Properties(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code > 0x7e ? `\\u${code.toString(16).padStart(4, '0')}` : text.charAt(i);
  }
  return out;
}

// The calls Jira's jsI18n transform replaces when it serves a script.
const GET_TEXT_CALL = /\b(?:AJS|WRM)\.I18n\.getText\(\s*(["'])([\w.-]+)\1/g;

export function i18nKeysUsedIn(script: string): string[] {
  return [...new Set([...script.matchAll(GET_TEXT_CALL)].map((match) => match[2] ?? ''))];
}

export function checkI18nKeys(
  used: ReadonlyMap<string, readonly string[]>,
  defined: ReadonlySet<string>,
  fileName: string,
): Problem[] {
  return [...used].flatMap(([where, keys]) => {
    const missing = keys.filter((key) => !defined.has(key));
    if (missing.length === 0) return [];
    return [
      {
        problem: `${where} uses i18n keys missing from ${fileName}: ${missing.join(', ')}. Jira would show the raw keys.`,
        fix: `Add them to ${fileName} as key=value lines.`,
      },
    ];
  });
}
