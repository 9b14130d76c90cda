/**
 * One pass of the rules over one piece of text. Rules ask for tokens synchronously; a value
 * seen for the first time is noted as pending and the engine, after the pass, computes its
 * token (async HMAC, once per unique value) and runs the pass again. Counts are kept per
 * pass, so a repeated pass never counts twice.
 */
import type { PseudonymStore } from '../pseudonym/store.ts';
import type { PseudonymKind, Scope, TextFormat } from '../types.ts';

export class PassScope implements Scope {
  readonly pending: [string, string][] = [];
  readonly counts = new Map<string, number>();

  constructor(
    readonly path: string,
    readonly format: TextFormat,
    private readonly store: PseudonymStore,
  ) {}

  token(kind: PseudonymKind, value: string): string {
    const known = this.store.peek(kind, value);
    if (known !== undefined) return known;
    if (this.store.isToken(value)) return value;
    this.pending.push([kind, value]);
    return value;
  }

  isToken(value: string): boolean {
    return this.store.isToken(value);
  }

  hit(ruleId: string): void {
    this.counts.set(ruleId, (this.counts.get(ruleId) ?? 0) + 1);
  }
}

const MAX_PASSES = 4;

/**
 * Runs `pass` until it needs no new token. The second pass sees exactly the same values, all
 * now known, so it completes; a pass that still misses tokens is a bug, and leaking the
 * original would be worse than failing.
 */
export async function settle<T>(
  store: PseudonymStore,
  newScope: () => PassScope,
  pass: (scope: PassScope) => T,
): Promise<{ result: T; counts: Map<string, number> }> {
  for (let i = 0; i < MAX_PASSES; i++) {
    const scope = newScope();
    const result = pass(scope);
    if (scope.pending.length === 0) return { result, counts: scope.counts };
    await store.resolve(scope.pending);
  }
  throw new Error('Redaction did not settle: a rule keeps asking for new pseudonyms.');
}
