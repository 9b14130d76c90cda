// Jira's XSRF rule for mutating requests: a browser must prove it is same-origin, and bodies a
// plain HTML form could send (form, multipart, text/plain) also need `X-Atlassian-Token: no-check`.
import type { IncomingMessage } from 'node:http';

const MUTATING = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);
const FORM_LIKE = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/** Form posts that carry their own protection (log-in has none in Jira; websudo checks atl_token). */
const FORM_ENDPOINTS = new Set(['/login.jsp', '/secure/admin/WebSudoAuthenticate.jspa']);

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function xsrfAllows(req: IncomingMessage, path: string, origin: string): boolean {
  if (!MUTATING.has(req.method ?? 'GET')) return true;
  const requestOrigin = req.headers.origin;
  const referer = req.headers.referer;
  if (requestOrigin !== undefined && requestOrigin !== origin) return false;
  if (requestOrigin === undefined && referer !== undefined && originOf(referer) !== origin) {
    return false;
  }
  if (FORM_ENDPOINTS.has(path)) return true;
  const contentType = req.headers['content-type'] ?? 'text/plain';
  return !FORM_LIKE.test(contentType) || req.headers['x-atlassian-token'] === 'no-check';
}
