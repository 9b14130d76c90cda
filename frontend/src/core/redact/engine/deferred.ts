/**
 * A pass that never waits and never runs twice: a value seen for the first time gets a
 * placeholder (`\0T<n>\0`, or `\0R<n>\0` for a token to write regex-escaped; no rule matches
 * them), and once the batch's new values have their HMAC tokens (one WebCrypto round for many
 * blocks), `fill` swaps the tokens in.
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
  `${NUL}([TR])(\\d+)${NUL}|%00([TR])(\\d+)%00|\\\\+u0000([TR])(\\d+)\\\\+u0000`,
  'g',
);
/**
 * What an earlier rule left in a value: a placeholder, or the shape of an issued token
 * (`user-1a2b3c4d`, `host-….invalid`, `email-…@example.invalid`, `PRJ…`), checked against the
 * store. Addresses are not looked for: their rules run last, so no later rule meets their tokens.
 */
const EARLIER_OUTPUT = new RegExp(
  `${PLACEHOLDER.source}|\\b[a-z]+-[0-9a-f]{8,}(?:\\.invalid|@example\\.invalid)?\\b|\\bPRJ[0-9A-F]{8,}\\b`,
  'gi',
);
/** Letters or digits: a stretch without them (`@`, `/`) names no one. */
const WORD = /[\p{L}\p{N}]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** `https://` before a token: the scheme of a URL an earlier rule redacted. */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\/$/i;

export class DeferredScope implements Scope {
  readonly pending: [string, string][] = [];
  readonly counts = new Map<string, number>();
  private readonly indexOf = new Map<string, number>();

  constructor(
    readonly path: string,
    readonly format: TextFormat,
    private readonly store: PseudonymStore,
  ) {}

  token(kind: PseudonymKind, value: string, escaping?: 'regex'): string {
    const known = this.store.peek(kind, value);
    if (known !== undefined) return escaping === 'regex' ? escapeDots(known) : known;
    if (this.isToken(value)) return escaping === 'regex' ? escapeDots(value) : value;
    EARLIER_OUTPUT.lastIndex = 0;
    const form = escaping === 'regex' ? 'R' : 'T';
    if (EARLIER_OUTPUT.test(value)) return this.tokenAround(kind, value, form);
    return this.request(kind, value, form);
  }

  /**
   * A later rule's match that holds an earlier rule's output (`principal="HTTP/` + an e-mail's
   * placeholder, `user=` + a redacted URL): that output stays, and each plain stretch between
   * outputs that holds a word is pseudonymised on its own, without the punctuation around it.
   * Its token never stands for a placeholder (which means another value in the next batch) or
   * for a token, and the same text gets the same result whether or not the earlier value's
   * token was already known.
   */
  private tokenAround(kind: PseudonymKind, value: string, form: 'T' | 'R'): string {
    let out = '';
    let plainFrom = 0;
    EARLIER_OUTPUT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EARLIER_OUTPUT.exec(value)) !== null) {
      const piece = m[0];
      // A token's shape starts with a letter; a placeholder with NUL, `%` or `\\`.
      const placeholder = !/^[a-z]/i.test(piece);
      if (!placeholder && !this.store.isToken(piece)) continue;
      out += this.plainStretch(kind, value.slice(plainFrom, m.index)) + piece;
      plainFrom = m.index + piece.length;
    }
    // Only shaped like a token (`build-20240115`): a value like any other.
    if (plainFrom === 0) return this.request(kind, value, form);
    return out + this.plainStretch(kind, value.slice(plainFrom));
  }

  private plainStretch(kind: PseudonymKind, stretch: string): string {
    if (!WORD.test(stretch) || SCHEME.test(stretch)) return stretch;
    const core = stretch.replace(EDGE_PUNCTUATION, '');
    const at = stretch.indexOf(core);
    const known = this.store.peek(kind, core);
    const token = known ?? (this.isToken(core) ? core : this.request(kind, core, 'T'));
    return stretch.slice(0, at) + token + stretch.slice(at + core.length);
  }

  private request(kind: PseudonymKind, value: string, form: 'T' | 'R'): string {
    const key = `${kind}\u0000${value}`;
    let index = this.indexOf.get(key);
    if (index === undefined) {
      index = this.pending.length;
      this.pending.push([kind, value]);
      this.indexOf.set(key, index);
    }
    return `${NUL}${form}${index}${NUL}`;
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
      (
        all: string,
        plainForm?: string,
        plain?: string,
        encodedForm?: string,
        encoded?: string,
        escapedForm?: string,
        escaped?: string,
      ) => {
        const request = this.pending[Number(plain ?? encoded ?? escaped)];
        // The input itself may hold text shaped like a placeholder (`%00T7%00`): not ours, kept.
        if (request === undefined) return all;
        const token = this.store.peek(request[0], request[1]);
        if (token === undefined)
          throw new Error('A pseudonym was not computed before it was needed.');
        const written =
          (plainForm ?? encodedForm ?? escapedForm) === 'R' ? escapeDots(token) : token;
        return encoded === undefined ? written : encodeURIComponent(written);
      },
    );
  }
}

/** A token as a regex matches it literally (tokens hold no other regex syntax). */
function escapeDots(token: string): string {
  return token.replace(/\./g, '\\.');
}
