// The REST route table (routes.json) and its fixture files, loaded once at start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';

export const ACCESS_LEVELS = [
  'anonymous',
  'authenticated',
  'admin',
  'sysadmin',
  'sysadmin+websudo',
] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

const routeSchema = z.object({
  method: z.enum(['GET', 'POST', 'PUT', 'DELETE']),
  path: z.string().startsWith('/'),
  file: z.string().min(1),
  access: z.enum(ACCESS_LEVELS),
  special: z.enum(['upm-list', 'upm-plugin']).optional(),
});
const routesFileSchema = z.object({ routes: z.array(routeSchema) });

export type RestRoute = z.infer<typeof routeSchema>;

export interface RouteMatch {
  route: RestRoute;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: RestRoute;
  pattern: RegExp;
  names: string[];
}

function compile(route: RestRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split(/(\{\w+\})/)
    .map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      if (m?.[1]) {
        names.push(m[1]);
        return '(.+?)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

export class RestFixtures {
  private readonly routes: CompiledRoute[];
  private readonly cache = new Map<string, string>();

  constructor(private readonly dir: string) {
    const raw: unknown = JSON.parse(readFileSync(join(dir, 'routes.json'), 'utf-8'));
    this.routes = routesFileSchema.parse(raw).routes.map(compile);
  }

  match(method: string, path: string): RouteMatch | undefined {
    for (const { route, pattern, names } of this.routes) {
      if (route.method !== method) continue;
      const m = pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')));
      return { route, params };
    }
    return undefined;
  }

  /** True when some route has this path under another method (Jira answers 405). */
  hasPath(path: string): boolean {
    return this.routes.some(({ pattern }) => pattern.test(path));
  }

  /** The fixture text with `{{contextPath}}` filled in; undefined when the file is missing. */
  text(file: string, contextPath: string): string | undefined {
    let raw = this.cache.get(file);
    if (raw === undefined) {
      try {
        raw = readFileSync(join(this.dir, file), 'utf-8');
      } catch {
        return undefined;
      }
      this.cache.set(file, raw);
    }
    return raw.replaceAll('{{contextPath}}', contextPath);
  }

  json(file: string, contextPath: string): unknown {
    const text = this.text(file, contextPath);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  }
}
