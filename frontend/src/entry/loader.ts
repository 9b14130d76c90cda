/**
 * Runs on EVERY Jira admin page (web-resource context `atl.admin`), so it stays tiny and
 * idle: no request, no DOM access, until the URL fragment asks for the support bundle
 * screen. Then it hides the admin page's own content, adds the screen's mount element and
 * asks WRM for the real screen (web-resource `support-bundle-app`).
 */

// AJS and WRM are Jira's page globals (typed in ui/globals.d.ts); checked with `typeof`
// because a broken page may lack them.
export {};

const SCREEN_HASH = '#vilisoft-support-bundle';
const ROOT_ID = 'vilisoft-support-bundle-root';
const APP_RESOURCE = 'wr!com.vilisoft.jira.support-bundle:support-bundle-app';
const INSTALLED_FLAG = '__vilisoftSupportBundleLoader';

type LoadState = 'idle' | 'loading' | 'loaded' | 'failed';

let root: HTMLElement | undefined;
let loadState: LoadState = 'idle';
let pageTitle = '';
/** Children we hid, with the inline `display` each had, so leaving the screen restores them. */
const hiddenChildren = new Map<HTMLElement, string>();

// The i18n calls stay literal: Jira's jsI18n transform replaces them when it serves this file.
function screenTitle(): string {
  return typeof AJS !== 'undefined' && AJS.I18n
    ? AJS.I18n.getText('support-bundle.title')
    : 'Support bundle';
}

function loadFailedMessage(): string {
  return typeof AJS !== 'undefined' && AJS.I18n
    ? AJS.I18n.getText('support-bundle.loader.failed')
    : 'The support bundle screen could not be loaded. Reload the page, or check in Manage apps that Support Bundle for Jira DC is enabled.';
}

function mainContent(): HTMLElement {
  return (
    document.querySelector<HTMLElement>('.aui-page-panel-content') ??
    document.getElementById('content') ??
    document.querySelector('main') ??
    document.body
  );
}

function hidePageContent(container: HTMLElement): void {
  for (const child of Array.from(container.children)) {
    if (child instanceof HTMLElement && child !== root && !hiddenChildren.has(child)) {
      hiddenChildren.set(child, child.style.display);
      child.style.display = 'none';
    }
  }
}

function restorePageContent(): void {
  for (const [child, display] of hiddenChildren) child.style.display = display;
  hiddenChildren.clear();
}

function loadApp(mount: HTMLElement): void {
  loadState = 'loading';
  const fail = (): void => {
    loadState = 'failed';
    mount.setAttribute('role', 'alert');
    mount.textContent = loadFailedMessage();
  };
  try {
    if (typeof WRM === 'undefined') throw new Error('WRM is not on this page');
    WRM.require([APP_RESOURCE]).then(() => {
      loadState = 'loaded';
    }, fail);
  } catch {
    fail();
  }
}

function showScreen(): void {
  const container = mainContent();
  // Another copy of this script (or an earlier visit) may already have mounted the screen.
  root ??= document.getElementById(ROOT_ID) ?? undefined;
  if (!root) {
    root = document.createElement('div');
    root.id = ROOT_ID;
    container.appendChild(root);
  }
  hidePageContent(root.parentElement ?? container);
  root.style.display = '';
  if (document.title !== screenTitle()) pageTitle = document.title;
  document.title = screenTitle();
  if (loadState === 'idle' || loadState === 'failed') {
    root.removeAttribute('role');
    root.textContent = '';
    loadApp(root);
  }
}

function leaveScreen(): void {
  if (!root) return;
  root.style.display = 'none';
  restorePageContent();
  document.title = pageTitle;
}

/** The screen's own fragment, alone or with a support request (`…/request=<code>`). */
function wantsScreen(): boolean {
  const hash = location.hash;
  return hash === SCREEN_HASH || hash.startsWith(SCREEN_HASH + '/');
}

/**
 * The menu link also carries `?vilisoft-support-bundle`: Jira's websudo prompt sends the
 * admin back without the fragment, but with the query. Put the fragment back then.
 */
function restoreFragment(): void {
  if (location.hash === '' && new URLSearchParams(location.search).has(SCREEN_HASH.slice(1))) {
    history.replaceState(history.state, '', SCREEN_HASH);
  }
}

function onLocationChange(): void {
  if (wantsScreen()) showScreen();
  else leaveScreen();
}

function start(): void {
  restoreFragment();
  if (!wantsScreen()) return;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', onLocationChange, { once: true });
  } else {
    onLocationChange();
  }
}

const pageGlobals = window as unknown as Record<string, unknown>;
if (!pageGlobals[INSTALLED_FLAG]) {
  pageGlobals[INSTALLED_FLAG] = true;
  window.addEventListener('hashchange', onLocationChange);
  start();
}
