/**
 * Progress on stderr: bytes done / total. On a terminal it rewrites one line; with
 * `--progress` into a pipe or file it prints a line every 10 %.
 */
import { formatBytes } from './format.ts';

export interface Progress {
  advance(bytes: number): void;
  /** Names the file being worked on (shown on a terminal only). */
  file(path: string): void;
  done(): void;
}

export const silentProgress: Progress = {
  advance: () => undefined,
  file: () => undefined,
  done: () => undefined,
};

export function createProgress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream,
  forced: boolean,
): Progress {
  const terminal = stream.isTTY === true;
  if (!terminal && !forced) return silentProgress;
  let done = 0;
  let current = '';
  let lastShown = -1;
  const percentOf = (): number =>
    total > 0 ? Math.min(100, Math.floor((done * 100) / total)) : 100;
  const show = (): void => {
    const percent = percentOf();
    const step = terminal ? percent : percent - (percent % 10);
    if (step === lastShown) return;
    lastShown = step;
    const line = `${label}: ${percent}% (${formatBytes(done)} / ${formatBytes(total)})`;
    if (terminal) {
      const width = Math.max(20, (stream.columns ?? 80) - line.length - 4);
      const name = current.length > width ? `…${current.slice(-width + 1)}` : current;
      stream.write(`\r\x1b[K${line}  ${name}`);
    } else {
      stream.write(`${line}\n`);
    }
  };
  return {
    advance(bytes) {
      done += bytes;
      show();
    },
    file(path) {
      current = path;
    },
    done() {
      done = total;
      show();
      if (terminal) stream.write('\n');
    },
  };
}
