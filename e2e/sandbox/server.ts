// The Jira DC sandbox: a node:http server on 127.0.0.1 that logs in, gates admin pages behind
// websudo, loads the plugin JAR as Jira's WRM would, and answers Jira's REST API from fixtures.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { RequestContext, SandboxState } from './context.ts';
import { isRestPath } from './context.ts';
import { CONTROL_PREFIX, handleControl } from './control.ts';
import { applyFault } from './fault-responses.ts';
import { FaultBoard, type FaultSwitchboard } from './faults.ts';
import { parseCookies, sendHtml, sendJson } from './http.ts';
import { DEFAULT_NODE_ID } from './jira-facts.ts';
import { handlePage } from './page-routes.ts';
import { errorPage } from './pages.ts';
import { loadPluginJar } from './plugin-jar.ts';
import { handleResource } from './resources.ts';
import { handleRest } from './rest.ts';
import { RestFixtures } from './rest-fixtures.ts';
import { SandboxClock, SessionStore } from './sessions.ts';
import { WebResourceManager } from './wrm.ts';
import { xsrfAllows } from './xsrf.ts';

export { LOGINS } from './sessions.ts';
export type { Fault, FaultKind, FaultSwitchboard } from './faults.ts';

export interface SandboxOptions {
  /** 0 (the default) picks any free port. */
  port?: number;
  /** Default `/jira`; `''` for the root, as in the official Docker image. */
  contextPath?: string;
  /** Path to the built plugin JAR. */
  pluginJar: string;
  /** Default `e2e/fixtures/rest`. */
  fixturesDir?: string;
  /** The node named in `X-ANODEID`; default `node-1`. */
  nodeId?: string;
}

export interface RecordedRequest {
  method: string;
  /** Full path as requested (context path included), without the query. */
  path: string;
  /** Path and query. */
  url: string;
  origin: string | undefined;
  referer: string | undefined;
  /** Sandbox-clock time, ms since the epoch. */
  time: number;
  /** The user name of the session, if any, when the request arrived. */
  user: string | undefined;
  /** The status sent; undefined while unanswered (e.g. `hang`). */
  status: number | undefined;
}

export interface Sandbox {
  /** E.g. `http://127.0.0.1:41234/jira`. */
  url: string;
  origin: string;
  contextPath: string;
  faults: FaultSwitchboard;
  clock: { advanceMinutes(n: number): void };
  requests(): RecordedRequest[];
  close(): Promise<void>;
}

export const DEFAULT_FIXTURES_DIR = fileURLToPath(new URL('../fixtures/rest', import.meta.url));

function normaliseContextPath(value: string | undefined): string {
  const raw = (value ?? '/jira').trim().replace(/\/+$/, '');
  if (raw === '') return '';
  return raw.startsWith('/') ? raw : `/${raw}`;
}

let requestCounter = 0;

function requestId(now: number): string {
  const d = new Date(now);
  requestCounter++;
  return `${d.getUTCHours() * 60 + d.getUTCMinutes()}x${requestCounter}x1`;
}

async function dispatch(ctx: RequestContext): Promise<void> {
  const { state, req, res, path } = ctx;
  if (path.startsWith(CONTROL_PREFIX)) return handleControl(ctx);
  if (!xsrfAllows(req, path, state.origin)) {
    res.writeHead(403, { 'Content-Type': 'text/plain;charset=UTF-8' });
    res.end('XSRF check failed');
    return;
  }
  const matched = state.faults.match(path);
  if (matched?.fault.kind === 'expire-session-after' && ctx.session) {
    if (state.faults.consumeCall(matched.pathPrefix)) {
      state.sessions.destroy(ctx.session.id);
      ctx.session = undefined;
      ctx.user = undefined;
    }
  }
  setCommonHeaders(ctx);
  if (matched && (await applyFault(ctx, matched.fault))) return;
  if (isRestPath(path)) return handleRest(ctx);
  if (handleResource(ctx)) return;
  return handlePage(ctx);
}

function setCommonHeaders(ctx: RequestContext): void {
  const { res, state, session } = ctx;
  res.setHeader('X-ANODEID', state.nodeId);
  res.setHeader('X-AREQUESTID', requestId(state.clock.now()));
  res.setHeader('X-AUSERNAME', ctx.user?.username ?? 'anonymous');
  if (session) res.setHeader('X-ASESSIONID', session.id.slice(0, 7).toLowerCase());
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'SAMEORIGIN');
}

function answerUnexpected(ctx: RequestContext, error: unknown): void {
  console.error('sandbox: request failed', ctx.req.method, ctx.req.url, error);
  if (ctx.res.headersSent) {
    ctx.res.destroy();
    return;
  }
  if (isRestPath(ctx.path)) sendJson(ctx.res, 500, { message: String(error), 'status-code': 500 });
  else sendHtml(ctx.res, 500, errorPage(ctx, 500));
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const contextPath = normaliseContextPath(options.contextPath);
  const plugin = await loadPluginJar(options.pluginJar);
  const clock = new SandboxClock();
  const state: SandboxState = {
    contextPath,
    nodeId: options.nodeId ?? DEFAULT_NODE_ID,
    clock,
    sessions: new SessionStore(clock),
    plugin,
    wrm: new WebResourceManager(plugin, contextPath),
    fixtures: new RestFixtures(options.fixturesDir ?? DEFAULT_FIXTURES_DIR),
    faults: new FaultBoard(),
    origin: '',
  };
  const recorded: RecordedRequest[] = [];

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const session = state.sessions.get(parseCookies(req.headers.cookie).get('JSESSIONID'));
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      url: url.pathname + url.search,
      origin: req.headers.origin,
      referer: req.headers.referer,
      time: clock.now(),
      user: session?.user.username,
      status: undefined,
    };
    recorded.push(record);
    res.on('finish', () => (record.status = res.statusCode));

    const inContext =
      contextPath === '' ||
      url.pathname === contextPath ||
      url.pathname.startsWith(`${contextPath}/`);
    if (!inContext) {
      // Tomcat outside the web application: the root sends you to the context path.
      res.writeHead(url.pathname === '/' ? 302 : 404, { Location: `${contextPath}/` });
      res.end();
      return;
    }
    const ctx: RequestContext = {
      req,
      res,
      state,
      path: url.pathname.slice(contextPath.length) || '/',
      query: url.searchParams,
      session,
      user: session?.user,
    };
    dispatch(ctx).catch((error: unknown) => answerUnexpected(ctx, error));
  };

  const server = createServer(onRequest);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.origin = `http://127.0.0.1:${port}`;

  return {
    url: state.origin + contextPath,
    origin: state.origin,
    contextPath,
    faults: state.faults,
    clock: { advanceMinutes: (n: number) => clock.advanceMinutes(n) },
    requests: () => recorded.map((r) => ({ ...r })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Hanging and streaming answers must not keep the sandbox open.
        server.closeAllConnections();
      }),
  };
}
