/** Runs sources against the fixture fetch, for tests. */
import {
  DEFAULT_LIMITS,
  type AddedFile,
  type BrowserFacts,
  type CollectionLimits,
} from '../../model.ts';
import { collect } from '../index.ts';
import type { CollectResult } from '../types.ts';
import { fixtureFetch, type FixtureFetchOptions } from './fixture-fetch.ts';

export const FAKE_BROWSER: BrowserFacts = {
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) FakeBrowser/1.0',
  language: 'en-GB',
  timeZone: 'Europe/Berlin',
  screen: { width: 1920, height: 1080, devicePixelRatio: 1 },
  origin: 'https://jira.fake-corp.example.test',
  contextPath: '',
  scriptErrors: [],
};

export function textFile(name: string, text: string | Uint8Array): AddedFile {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return {
    name,
    size: bytes.byteLength,
    bytes: async () => bytes,
    async *stream(start = 0) {
      for (let i = start; i < bytes.byteLength; i += 1000) yield bytes.subarray(i, i + 1000);
    },
  };
}

export async function runSources(
  sourceIds: string[],
  options: FixtureFetchOptions & {
    files?: AddedFile[];
    limits?: Partial<CollectionLimits>;
    browser?: BrowserFacts;
  } = {},
): Promise<CollectResult & { calls: string[] }> {
  const jira = fixtureFetch(options);
  const result = await collect(
    {
      jira,
      limits: { ...DEFAULT_LIMITS, ...options.limits },
      browser: options.browser ?? FAKE_BROWSER,
      files: options.files ?? [],
    },
    sourceIds,
  );
  return { ...result, calls: jira.calls };
}

export function itemJson(result: CollectResult, path: string): unknown {
  const item = result.items.find((i) => i.path === path);
  if (!item) throw new Error(`no item ${path}; have ${result.items.map((i) => i.path).join(', ')}`);
  return JSON.parse(new TextDecoder().decode(item.bytes));
}
