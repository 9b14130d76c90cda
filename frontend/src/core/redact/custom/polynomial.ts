/**
 * How many unbounded repetitions a pattern chains over characters they can share:
 * `\w+\w+\w+!` tries every way to split a word three ways, so its cost on a line of n
 * characters grows like n³. A chain is broken by a character the repetition before it
 * cannot match (`\d+\.\d+` splits one way only). Character sets are approximated by a few
 * classes (digits, letters, `_`, blanks, other), which errs on the side of refusing.
 */

const DIGIT = 1;
const UPPER = 2;
const LOWER = 4;
const UNDERSCORE = 8;
const BLANK = 16;
const OTHER = 32;
const NEWLINE = 64;
const ALL = 127;
const WORD = DIGIT | UPPER | LOWER | UNDERSCORE;

interface Atom {
  set: number;
  /** Characters it can start with (a group `(?:-\d+)` starts with `-` only). */
  first: number;
  min: number;
  max: number;
  alternatives?: Atom[][];
}

/** The longest chain of overlapping unbounded repetitions anywhere in the pattern. */
export function repetitionDegree(pattern: string): number {
  const { alternatives } = parseAlternatives(pattern, 0);
  return degreeOf(alternatives, true);
}

/**
 * `atEnd`: nothing follows these alternatives, so a repetition ending the pattern always
 * succeeds and is never backtracked into (`key=.*` is fine; `.*.*=` is not).
 */
function degreeOf(alternatives: Atom[][], atEnd: boolean): number {
  let best = 0;
  for (const sequence of alternatives) {
    let chain = 0;
    let chainSet = 0;
    for (let i = 0; i < sequence.length; i++) {
      const atom = sequence[i] as Atom;
      if (atom.alternatives) best = Math.max(best, degreeOf(atom.alternatives, false));
      if (atom.max === Infinity) {
        const last = atEnd && i === sequence.length - 1;
        if (chain > 0 && (atom.first & chainSet) !== 0) chain += last ? 0 : 1;
        else if (chain > 0 && atom.min === 0)
          continue; // `\s*` can match nothing: the chain runs on
        else {
          chain = 1;
          chainSet = 0;
        }
        chainSet |= atom.set;
        best = Math.max(best, chain);
      } else if (atom.max === 0 || atom.min === 0) {
        // zero-width or optional: the chain runs through it
      } else if (chain > 0 && (atom.set & ~chainSet) === 0) {
        // a character the repetition before could have taken: still ambiguous
      } else {
        chain = 0;
        chainSet = 0;
      }
    }
  }
  return best;
}

