/** The redaction report: counts per file and rule, totals, per class. Never a value. */
import type { RedactionReport } from '../../model.ts';
import { RULESET_VERSION } from '../version.ts';
import { classOf } from './classes.ts';

type FileEntry = RedactionReport['files'][number];

export class ReportBuilder {
  private readonly files = new Map<string, FileEntry>();

  add(path: string, counts: ReadonlyMap<string, number>): void {
    const entry = this.entry(path);
    for (const [id, n] of counts) entry.counts[id] = (entry.counts[id] ?? 0) + n;
  }

  dropped(path: string, reason: 'binary' | 'excluded'): void {
    this.entry(path).dropped = reason;
  }

  build(): RedactionReport {
    const totals: Record<string, number> = {};
    const byClass: Record<string, number> = { secret: 0, identity: 0, network: 0, content: 0 };
    const files = [...this.files.values()].map((f) => ({ ...f, counts: { ...f.counts } }));
    for (const f of files) {
      for (const [id, n] of Object.entries(f.counts)) {
        totals[id] = (totals[id] ?? 0) + n;
        const cls = classOf(id);
        byClass[cls] = (byClass[cls] ?? 0) + n;
      }
    }
    return { rulesetVersion: RULESET_VERSION, files, totals, byClass };
  }

  private entry(path: string): FileEntry {
    let entry = this.files.get(path);
    if (!entry) {
      entry = { path, counts: {} };
      this.files.set(path, entry);
    }
    return entry;
  }
}
