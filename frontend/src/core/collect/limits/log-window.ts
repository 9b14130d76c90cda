/**
 * Keeps only the log entries within the window, measured back from the newest entry in
 * the file (so an old incident's log still shows its last hours). An entry is a
 * timestamped line plus the lines after it without a timestamp (stack frames).
 */
import { parseLogTimestamp } from './log-time.ts';

export interface WindowResult {
  text: string;
  /** Lines dropped because they were older than the window. */
  droppedLines: number;
}

export function applyLogWindow(text: string, windowHours: number): WindowResult {
  if (windowHours <= 0) return { text, droppedLines: 0 };
  const lines = text.split('\n');
  const stamps = lines.map((line) => parseLogTimestamp(line));
  let newest = -Infinity;
  for (const stamp of stamps) if (stamp !== undefined && stamp > newest) newest = stamp;
  if (newest === -Infinity) return { text, droppedLines: 0 };
  const cutoff = newest - windowHours * 3_600_000;
  // Lines before the first timestamp share the fate of the first entry.
  const firstStamp = stamps.find((stamp) => stamp !== undefined) ?? newest;
  let keep = firstStamp >= cutoff;
  const kept: string[] = [];
  let droppedLines = 0;
  lines.forEach((line, index) => {
    const stamp = stamps[index];
    if (stamp !== undefined) keep = stamp >= cutoff;
    if (keep) kept.push(line);
    else droppedLines += 1;
  });
  return { text: kept.join('\n'), droppedLines };
}
