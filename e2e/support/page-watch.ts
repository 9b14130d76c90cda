/**
 * Init scripts that watch a page from its first byte: CSP violations, and DOM mutations.
 * They run before any of the page's own scripts, so nothing the page does escapes them.
 */
import type { Page } from '@playwright/test';

export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
}

interface WatchedWindow {
  __cspViolations?: CspViolation[];
  __mutations?: string[];
}

/** Records every `securitypolicyviolation` event of the page's documents. */
export async function watchCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const watched = window as unknown as WatchedWindow;
    watched.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      watched.__cspViolations?.push({
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
}

export function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => (window as unknown as WatchedWindow).__cspViolations ?? []);
}

/**
 * Counts every DOM mutation from the start of the document, as one line per record
 * (`type target attribute`), so two runs of the same page can be compared line by line.
 */
export async function watchMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const watched = window as unknown as WatchedWindow;
    const lines: string[] = [];
    watched.__mutations = lines;
    const describe = (node: Node): string =>
      node instanceof Element
        ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}`
        : node.nodeName;
    new MutationObserver((records) => {
      for (const record of records) {
        const added = [...record.addedNodes].map(describe).join(',');
        const removed = [...record.removedNodes].map(describe).join(',');
        lines.push(
          `${record.type} ${describe(record.target)} ${record.attributeName ?? ''} +[${added}] -[${removed}]`,
        );
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

/** The mutation lines so far; waits a frame first so pending records are delivered. */
export function mutations(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => resolve([...((window as unknown as WatchedWindow).__mutations ?? [])])),
        ),
      ),
  );
}
