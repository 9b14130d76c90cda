// Java .properties parsing (ISO-8859-1 with \uXXXX escapes) and Jira's jsI18n transform.

/** Parses a Java properties file given as raw bytes, which Java reads as ISO-8859-1. */
export function parseProperties(bytes: Uint8Array): Map<string, string> {
  const text = new TextDecoder('latin1').decode(bytes);
  const result = new Map<string, string>();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = (lines[i] ?? '').replace(/^[ \t\f]+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    // A line ending in an odd number of backslashes continues on the next line.
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) {
      i++;
      line = line.slice(0, -1) + (lines[i] ?? '').replace(/^[ \t\f]+/, '');
    }
    const { key, value } = splitKeyValue(line);
    result.set(unescape(key), unescape(value));
  }
  return result;
}

function splitKeyValue(line: string): { key: string; value: string } {
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === '=' || ch === ':' || ch === ' ' || ch === '\t' || ch === '\f') break;
    i++;
  }
  const key = line.slice(0, i);
  let rest = line.slice(i).replace(/^[ \t\f]*/, '');
  if (rest.startsWith('=') || rest.startsWith(':')) rest = rest.slice(1).replace(/^[ \t\f]*/, '');
  return { key, value: rest };
}

function unescape(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, esc: string) => {
    if (esc.length === 5) return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (esc === 't') return '\t';
    if (esc === 'n') return '\n';
    if (esc === 'r') return '\r';
    if (esc === 'f') return '\f';
    return esc;
  });
}

// The pattern of Jira's JsI18nTransformer: a literal key, followed by `)` or by `,` when the
// call passes format arguments.
const GET_TEXT = /(?:AJS|WRM)\.I18n\.getText\(\s*(['"])([\w.-]+)\1\s*([),])/g;

/**
 * Replaces `AJS.I18n.getText("key")` (and `WRM.I18n.getText`) with the message as a JSON string
 * literal; with arguments it becomes `AJS.format("message", args…)`. Unknown keys stay as calls.
 */
export function transformJsI18n(source: string, messages: ReadonlyMap<string, string>): string {
  return source.replace(GET_TEXT, (whole, _quote: string, key: string, end: string) => {
    const message = messages.get(key);
    if (message === undefined) return whole;
    return end === ')' ? JSON.stringify(message) : `AJS.format(${JSON.stringify(message)},`;
  });
}
