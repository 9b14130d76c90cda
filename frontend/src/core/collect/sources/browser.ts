/** The admin's browser, as the screen describes it (never read by the worker itself). */
import { jsonItem } from '../json.ts';
import type { Source } from '../types.ts';
import { hostOf, learnedValues } from './results.ts';

export const browserSource: Source = {
  id: 'browser',
  title: 'Browser',
  description: 'Browser, language, time zone, screen and script errors on this page.',
  defaultOn: true,
  typicalBytes: 1000,
  enabled: (ctx) => ctx.browser !== undefined,
  async collect(ctx) {
    const browser = ctx.browser;
    if (!browser) {
      return {
        items: [],
        facts: {},
        log: [{ sourceId: 'browser', status: 'skipped', message: 'No browser here.', advice: '' }],
      };
    }
    return {
      items: [jsonItem('browser/browser.json', 'browser', browser)],
      facts: { browser },
      log: [{ sourceId: 'browser', status: 'ok', message: 'Described this browser.', advice: '' }],
      learned: learnedValues([['host', hostOf(browser.origin)]]),
    };
  },
};
