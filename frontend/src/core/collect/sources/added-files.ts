/** Files the admin added: logs, configs, thread dumps, HAR files, support zips, gzip logs. */
import { readAddedFile } from '../files/added-file.ts';
import { safeFileName } from '../files/file-kinds.ts';
import { mergeFacts } from '../merge-facts.ts';
import type { Source, SourceResult } from '../types.ts';

export const addedFilesSource: Source = {
  id: 'files',
  title: 'Files you added',
  description:
    'Logs (newest part, time window), configs, thread dumps, HAR, support zips, .gz logs.',
  defaultOn: true,
  typicalBytes: 0,
  enabled: (ctx) => (ctx.files?.length ?? 0) > 0,
  async collect(ctx) {
    const result: SourceResult = { items: [], facts: {}, log: [], learned: [] };
    const seen = new Set<string>();
    const names = new Set(ctx.files.map((file) => safeFileName(file.name)));
    for (const file of ctx.files) {
      ctx.signal?.throwIfAborted();
      const one = await readAddedFile(file, ctx.limits, names);
      for (const item of one.items) {
        // Two files with the same name: keep both, the second one numbered.
        let path = item.path;
        for (let n = 2; seen.has(path); n += 1) path = item.path.replace(/(\.[^./]*)?$/, `-${n}$1`);
        seen.add(path);
        result.items.push({ ...item, path });
      }
      result.log.push(...one.log);
      result.facts = mergeFacts(result.facts, one.facts);
    }
    return result;
  },
};
