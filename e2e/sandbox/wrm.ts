// The Web Resource Manager: resolves web-resources and contexts (dependencies first, each
// resource once) and serves resource files at WRM-style URLs.
import { conditionHolds } from './conditions.ts';
import type { WebResourceModule } from './descriptor.ts';
import { transformJsI18n } from './i18n.ts';
import { JIRA_BUILD_NUMBER } from './jira-facts.ts';
import type { LoadedPlugin } from './plugin-jar.ts';
import type { SandboxUser } from './sessions.ts';

export interface ResourceRef {
  url: string;
  resourceType: 'JAVASCRIPT' | 'CSS';
  key: string;
  batchType: 'resource';
}

export interface ResolveRequest {
  resources: readonly string[];
  contexts: readonly string[];
  excludeResources?: readonly string[];
  excludeContexts?: readonly string[];
}

export interface ServedResource {
  body: Uint8Array | string;
  contentType: string;
  cacheable: boolean;
}

const CONTENT_TYPES: Record<string, string> = {
  js: 'application/javascript;charset=UTF-8',
  css: 'text/css;charset=UTF-8',
  map: 'application/json;charset=UTF-8',
  json: 'application/json;charset=UTF-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  gif: 'image/gif',
  woff: 'font/woff',
  woff2: 'font/woff2',
  html: 'text/html;charset=UTF-8',
  txt: 'text/plain;charset=UTF-8',
};

export function contentTypeOf(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

function resourceTypeOf(name: string): ResourceRef['resourceType'] | undefined {
  if (name.endsWith('.js')) return 'JAVASCRIPT';
  if (name.endsWith('.css')) return 'CSS';
  return undefined;
}

const CACHED = /^\/s\/(?:[^/]+\/)+?_\/download\/resources\/([^/]+)\/(.+)$/;
const UNCACHED = /^\/download\/resources\/([^/]+)\/(.+)$/;

/** Splits a resource URL path (after the context path) into its web-resource key and name. */
export function parseResourcePath(
  path: string,
): { completeKey: string; name: string; cacheable: boolean } | undefined {
  const cached = CACHED.exec(path);
  const m = cached ?? UNCACHED.exec(path);
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  try {
    return {
      completeKey: decodeURIComponent(m[1]),
      name: m[2].split('/').map(decodeURIComponent).join('/'),
      cacheable: cached !== null,
    };
  } catch {
    return undefined;
  }
}

export class WebResourceManager {
  private readonly byKey: Map<string, WebResourceModule>;
  private readonly warned = new Set<string>();

  constructor(
    private readonly plugin: LoadedPlugin,
    private readonly contextPath: string,
  ) {
    this.byKey = new Map(plugin.descriptor.webResources.map((wr) => [wr.completeKey, wr]));
  }

  /** The cacheable URL of one resource, with hash segments like Jira's. */
  resourceUrl(completeKey: string, name: string): string {
    const { version } = this.plugin.descriptor;
    const encodedName = name.split('/').map(encodeURIComponent).join('/');
    const encodedKey = completeKey.split(':').map(encodeURIComponent).join(':');
    return `${this.contextPath}/s/${this.plugin.hash}/${JIRA_BUILD_NUMBER}/${encodeURIComponent(version)}/_/download/resources/${encodedKey}/${encodedName}`;
  }

  /** Web-resources in a context; every web-resource is also in the context named by its key. */
  private inContext(context: string): WebResourceModule[] {
    return this.plugin.descriptor.webResources.filter(
      (wr) => wr.contexts.includes(context) || wr.completeKey === context,
    );
  }

  /** Ordered resources for a request: dependencies first, each resource once. */
  resolve(request: ResolveRequest, user: SandboxUser | undefined): ResourceRef[] {
    const excluded = new Set<string>();
    const markExcluded = (key: string): void => {
      if (excluded.has(key)) return;
      excluded.add(key);
      for (const dep of this.byKey.get(key)?.dependencies ?? []) markExcluded(dep);
    };
    for (const key of request.excludeResources ?? []) markExcluded(key);
    for (const context of request.excludeContexts ?? []) {
      for (const wr of this.inContext(context)) markExcluded(wr.completeKey);
    }

    const visited = new Set<string>();
    const refs: ResourceRef[] = [];
    const seenUrls = new Set<string>();
    const visit = (key: string): void => {
      if (visited.has(key) || excluded.has(key)) return;
      visited.add(key);
      const wr = this.byKey.get(key);
      if (!wr) {
        this.warnMissing(key);
        return;
      }
      if (!conditionHolds(wr.condition, user)) return;
      for (const dep of wr.dependencies) visit(dep);
      for (const resource of wr.resources) {
        const resourceType = resourceTypeOf(resource.name);
        if (!resourceType) continue;
        const url = this.resourceUrl(wr.completeKey, resource.name);
        if (seenUrls.has(url)) continue;
        seenUrls.add(url);
        refs.push({ url, resourceType, key: wr.completeKey, batchType: 'resource' });
      }
    };
    for (const key of request.resources) visit(key);
    for (const context of request.contexts) {
      for (const wr of this.inContext(context)) visit(wr.completeKey);
    }
    return refs;
  }

  /** A missing dependency of our own plugin is a build bug; others are provided by the page. */
  private warnMissing(key: string): void {
    if (!key.startsWith(`${this.plugin.descriptor.key}:`) || this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`sandbox: web-resource ${key} is required but not defined in the plugin`);
  }

  /** Serves one file of a web-resource, or undefined when there is none. */
  serve(completeKey: string, name: string, cacheable: boolean): ServedResource | undefined {
    const wr = this.byKey.get(completeKey);
    if (!wr) return undefined;
    const location = this.locate(wr, name);
    const file = location === undefined ? undefined : this.plugin.files.get(location);
    if (!file) return undefined;
    const contentType = contentTypeOf(name);
    if (name.endsWith('.js') && (wr.transformers.get('js') ?? []).includes('jsI18n')) {
      const source = new TextDecoder('utf-8').decode(file);
      return { body: transformJsI18n(source, this.plugin.messages), contentType, cacheable };
    }
    return { body: file, contentType, cacheable };
  }

  private locate(wr: WebResourceModule, name: string): string | undefined {
    const exact = wr.resources.find((r) => r.name === name);
    if (exact) return exact.location;
    for (const r of wr.resources) {
      // A directory resource (`name="images/"`) serves every file below its location.
      if (r.name.endsWith('/') && name.startsWith(r.name) && !name.includes('..')) {
        return r.location + name.slice(r.name.length);
      }
    }
    // Source maps are found next to their script, as the WRM does.
    if (name.endsWith('.map')) {
      const script = wr.resources.find((r) => r.name === name.slice(0, -'.map'.length));
      if (script) return `${script.location}.map`;
    }
    return undefined;
  }
}
