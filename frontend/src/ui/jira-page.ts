/** What the screen reads from the Jira page it is mounted on. */
import type { BrowserFacts } from '../core/model.ts';

const PLUGIN_KEY = 'com.vilisoft.jira.support-bundle';

function meta(name: string): string {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
}

export function contextPath(): string {
  if (typeof AJS !== 'undefined' && typeof AJS.contextPath === 'function') return AJS.contextPath();
  return meta('ajs-context-path');
}

/** The signed-in user's name as Jira puts it in the page; empty for anonymous visitors. */
export function remoteUser(): string {
  return meta('ajs-remote-user');
}

/** Jira serves every web-resource file at this non-batched URL too. */
export function workerUrl(): string {
  return `${contextPath()}/download/resources/${PLUGIN_KEY}:support-bundle-worker/support-bundle-worker.js`;
}

const scriptErrors: BrowserFacts['scriptErrors'] = [];

/** Starts remembering script errors on the page, so support sees what the admin saw. */
export function watchScriptErrors(): void {
  window.addEventListener('error', (event) => {
    if (scriptErrors.length >= 50) return;
    scriptErrors.push({
      message: String(event.message),
      source: event.filename || undefined,
      line: event.lineno || undefined,
      time: new Date().toISOString(),
    });
  });
}

export function browserFacts(): BrowserFacts {
  return {
    userAgent: navigator.userAgent,
    language: navigator.language,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    screen: {
      width: window.screen.width,
      height: window.screen.height,
      devicePixelRatio: window.devicePixelRatio,
    },
    origin: window.location.origin,
    contextPath: contextPath(),
    scriptErrors: [...scriptErrors],
  };
}