function parseAlternatives(p: string, start: number): { alternatives: Atom[][]; end: number } {
  const alternatives: Atom[][] = [[]];
  let i = start;
  while (i < p.length) {
    const c = p.charAt(i);
    if (c === ')') break;
    if (c === '|') {
      alternatives.push([]);
      i++;
      continue;
    }
    let atom: Atom;
    if (c === '(') {
      const lookaround = /^\(\?<?[=!]/.test(p.slice(i, i + 4));
      const open = /^\(\?(?::|<?[=!]|<[A-Za-z_]\w*>)/.exec(p.slice(i))?.[0].length ?? 1;
      const inner = parseAlternatives(p, i + open);
      i = inner.end + 1;
      const set = inner.alternatives.flat().reduce((s, a) => s | a.set, 0);
      // A group is as long as its longest alternative: `(?:\w+)` repeats like `\w+`.
      const lengths = inner.alternatives.map((seq) => seq.reduce((sum, a) => sum + a.max, 0));
      const shortest = inner.alternatives.map((seq) => seq.reduce((sum, a) => sum + a.min, 0));
      const first = inner.alternatives.reduce((s, seq) => s | firstOf(seq), 0);
      atom = lookaround
        ? { set: 0, first: 0, min: 0, max: 0 }
        : {
            set,
            first,
            min: Math.min(...shortest),
            max: Math.max(...lengths),
            alternatives: inner.alternatives,
          };
    } else if (c === '[') {
      const end = classEnd(p, i);
      const set = classSet(p.slice(i + 1, end));
      atom = { set, first: set, min: 1, max: 1 };
      i = end + 1;
    } else if (c === '\\') {
      const e = p.charAt(i + 1);
      const set = escapeSet(e);
      atom =
        e === 'b' || e === 'B'
          ? { set: 0, first: 0, min: 0, max: 0 }
          : { set, first: set, min: 1, max: 1 };
      i += 2;
    } else if (c === '^' || c === '$') {
      atom = { set: 0, first: 0, min: 0, max: 0 };
      i++;
    } else {
      const set = c === '.' ? ALL & ~NEWLINE : charSet(c);
      atom = { set, first: set, min: 1, max: 1 };
      i++;
    }
    i = applyQuantifier(p, i, atom);
    alternatives[alternatives.length - 1]?.push(atom);
  }
  return { alternatives, end: i };
}

/** Characters a sequence can start with (through optional and zero-width atoms). */
function firstOf(sequence: Atom[]): number {
  let set = 0;
  for (const atom of sequence) {
    set |= atom.first;
    if (atom.min > 0) break;
  }
  return set;
}

function applyQuantifier(p: string, i: number, atom: Atom): number {
  const q = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(p.slice(i));
  if (!q) return i;
  const [all, min, comma, max] = q;
  const kind = all.charAt(0);
  const inner = { min: atom.min, max: Math.max(atom.max, 1) };
  if (kind === '*') Object.assign(atom, { min: 0, max: Infinity });
  else if (kind === '+') Object.assign(atom, { min: inner.min, max: Infinity });
  else if (kind === '?') Object.assign(atom, { min: 0, max: inner.max });
  else {
    const lo = Number(min);
    const hi = comma === undefined ? lo : max === '' ? Infinity : Number(max);
    Object.assign(atom, { min: lo * inner.min, max: hi === Infinity ? Infinity : hi * inner.max });
  }
  return i + all.length;
}

function classEnd(p: string, open: number): number {
  let i = open + 1;
  if (p.charAt(i) === '^') i++;
  if (p.charAt(i) === ']') i++;
  while (i < p.length && p.charAt(i) !== ']') i += p.charAt(i) === '\\' ? 2 : 1;
  return i;
}

function classSet(body: string): number {
  const negated = body.startsWith('^');
  let set = 0;
  for (let i = negated ? 1 : 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c === '\\') {
      set |= escapeSet(body.charAt(i + 1));
      i++;
    } else if (body.charAt(i + 1) === '-' && i + 2 < body.length) {
      set |= rangeSet(c, body.charAt(i + 2));
      i += 2;
    } else set |= charSet(c);
  }
  return negated ? ALL & ~set : set;
}

function rangeSet(from: string, to: string): number {
  let set = 0;
  for (let code = from.charCodeAt(0); code <= to.charCodeAt(0) && code < 128; code++)
    set |= charSet(String.fromCharCode(code));
  return set || OTHER;
}

function escapeSet(c: string): number {
  switch (c) {
    case 'd':
      return DIGIT;
    case 'D':
      return ALL & ~DIGIT;
    case 'w':
      return WORD;
    case 'W':
      return ALL & ~WORD;
    case 's':
      return BLANK | NEWLINE;
    case 'S':
      return ALL & ~(BLANK | NEWLINE);
    case 'n':
    case 'r':
      return NEWLINE;
    case 't':
      return BLANK;
    default:
      return charSet(c);
  }
}

function charSet(c: string): number {
  if (c >= '0' && c <= '9') return DIGIT;
  if (c >= 'A' && c <= 'Z') return UPPER;
  if (c >= 'a' && c <= 'z') return LOWER;
  if (c === '_') return UNDERSCORE;
  if (c === ' ' || c === '\t') return BLANK;
  if (c === '\n' || c === '\r') return NEWLINE;
  return OTHER;
}
