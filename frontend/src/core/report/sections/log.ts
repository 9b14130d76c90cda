/** The collection log: what was read, what failed and why, what the admin was told to do. */
import type { CollectionLogEntry } from '../../model.ts';
import { badge, section, table, type Cell } from '../html.ts';

export function logSection(log: readonly CollectionLogEntry[]): string {
  const rows = log.map((e): Cell[] => [
    e.sourceId,
    badge(e.status),
    e.kind ?? '',
    e.message,
    e.advice,
    e.endpoint ?? '',
    e.httpStatus,
    e.nodeId ?? '',
    e.durationMs,
  ]);
  return section(
    'log',
    'Collection log',
    table(
      ['Source', 'Status', 'Kind', 'What happened', 'Advice', 'Endpoint', 'HTTP', 'Node', 'ms'],
      rows,
    ),
  );
}
