/** Resident memory of a process and all its descendants (Chromium's browser, renderers, GPU…). */
import { execFileSync } from 'node:child_process';

/** Sums the resident memory of `rootPid`'s descendants (and of `rootPid` itself unless excluded). */
export function treeRssBytes(rootPid: number, includeRoot = true): number {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const line of table.split('\n')) {
    const [pid, ppid, kib] = line.trim().split(/\s+/).map(Number);
    if (pid === undefined || ppid === undefined || kib === undefined || Number.isNaN(pid)) continue;
    rss.set(pid, kib * 1024);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = includeRoot ? 0 : -(rss.get(rootPid) ?? 0);
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
