// A tiny cookie-keeping HTTP client for the sandbox's tests: enough of a browser to log in,
// pass websudo and call REST, without following redirects on its own.
import { LOGINS, startSandbox, type Sandbox, type SandboxOptions } from '../server.ts';
import { buildTestPluginJar } from './test-plugin-jar.ts';

export class TestClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly sandbox: Sandbox) {}

  /** Fetches a path inside the context path (or a full URL); records Set-Cookie. */
  async fetch(pathOrUrl: string, init: RequestInit = {}): Promise<Response> {
    const url = /^https?:/.test(pathOrUrl)
      ? pathOrUrl
      : pathOrUrl.startsWith(this.sandbox.contextPath + '/') && this.sandbox.contextPath !== ''
        ? this.sandbox.origin + pathOrUrl
        : this.sandbox.url + pathOrUrl;
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('Cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const response = await fetch(url, { redirect: 'manual', ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  postForm(
    path: string,
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return this.fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    });
  }

  async login(who: keyof typeof LOGINS, destination = ''): Promise<Response> {
    const { username, password } = LOGINS[who];
    return this.postForm('/login.jsp', {
      os_username: username,
      os_password: password,
      os_destination: destination,
    });
  }

  /** Confirms the password on the websudo form, as the admin would. */
  async webSudo(destination = '/secure/admin/ViewSystemInfo.jspa'): Promise<Response> {
    const form = await this.fetch(
      `/secure/admin/WebSudoAuthenticate!default.jspa?webSudoDestination=${encodeURIComponent(destination)}`,
    );
    const token = /name="atl_token" value="([^"]*)"/.exec(await form.text())?.[1] ?? '';
    return this.postForm('/secure/admin/WebSudoAuthenticate.jspa', {
      webSudoPassword: LOGINS.admin.password,
      webSudoDestination: destination,
      atl_token: token,
    });
  }

  /** Logged in as the sysadmin, inside the websudo window. */
  async asAdminWithWebSudo(): Promise<this> {
    await this.login('admin');
    await this.webSudo();
    return this;
  }
}

/** Starts a sandbox on the test JAR; close it with `sandbox.close()`. */
export async function startTestSandbox(options: Partial<SandboxOptions> = {}): Promise<Sandbox> {
  const pluginJar = options.pluginJar ?? (await buildTestPluginJar());
  return startSandbox({ ...options, pluginJar });
}

/** Every `<script>` element of a page, and whether each has a `src`. */
export function scriptTags(html: string): Array<{ tag: string; hasSrc: boolean; body: string }> {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
    tag: m[0],
    hasSrc: /\ssrc=/.test(m[1] ?? ''),
    body: m[2] ?? '',
  }));
}
