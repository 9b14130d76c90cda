// What every handler gets: the sandbox's shared state and the request at hand.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultBoard } from './faults.ts';
import type { LoadedPlugin } from './plugin-jar.ts';
import type { RestFixtures } from './rest-fixtures.ts';
import type { SandboxClock, SandboxUser, Session, SessionStore } from './sessions.ts';
import type { WebResourceManager } from './wrm.ts';

export interface SandboxState {
  contextPath: string;
  nodeId: string;
  clock: SandboxClock;
  sessions: SessionStore;
  plugin: LoadedPlugin;
  wrm: WebResourceManager;
  fixtures: RestFixtures;
  faults: FaultBoard;
  /** Set once the server listens, e.g. `http://127.0.0.1:41234`. */
  origin: string;
}

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  state: SandboxState;
  /** The path after the context path, always starting with `/`, without the query. */
  path: string;
  query: URLSearchParams;
  session: Session | undefined;
  user: SandboxUser | undefined;
}

/** `/secure/x?y` inside the context path → the full path the browser uses. */
export function ctxUrl(ctx: RequestContext, pathInContext: string): string {
  return ctx.state.contextPath + pathInContext;
}

export function isRestPath(path: string): boolean {
  return path.startsWith('/rest/');
}
