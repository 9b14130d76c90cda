/** Applies the log limits (newest part, time window) to one log's bytes. */
import type { CollectionLimits, CollectionLogEntry } from '../../model.ts';
import { applyLogWindow } from '../limits/log-window.ts';
import type { NewestPart } from '../limits/keep-newest.ts';

export interface LimitedLog {
  bytes: Uint8Array;
  entry: CollectionLogEntry;
  /** The newest part before the window, for reading facts (start-up lines included). */
  text: string;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `part` is the newest part already cut to the per-file cap; the window is applied here. */
export function limitLog(
  sourceId: string,
  label: string,
  originalSize: number,
  part: NewestPart,
  limits: CollectionLimits,
): LimitedLog {
  const text = new TextDecoder().decode(part.bytes);
  const windowed = applyLogWindow(text, limits.logWindowHours);
  const bytes = windowed.droppedLines > 0 ? new TextEncoder().encode(windowed.text) : part.bytes;
  const notes: string[] = [];
  if (part.truncated)
    notes.push(`kept the newest ${megabytes(bytes.byteLength)} of ${megabytes(originalSize)}`);
  if (windowed.droppedLines > 0) {
    notes.push(
      `kept the last ${limits.logWindowHours} h (${windowed.droppedLines} older lines left out)`,
    );
  }
  const message = notes.length > 0 ? `${label}: ${notes.join('; ')}.` : `Added ${label}.`;
  const entry: CollectionLogEntry = part.truncated
    ? {
        sourceId,
        status: 'truncated',
        kind: 'too-large',
        message,
        advice: 'Raise the per-file limit if support needs older lines.',
      }
    : { sourceId, status: 'ok', message, advice: '' };
  return { bytes, entry, text };
}
