/**
 * Java stack frames (`\tat com.x.Y.z(Y.java:212)`, `\t... 42 more`) carry code locations only,
 * never personal data, and are often most of a log's bytes. They pass through untouched and
 * the rules run on the text between them: "line-oriented scanning" at its cheapest.
 */

/** A whole frame line: identifiers, `$`, `<init>`, a source location and an optional jar tag. */
const FRAME =
  /^\s+(?:at [\w$.<>/-]+\((?:[\w$.-]+:\d+|Native Method|Unknown Source|[\w$.-]+)\)(?: ~?\[[\w.:?-]*\])?|\.\.\. \d+ (?:more|common frames omitted))\r?$/;

/** Shorter runs are not worth a separate pass over the text around them. */
const MIN_RUN = 1024;

export interface Segment {
  text: string;
  /** True for a run of stack-frame lines, which rules skip. */
  frames: boolean;
}

/** Splits a block into runs of frame lines and runs of other lines (concatenation gives the block back). */
export function segments(block: string): Segment[] {
  if (!block.includes('\tat ') && !block.includes('    at '))
    return [{ text: block, frames: false }];
  const out: Segment[] = [];
  let pending = 0; // start of the current run of other lines
  let pos = 0;
  while (pos < block.length) {
    const nl = block.indexOf('\n', pos);
    const end = nl < 0 ? block.length : nl + 1;
    if (isFrameStart(block, pos) && FRAME.test(block.slice(pos, nl < 0 ? block.length : nl))) {
      let runEnd = end;
      while (runEnd < block.length) {
        const next = block.indexOf('\n', runEnd);
        const stop = next < 0 ? block.length : next;
        if (!isFrameStart(block, runEnd) || !FRAME.test(block.slice(runEnd, stop))) break;
        runEnd = next < 0 ? block.length : next + 1;
      }
      if (runEnd - pos >= MIN_RUN) {
        if (pos > pending) out.push({ text: block.slice(pending, pos), frames: false });
        out.push({ text: block.slice(pos, runEnd), frames: true });
        pending = runEnd;
      }
      pos = runEnd;
    } else pos = end;
  }
  if (pending < block.length) out.push({ text: block.slice(pending), frames: false });
  return out;
}

/**
 * Where a run of frame lines stood while the rules ran: NUL characters, which no rule matches
 * and which `Scope.isToken` treats as a token (a rule that reads a field starting here leaves it).
 */
const HOLE = '\u0000F\u0000';

/**
 * Runs `redact` once over the block with its frame runs held out (one call instead of one per
 * segment: every rule pays its fixed costs once per block), then puts the frames back. Returns
 * undefined when a rule's match swallowed a hole: the caller then redacts segment by segment.
 */
export function redactAroundFrames(
  parts: readonly Segment[],
  redact: (text: string) => string,
): string | undefined {
  let holed = '';
  for (const part of parts) holed += part.frames ? HOLE : part.text;
  const pieces = redact(holed).split(HOLE);
  let out = pieces[0] ?? '';
  let frame = 0;
  for (const part of parts) {
    if (!part.frames) continue;
    out += part.text + (pieces[++frame] ?? '');
  }
  return pieces.length === frame + 1 ? out : undefined;
}

function isFrameStart(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return c === 9 || c === 32;
}
