/**
 * A pass that never waits and never runs twice: a value seen for the first time gets a
 * placeholder (`\0T<n>\0`, which no rule matches), and once the batch's new values have
 * their HMAC tokens (one WebCrypto round for many blocks), `fill` swaps the tokens in.
 */
import type { PseudonymStore } from '../pseudonym/store.ts';
import type { PseudonymKind, Scope, TextFormat } from '../types.ts';

const NUL = String.fromCharCode(0);
/**
 * Plain; URL-encoded when a rule encoded a nested URL that held one; JSON-escaped (`\u0000`,
 * once per level of JSON nested in a string) when a structured pass serialised it. Tokens
 * need no escaping in JSON, so only the URL-encoded form changes the token.
 */
const PLACEHOLDER = new RegExp(
  `${NUL}T(\\d+)${NUL}|%00T(\\d+)%00|\\\\+u0000T(\\d+)\\\\+u0000`,
  'g',
);

export class DeferredScope implements Scope {
  readonly pending: [string, string][] = [];
  readonly counts = new Map<string, number>();
  private readonly indexOf = new Map<string, number>();

  constructor(
    readonly path: string,
    readonly format: TextFormat,
    private readonly store: PseudonymStore,
  ) {}

  token(kind: PseudonymKind, value: string): string {
    const known = this.store.peek(kind, value);
    if (known !== undefined) return known;
    if (this.isToken(value)) return value;
    const key = `${kind}\u0000${value}`;
    let index = this.indexOf.get(key);
    if (index === undefined) {
      index = this.pending.length;
      this.pending.push([kind, value]);
      this.indexOf.set(key, index);
    }
    return `${NUL}T${index}${NUL}`;
  }

  isToken(value: string): boolean {
    return value.charCodeAt(0) === 0 || this.store.isToken(value);
  }

  hit(ruleId: string): void {
    this.counts.set(ruleId, (this.counts.get(ruleId) ?? 0) + 1);
  }

  /** The text with every placeholder replaced by its token (call after the store resolved `pending`). */
  fill(text: string): string {
    if (this.pending.length === 0) return text;
    return text.replace(
      PLACEHOLDER,
      (all: string, plain?: string, encoded?: string, escaped?: string) => {
        const request = this.pending[Number(plain ?? encoded ?? escaped)];
        // The input itself may hold text shaped like a placeholder (`%00T7%00`): not ours, kept.
        if (request === undefined) return all;
        const token = this.store.peek(request[0], request[1]);
        if (token === undefined)
          throw new Error('A pseudonym was not computed before it was needed.');
        return encoded === undefined ? token : encodeURIComponent(token);
      },
    );
  }
}
