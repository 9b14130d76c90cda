/**
 * Splices replacements into a text in one pass: rules collect (start, end, replacement)
 * in increasing order and this builds the new string once.
 */
export class Splicer {
  private out = '';
  private last = 0;
  constructor(private readonly text: string) {}

  /** The end of the last replaced span: matches before it overlap and are skipped. */
  get position(): number {
    return this.last;
  }

  replace(start: number, end: number, replacement: string): boolean {
    if (start < this.last || end < start) return false;
    this.out += this.text.slice(this.last, start) + replacement;
    this.last = end;
    return true;
  }

  finish(): string {
    return this.last === 0 ? this.text : this.out + this.text.slice(this.last);
  }
}
