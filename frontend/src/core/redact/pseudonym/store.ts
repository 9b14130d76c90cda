/**
 * The pseudonym store: one token per (kind, normalised value) for the whole bundle, keyed
 * HMAC digests computed once per unique value, and the private map (token → original).
 */
import { createHmac, type HexDigest } from './hmac.ts';
import { formatToken } from './format.ts';
import { Ipv4Mapper } from './ipv4.ts';
import { normaliseValue } from './normalise.ts';

export interface MapEntry {
  kind: string;
  token: string;
  original: string;
}

/** Each attempt takes two more digest digits (the IPv6 form needs 30 of the 64). */
const MAX_ATTEMPTS = 16;

export class PseudonymStore {
  private readonly digest: HexDigest;
  private readonly ipv4: Ipv4Mapper;
  private readonly byValue = new Map<string, string>();
  /** The same lookups per kind, keyed by the value as written: skips normalising on the hot path. */
  private readonly byRawValue = new Map<string, Map<string, string>>();
  private rawSize = 0;
  private readonly queue: [string, string][] = [];
  /** Tokens as written and lower-cased, for the hot `isToken` check. */
  private readonly tokenForms = new Set<string>();
  /** Lower-cased tokens already handed out, so a later rule never pseudonymises a token. */
  private readonly byToken = new Map<string, MapEntry>();

  constructor(secret: Uint8Array) {
    this.digest = createHmac(secret);
    this.ipv4 = new Ipv4Mapper(this.digest);
  }

  static cacheKey(kind: string, value: string): string {
    return `${kind}\u0000${normaliseValue(kind, value)}`;
  }

  /** The token if this value was seen before; synchronous, for the rules' hot path. */
  peek(kind: string, value: string): string | undefined {
    const fast = this.byRawValue.get(kind)?.get(value);
    if (fast !== undefined) return fast;
    const token = this.byValue.get(PseudonymStore.cacheKey(kind, value));
    if (token !== undefined) this.remember(kind, value, token);
    return token;
  }

  private remember(kind: string, value: string, token: string): void {
    if (this.rawSize >= 200_000) return;
    let forKind = this.byRawValue.get(kind);
    if (!forKind) this.byRawValue.set(kind, (forKind = new Map()));
    // A copy: a slice of a block would keep the whole block in memory for the bundle's life.
    forKind.set(`${value} `.slice(0, -1), token);
    this.rawSize++;
  }

  /** Queues a value whose token will surely be needed (a learned value), to compute ahead. */
  prefetch(kind: string, value: string): void {
    this.queue.push([kind, value]);
  }

  /** Computes the queued tokens; redaction awaits this before its first pass. */
  async flush(): Promise<void> {
    while (this.queue.length > 0) await this.resolve(this.queue.splice(0));
  }

  /** Tokens are looked up as issued, lower-cased and upper-cased (rules never change their case otherwise). */
  isToken(value: string): boolean {
    return this.tokenForms.has(value);
  }

  async get(kind: string, value: string): Promise<string> {
    await this.resolve([[kind, value]]);
    return this.peek(kind, value) ?? value;
  }

  /** Computes tokens for new values; digests run in parallel, tokens are assigned in order. */
  async resolve(requests: Iterable<readonly [string, string]>): Promise<void> {
    const fresh = new Map<string, readonly [string, string]>();
    for (const req of requests) {
      const key = PseudonymStore.cacheKey(req[0], req[1]);
      if (!this.byValue.has(key) && !fresh.has(key)) fresh.set(key, req);
    }
    if (fresh.size === 0) return;
    const list = [...fresh];
    const ips = list
      .filter(([, [kind]]) => kind === 'ip')
      .map(([, [, v]]) => normaliseValue('ip', v));
    const [digests] = await Promise.all([
      Promise.all(
        list.map(([key, [kind]]) => (kind === 'ip' ? Promise.resolve('') : this.digest(key))),
      ),
      this.ipv4.prepare(ips),
    ]);
    for (let i = 0; i < list.length; i++) {
      const [key, [kind, original]] = list[i] as [string, readonly [string, string]];
      if (this.byValue.has(key)) continue;
      const token =
        kind === 'ip'
          ? this.ipv4.map(normaliseValue('ip', original))
          : this.unique(kind, original, digests[i] ?? '');
      this.byValue.set(key, token);
      if (token !== original) {
        this.byToken.set(token.toLowerCase(), { kind, token, original });
        this.tokenForms.add(token).add(token.toLowerCase()).add(token.toUpperCase());
        // A rule that meets the token again (a later rule, a second pass) finds it in one lookup.
        this.remember(kind, token, token);
      }
    }
  }

  entries(): MapEntry[] {
    return [...this.byToken.values()];
  }

  private unique(kind: string, original: string, hex: string): string {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const token = formatToken(kind, original, hex, attempt);
      if (!this.byToken.has(token.toLowerCase())) return token;
    }
    // 40 hex digits colliding means a broken digest; fail loudly rather than merge two values.
    throw new Error(`Pseudonym collision for a ${kind} value.`);
  }
}
