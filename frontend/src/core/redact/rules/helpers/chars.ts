/** Character tests on char codes: the scanners call them per character, so no regexes here. */

/** Letters, digits and `_` (what `\w` means). */
export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Characters of a config key or JVM property name: word characters, `.` and `-`. */
export function isKeyCode(c: number): boolean {
  return isWordCode(c) || c === 46 || c === 45;
}

/** Characters of a host name. */
export function isHostCode(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46
  );
}

/** What `\s` matches, on a char code (scanners walk back over every character of a field). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 5760 ||
    (c >= 8192 && c <= 8202) ||
    c === 8232 ||
    c === 8233 ||
    c === 8239 ||
    c === 8287 ||
    c === 12288 ||
    c === 65279
  );
}

export function isWordChar(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isWordCode(text.charCodeAt(index));
}

/** Index of the end of the line that contains `from` (the `\n` or the text's length). */
export function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

export function lineStart(text: string, from: number): number {
  return text.lastIndexOf('\n', from - 1) + 1;
}
