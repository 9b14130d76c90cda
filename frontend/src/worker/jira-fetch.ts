/**
 * The worker's view of Jira: same-origin `fetch` with the admin's session cookie, relative
 * to the context path. GETs only, so Jira's XSRF check never applies.
 */
import type { JiraFetch } from '../core/model.ts';

export function createJiraFetch(contextPath: string, origin: string): JiraFetch {
  return async (path, init) => {
    const response = await fetch(new URL(contextPath + path, origin), {
      method: 'GET',
      credentials: 'same-origin',
      redirect: 'follow',
      headers: { Accept: init?.accept ?? 'application/json' },
      signal: init?.signal,
    });
    return {
      status: response.status,
      headers: response.headers,
      text: () => response.text(),
    };
  };
}
