/**
 * Memory of a process's descendants (Chromium's browser, renderers, GPU…). Summing RSS
 * counts every shared library once per process (a blank headless Chromium "uses" ~900 MiB
 * that way), so each process counts its proportional share (PSS, Linux's smaps_rollup).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

function pssBytes(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kib = /^Pss:\s+(\d+) kB/m.exec(rollup)?.[1];
    return kib ? Number(kib) * 1024 : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

function descendants(rootPid: number): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' });
  const children = new Map<number, number[]>();
  for (const line of table.split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (pid === undefined || ppid === undefined || Number.isNaN(pid)) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const found: number[] = [];
  const stack = [...(children.get(rootPid) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    found.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Proportional memory of every descendant of `rootPid` (not of `rootPid` itself). */
export function descendantsPssBytes(rootPid: number): number {
  return descendants(rootPid).reduce((sum, pid) => sum + pssBytes(pid), 0);
}
