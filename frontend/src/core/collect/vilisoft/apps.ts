/**
 * The Vilisoft apps this product knows. Adding an app is one line here, once the app
 * serves the diagnostics contract (docs/bundle-format.md) under its own REST path.
 */
export interface VilisoftApp {
  /** The app's plugin key in UPM. */
  appKey: string;
  name: string;
  /** The app's REST module path: `/rest/<restPath>/1.0/support-bundle/diagnostics`. */
  restPath: string;
  /** The app's documentation home, linked from findings. */
  docsUrl: string;
}

export const VILISOFT_DOCS_URL = 'https://docs.vilisoft.com/';

function app(appKey: string, name: string, restPath: string): VilisoftApp {
  return {
    appKey,
    name,
    restPath,
    docsUrl: `${VILISOFT_DOCS_URL}${restPath.replace(/^vilisoft-/, '')}/`,
  };
}

// One line per app: plugin key, name, REST module path.
export const VILISOFT_APPS: readonly VilisoftApp[] = [
  app('com.vilisoft.jira.time-in-status', 'Time in Status for Jira', 'vilisoft-time-in-status'),
  app('com.vilisoft.jira.sla-timer', 'SLA Timer for Jira', 'vilisoft-sla-timer'),
];

export function diagnosticsEndpoint(app: VilisoftApp): string {
  return `/rest/${app.restPath}/1.0/support-bundle/diagnostics`;
}

/** A Vilisoft app by plugin key or vendor name (apps not yet in the registry count too). */
export function isVilisoftPlugin(key: string, vendorName?: string): boolean {
  return key.startsWith('com.vilisoft.') || /vilisoft/i.test(vendorName ?? '');
}

export function vilisoftApp(appKey: string): VilisoftApp | undefined {
  return VILISOFT_APPS.find((app) => app.appKey === appKey);
}
