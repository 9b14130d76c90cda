// Serves resource URLs: the sandbox's own page assets and the plugin's web-resources.
import { readFileSync } from 'node:fs';
import type { RequestContext } from './context.ts';
import { SANDBOX_GLOBALS_KEY } from './jira-facts.ts';
import { contentTypeOf, parseResourcePath, type ServedResource } from './wrm.ts';

const STATIC_FILES = new Set(['globals.js', 'sandbox.css', 'favicon.svg']);
const staticCache = new Map<string, Uint8Array>();

function sandboxAsset(name: string): ServedResource | undefined {
  if (!STATIC_FILES.has(name)) return undefined;
  let body = staticCache.get(name);
  if (!body) {
    body = readFileSync(new URL(`./static/${name}`, import.meta.url));
    staticCache.set(name, body);
  }
  return { body, contentType: contentTypeOf(name), cacheable: false };
}

/** Answers a resource URL; returns false when the path is not a resource URL at all. */
export function handleResource(ctx: RequestContext): boolean {
  const parsed = parseResourcePath(ctx.path);
  if (!parsed) return false;
  const served =
    parsed.completeKey === SANDBOX_GLOBALS_KEY
      ? sandboxAsset(parsed.name)
      : ctx.state.wrm.serve(parsed.completeKey, parsed.name, parsed.cacheable);
  if (!served) {
    ctx.res.writeHead(404, { 'Content-Type': 'text/plain;charset=UTF-8' });
    ctx.res.end('Resource not found');
    return true;
  }
  ctx.res.writeHead(200, {
    'Content-Type': served.contentType,
    'Cache-Control': served.cacheable ? 'max-age=31536000, public' : 'no-cache, must-revalidate',
  });
  ctx.res.end(ctx.req.method === 'HEAD' ? undefined : served.body);
  return true;
}
