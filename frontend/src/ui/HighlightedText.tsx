import { Fragment, useMemo } from 'react';
import type { PreviewReplacement } from '../worker/protocol.ts';

// Markers the redactor writes: [REDACTED:rule] and kind-prefixed pseudonyms (user-3fa2c1…).
const MARKERS =
  '\\[REDACTED:[\\w.:-]+\\]|\\b(?:user|userkey|name|email|host|ip|ipv6|mac|org|serverid|sen|project|path|custom)-[0-9a-f]{4,}\\b';

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/**
 * Markers, plus every token the worker says is in the text: pseudonymised IP addresses
 * and host names look like real ones, so only the worker's list can point them out.
 * A token must not be part of a longer word or address (10.0.0.1 inside 10.0.0.15).
 */
function highlighter(replacements: readonly PreviewReplacement[]): RegExp {
  const tokens = [...new Set(replacements.map((r) => r.token))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex);
  const byToken = tokens.length > 0 ? `(?<![\\w.-])(?:${tokens.join('|')})(?![\\w-]|\\.\\w)|` : '';
  return new RegExp(`${byToken}${MARKERS}`, 'gi');
}

interface Part {
  text: string;
  mark: boolean;
}

function split(text: string, pattern: RegExp): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), mark: false });
    parts.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/**
 * The redacted text with each replacement highlighted, so the admin sees what changed.
 * With `showOriginals`, each pseudonym is followed by the value it stands for: this is
 * drawn on the admin's screen only and is never part of the bundle.
 */
export function HighlightedText({
  text,
  replacements,
  showOriginals,
}: {
  text: string;
  replacements: readonly PreviewReplacement[];
  showOriginals: boolean;
}) {
  const parts = useMemo(() => split(text, highlighter(replacements)), [text, replacements]);
  const originals = useMemo(
    () => new Map(replacements.map((r) => [r.token.toLowerCase(), r.original])),
    [replacements],
  );
  return (
    <pre className="vsb-pre" data-testid="preview-content">
      {parts.map((part, index) => {
        if (!part.mark) return <Fragment key={index}>{part.text}</Fragment>;
        const original = showOriginals ? originals.get(part.text.toLowerCase()) : undefined;
        return (
          <Fragment key={index}>
            <mark>{part.text}</mark>
            {original !== undefined && (
              <span className="vsb-original" data-testid="original">
                {original}
              </span>
            )}
          </Fragment>
        );
      })}
    </pre>
  );
}
