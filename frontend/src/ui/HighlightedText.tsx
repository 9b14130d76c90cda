import { Fragment } from 'react';

// Markers the redactor writes: [REDACTED:rule] and kind-prefixed pseudonyms (user-3fa2c1…).
const REDACTION =
  /\[REDACTED:[\w.-]+\]|\b(?:user|userkey|name|email|host|ip|ipv6|mac|org|serverid|sen|project|path|custom)-[0-9a-f]{4,}\b/g;

/** The redacted text with each replacement highlighted, so the admin sees what changed. */
export function HighlightedText({ text }: { text: string }) {
  const parts: { text: string; mark: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(REDACTION)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), mark: false });
    parts.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return (
    <pre className="vsb-pre">
      {parts.map((part, index) =>
        part.mark ? (
          <mark key={index}>{part.text}</mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </pre>
  );
}
