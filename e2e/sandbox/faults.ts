// The fault switchboard: tests make one path (prefix) misbehave the way a real Jira can.
import * as z from 'zod';

export const SIMPLE_FAULT_KINDS = [
  'websudo',
  'forbidden',
  'not-found',
  'server-error',
  'hang',
  'login-page',
  'malformed-json',
  'huge',
] as const;

export type SimpleFaultKind = (typeof SIMPLE_FAULT_KINDS)[number];
export type FaultKind = SimpleFaultKind | 'expire-session-after';
export const FAULT_KINDS: readonly FaultKind[] = [...SIMPLE_FAULT_KINDS, 'expire-session-after'];

export type Fault =
  | { kind: SimpleFaultKind }
  /** `calls` more calls with a session succeed; the next one finds the session gone. */
  | { kind: 'expire-session-after'; calls: number };

export interface FaultSwitchboard {
  /** Path prefixes are relative to the context path, e.g. `/rest/api/2/serverInfo`. */
  set(pathPrefix: string, fault: Fault | SimpleFaultKind): void;
  /** Clears one prefix, or every fault when none is given. */
  clear(pathPrefix?: string): void;
  list(): Array<{ pathPrefix: string; fault: Fault }>;
}

export const faultSchema = z.union([
  z.enum(SIMPLE_FAULT_KINDS),
  z.object({ kind: z.enum(SIMPLE_FAULT_KINDS) }),
  z.object({ kind: z.literal('expire-session-after'), calls: z.number().int().min(0) }),
]);

/** Body of `POST <ctx>/__sandbox/faults`. */
export const faultRequestSchema = z.object({
  path: z.string().startsWith('/'),
  fault: faultSchema,
});

export class FaultBoard implements FaultSwitchboard {
  private readonly faults = new Map<string, Fault>();

  set(pathPrefix: string, fault: Fault | SimpleFaultKind): void {
    if (!pathPrefix.startsWith('/')) throw new Error(`fault path must start with /: ${pathPrefix}`);
    this.faults.set(pathPrefix, typeof fault === 'string' ? { kind: fault } : { ...fault });
  }

  clear(pathPrefix?: string): void {
    if (pathPrefix === undefined) this.faults.clear();
    else this.faults.delete(pathPrefix);
  }

  list(): Array<{ pathPrefix: string; fault: Fault }> {
    return [...this.faults].map(([pathPrefix, fault]) => ({ pathPrefix, fault: { ...fault } }));
  }

  /** The fault of the longest prefix that matches the path. */
  match(path: string): { pathPrefix: string; fault: Fault } | undefined {
    let best: { pathPrefix: string; fault: Fault } | undefined;
    for (const [pathPrefix, fault] of this.faults) {
      if (path.startsWith(pathPrefix) && (!best || pathPrefix.length > best.pathPrefix.length)) {
        best = { pathPrefix, fault };
      }
    }
    return best;
  }

  /** For `expire-session-after`: counts one call; true when this call ends the session. */
  consumeCall(pathPrefix: string): boolean {
    const fault = this.faults.get(pathPrefix);
    if (fault?.kind !== 'expire-session-after') return false;
    if (fault.calls > 0) {
      fault.calls--;
      return false;
    }
    this.faults.delete(pathPrefix);
    return true;
  }
}
