/**
 * One regex for many literals, shaped as a trie (`j(?:doe|smith)`) so the regex engine
 * follows one branch per position instead of trying every literal in turn.
 */

interface Node {
  children: Map<string, Node>;
  end: boolean;
}

const SPECIAL = /[\\^$.*+?()[\]{}|/]/;

export function trieRegexSource(literals: Iterable<string>): string {
  const root: Node = { children: new Map(), end: false };
  let any = false;
  for (const lit of literals) {
    if (lit === '') continue;
    any = true;
    let node = root;
    for (const ch of lit) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.end = true;
  }
  return any ? serialise(root) : '(?!)';
}

function serialise(node: Node): string {
  const parts: string[] = [];
  for (const [ch, child] of node.children) {
    let chain = escapeChar(ch);
    let cur = child;
    // Single-child chains need no group.
    while (!cur.end && cur.children.size === 1) {
      const [[c, n]] = cur.children as unknown as [[string, Node]];
      chain += escapeChar(c);
      cur = n;
    }
    parts.push(cur.children.size === 0 ? chain : chain + serialiseTail(cur));
  }
  return parts.length === 1 ? (parts[0] ?? '') : `(?:${parts.join('|')})`;
}

function serialiseTail(node: Node): string {
  const inner = serialise(node);
  const grouped = inner.startsWith('(?:') && balancedGroup(inner) ? inner : `(?:${inner})`;
  return node.end ? `${grouped}?` : grouped;
}

/** True when the whole string is one `(?:…)` group (not `(?:a)b(?:c)`). */
function balancedGroup(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0 && i < s.length - 1) return false;
    }
  }
  return true;
}

function escapeChar(ch: string): string {
  return SPECIAL.test(ch) ? `\\${ch}` : ch;
}
