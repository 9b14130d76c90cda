/**
 * A fake `JiraFetch` that serves the sandbox's REST fixtures (e2e/fixtures/rest) the way
 * the sandbox does, with knobs for the failures a real Jira produces.
 */
import { readFileSync } from 'node:fs';
import type { JiraFetch, JiraResponse } from '../../model.ts';

const FIXTURES = new URL('../../../../../e2e/fixtures/rest/', import.meta.url);

interface Route {
  method: string;
  path: string;
  file: string;
  access: string;
  special?: string;
}

export interface FakeAnswer {
  status?: number;
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface FixtureFetchOptions {
  /** Replace the answer for a path (exact, relative to the context path). */
  override?: Record<string, FakeAnswer | ((signal?: AbortSignal) => Promise<JiraResponse>)>;
  /** Routes that need websudo answer 401 like UPM does. */
  websudoMissing?: boolean;
  /** The node named in `X-ANODEID`; by path, or one for all. */
  node?: string | ((path: string) => string);
  user?: string;
}

export function readFixture(file: string): string {
  return readFileSync(new URL(file, FIXTURES), 'utf8').replaceAll('{{contextPath}}', '');
}

export function readFixtureJson<T = unknown>(file: string): T {
  return JSON.parse(readFixture(file)) as T;
}

export function response(answer: FakeAnswer, nodeId?: string): JiraResponse {
  const headers: Record<string, string> = {
    'content-type': answer.contentType ?? 'application/json;charset=UTF-8',
    ...(nodeId ? { 'x-anodeid': nodeId } : {}),
  };
  for (const [key, value] of Object.entries(answer.headers ?? {}))
    headers[key.toLowerCase()] = value;
  return {
    status: answer.status ?? 200,
    headers: { get: (name) => headers[name.toLowerCase()] ?? null },
    text: async () => answer.body ?? '',
  };
}

function answerFor(path: string, routes: Route[], options: FixtureFetchOptions): FakeAnswer {
  const pluginMatch = /^\/rest\/plugins\/1\.0\/(.+)-key$/.exec(path);
  const route = pluginMatch
    ? routes.find((r) => r.special === 'upm-plugin')
    : routes.find((r) => r.path === path);
  if (!route) return { status: 404, body: '{"message":"not found"}' };
  if (options.websudoMissing && route.access.includes('websudo')) {
    return {
      status: 401,
      contentType: 'application/vnd.atl.plugins.error+json',
      body: '{"subCode":"upm.websudo.error","message":"WebSudo required"}',
    };
  }
  if (pluginMatch) {
    const key = decodeURIComponent(pluginMatch[1] ?? '');
    const list = readFixtureJson<{ plugins: { key: string }[] }>('upm-plugins.json');
    const modules = readFixtureJson<Record<string, unknown[]>>('upm-plugin-modules.json');
    const plugin = list.plugins.find((p) => p.key === key);
    if (!plugin) return { status: 404, body: '{"message":"not found"}' };
    return { body: JSON.stringify({ ...plugin, modules: modules[key] ?? [] }) };
  }
  return { body: readFixture(route.file.replace('{user}', options.user ?? 'admin')) };
}

export function fixtureFetch(options: FixtureFetchOptions = {}): JiraFetch & { calls: string[] } {
  const routes = readFixtureJson<{ routes: Route[] }>('routes.json').routes;
  const calls: string[] = [];
  const fetch = async (path: string, init?: { signal?: AbortSignal }): Promise<JiraResponse> => {
    calls.push(path);
    const node =
      typeof options.node === 'function' ? options.node(path) : (options.node ?? 'node-1');
    const override = options.override?.[path];
    if (typeof override === 'function') return override(init?.signal);
    return response(override ?? answerFor(path, routes, options), node);
  };
  return Object.assign(fetch, { calls });
}

/** A fetch that never answers until it is aborted, like a hung Jira. */
export function hangingAnswer(signal?: AbortSignal): Promise<JiraResponse> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
