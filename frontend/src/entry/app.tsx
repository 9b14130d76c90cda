/**
 * The screen's chunk, loaded on demand by the admin-page loader through WRM.require.
 * It renders into the root the loader prepared.
 */
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App.tsx';
import { watchScriptErrors } from '../ui/jira-page.ts';
import '../ui/screen.css';

const ROOT_ID = 'vilisoft-support-bundle-root';

function mount(): void {
  const element = document.getElementById(ROOT_ID);
  if (!element || element.dataset.mounted === 'true') return;
  element.dataset.mounted = 'true';
  watchScriptErrors();
  createRoot(element).render(<App />);
}

mount();
