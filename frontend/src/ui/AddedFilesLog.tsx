import type { CollectionLogEntry } from '../core/model.ts';
import { t } from './i18n.ts';

/**
 * Files the admin added have no row in the sources table, and one source can leave out
 * several of them: each gets its own line here, with why and what to do.
 */
export function AddedFilesLog({ log }: { log: readonly CollectionLogEntry[] }) {
  const notable = log.filter((entry) => entry.sourceId === 'files' && entry.status !== 'ok');
  if (notable.length === 0) return null;
  return (
    <section className="vsb-added-files-log" aria-labelledby="vsb-added-files-log-title">
      <h3 id="vsb-added-files-log-title">{t.filesLeftOutTitle()}</h3>
      <ul data-testid="added-files-log">
        {notable.map((entry, index) => (
          <li key={index}>
            <span>{entry.message}</span>
            {entry.advice && <span className="vsb-help"> {entry.advice}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
