// Jira's REST API as the sandbox answers it: access rules (401/403/websudo), fixture bodies,
// UPM's live list, and the WRM's resource resolution endpoint.
import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import type { RequestContext } from './context.ts';
import { JSON_TYPE, readBody, sendJson, sendJsonText, UPM_ERROR_TYPE } from './http.ts';
import type { AccessLevel } from './rest-fixtures.ts';
import { isAdmin, isSysAdmin } from './sessions.ts';
import { upmList, upmPluginDetails } from './upm.ts';

export const NOT_AUTHENTICATED = {
  errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
  errors: {},
};

const UPM_LIST_TYPE = 'application/vnd.atl.plugins.installed+json';
const UPM_PLUGIN_TYPE = 'application/vnd.atl.plugins.plugin+json';

export function sendNotAuthenticated(ctx: RequestContext): void {
  sendJson(ctx.res, 401, NOT_AUTHENTICATED, {
    'WWW-Authenticate': `OAuth realm="${encodeURIComponent(ctx.state.origin)}"`,
  });
}

export function sendForbidden(ctx: RequestContext): void {
  sendJson(ctx.res, 403, {
    errorMessages: ['You do not have the permission to see the specified resource.'],
    errors: {},
  });
}

/** The answer for a websudo-protected resource outside the window. UPM has its own type. */
export function sendWebSudoRequired(ctx: RequestContext): void {
  if (ctx.path.startsWith('/rest/plugins/')) {
    sendJsonText(
      ctx.res,
      401,
      JSON.stringify({
        'status-code': 401,
        subCode: 'upm.websudo.error',
        message: 'You must have a secure administrator session to perform this action.',
      }),
      { 'Content-Type': UPM_ERROR_TYPE },
    );
  } else {
    sendJson(ctx.res, 401, { message: 'This resource requires WebSudo.', 'status-code': 401 });
  }
}

export function sendRestNotFound(ctx: RequestContext): void {
  const uri = ctx.state.origin + ctx.state.contextPath + ctx.path;
  sendJson(ctx.res, 404, { message: `null for uri: ${uri}`, 'status-code': 404 });
}

/** Applies an access level; answers and returns false when the caller may not proceed. */
function checkAccess(ctx: RequestContext, access: AccessLevel): boolean {
  if (access === 'anonymous') return true;
  const { session, user } = ctx;
  if (!session || !user) {
    sendNotAuthenticated(ctx);
    return false;
  }
  if (access === 'authenticated') return true;
  const allowed = access === 'admin' ? isAdmin(user) : isSysAdmin(user);
  if (!allowed) {
    sendForbidden(ctx);
    return false;
  }
  if (access === 'sysadmin+websudo') {
    if (!ctx.state.sessions.hasWebSudo(session)) {
      sendWebSudoRequired(ctx);
      return false;
    }
    ctx.state.sessions.touchWebSudo(session);
  }
  return true;
}

const wrmRequestSchema = z.object({
  r: z.array(z.string()).default([]),
  c: z.array(z.string()).default([]),
  xr: z.array(z.string()).default([]),
  xc: z.array(z.string()).default([]),
});

async function handleWrmResources(ctx: RequestContext): Promise<void> {
  let body: z.infer<typeof wrmRequestSchema>;
  try {
    body = wrmRequestSchema.parse(JSON.parse(await readBody(ctx.req)));
  } catch {
    sendJson(ctx.res, 400, { message: 'Bad request', 'status-code': 400 });
    return;
  }
  const resources = ctx.state.wrm.resolve(
    { resources: body.r, contexts: body.c, excludeResources: body.xr, excludeContexts: body.xc },
    ctx.user,
  );
  sendJson(ctx.res, 200, { resources, unparsedData: {}, unparsedErrors: {} });
}

export async function handleRest(ctx: RequestContext): Promise<void> {
  const method = ctx.req.method ?? 'GET';
  if (ctx.path === '/rest/wrm/2.0/resources' && method === 'POST') {
    await handleWrmResources(ctx);
    return;
  }
  const match = ctx.state.fixtures.match(method, ctx.path);
  if (!match) {
    if (ctx.state.fixtures.hasPath(ctx.path)) {
      sendJson(ctx.res, 405, { message: 'Method Not Allowed', 'status-code': 405 });
    } else {
      sendRestNotFound(ctx);
    }
    return;
  }
  const { route, params } = match;
  if (!checkAccess(ctx, route.access)) return;
  const { state } = ctx;

  if (route.special === 'upm-list') {
    const token = String(randomBytes(8).readBigInt64BE());
    sendJson(ctx.res, 200, upmList(state, route.file), {
      'Content-Type': UPM_LIST_TYPE,
      'upm-token': token,
    });
    return;
  }
  if (route.special === 'upm-plugin') {
    const details = upmPluginDetails(state, params['pluginKey'] ?? '', route.file);
    if (details) sendJson(ctx.res, 200, details, { 'Content-Type': UPM_PLUGIN_TYPE });
    else sendRestNotFound(ctx);
    return;
  }
  const file = route.file.replaceAll('{user}', ctx.user?.username ?? 'anonymous');
  const text = state.fixtures.text(file, state.contextPath);
  if (text === undefined) {
    sendRestNotFound(ctx);
    return;
  }
  sendJsonText(ctx.res, 200, text, { 'Content-Type': JSON_TYPE });
}
