// `<ctx>/__sandbox/…`: the switchboard and the clock over HTTP, for the CLI and manual use.
//   GET    /__sandbox/faults                 → [{pathPrefix, fault}]
//   POST   /__sandbox/faults {path, fault}   → sets one (fault: "hang" or {kind, calls})
//   DELETE /__sandbox/faults[?path=/x]       → clears one or all
//   POST   /__sandbox/clock {advanceMinutes} → moves the sandbox clock
import * as z from 'zod';
import type { RequestContext } from './context.ts';
import { faultRequestSchema } from './faults.ts';
import { readBody, sendJson } from './http.ts';

export const CONTROL_PREFIX = '/__sandbox/';

const clockSchema = z.object({ advanceMinutes: z.number() });

async function jsonBody(ctx: RequestContext): Promise<unknown> {
  try {
    return JSON.parse(await readBody(ctx.req)) as unknown;
  } catch {
    return undefined;
  }
}

export async function handleControl(ctx: RequestContext): Promise<void> {
  const { faults, clock } = ctx.state;
  const method = ctx.req.method ?? 'GET';
  if (ctx.path === '/__sandbox/faults') {
    if (method === 'GET') return sendJson(ctx.res, 200, faults.list());
    if (method === 'DELETE') {
      faults.clear(ctx.query.get('path') ?? undefined);
      return sendJson(ctx.res, 200, faults.list());
    }
    if (method === 'POST') {
      const parsed = faultRequestSchema.safeParse(await jsonBody(ctx));
      if (!parsed.success) return sendJson(ctx.res, 400, { error: parsed.error.message });
      faults.set(parsed.data.path, parsed.data.fault);
      return sendJson(ctx.res, 200, faults.list());
    }
  }
  if (ctx.path === '/__sandbox/clock' && method === 'POST') {
    const parsed = clockSchema.safeParse(await jsonBody(ctx));
    if (!parsed.success) return sendJson(ctx.res, 400, { error: parsed.error.message });
    clock.advanceMinutes(parsed.data.advanceMinutes);
    return sendJson(ctx.res, 200, { now: new Date(clock.now()).toISOString() });
  }
  sendJson(ctx.res, 404, { error: 'unknown sandbox control endpoint' });
}
