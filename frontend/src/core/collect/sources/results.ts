/** Small builders that keep every source file short and its results uniform. */
import type { CollectionLogEntry, JsonValue } from '../../model.ts';
import { asRecord, jsonItem } from '../json.ts';
import type { SourceContext, SourceResult } from '../types.ts';

export function emptyResult(): SourceResult {
  return { items: [], facts: {}, log: [], learned: [] };
}

export function failedResult(entry: CollectionLogEntry): SourceResult {
  return { ...emptyResult(), log: [entry] };
}

/** The host of a URL, or undefined when it is not a URL. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** Reads one endpoint into one JSON item; `facts` turns the answer into typed facts. */
export async function singleEndpoint(
  ctx: SourceContext,
  spec: {
    sourceId: string;
    endpoint: string;
    itemPath: string;
    facts?: (json: JsonValue) => SourceResult['facts'];
    learned?: (json: JsonValue) => SourceResult['learned'];
  },
): Promise<SourceResult> {
  const call = await ctx.client.getJson(spec.sourceId, spec.endpoint);
  if (!call.ok) return failedResult(call.entry);
  return {
    items: [jsonItem(spec.itemPath, spec.sourceId, call.json)],
    facts: spec.facts ? spec.facts(call.json) : {},
    log: [call.entry],
    learned: spec.learned ? spec.learned(call.json) : [],
  };
}

/** Removes the named keys (at any depth) from a JSON value, returning a copy. */
export function withoutKeys(value: JsonValue, keys: ReadonlySet<string>): JsonValue {
  if (Array.isArray(value)) return value.map((v) => withoutKeys(v, keys));
  const record = asRecord(value);
  if (!record) return value;
  const out: { [key: string]: JsonValue } = {};
  for (const [key, field] of Object.entries(record)) {
    if (!keys.has(key)) out[key] = withoutKeys(field, keys);
  }
  return out;
}

/** Pairs of (kind, value) for the redactor, skipping empty values. */
export function learnedValues(pairs: [string, string | undefined][]): SourceResult['learned'] {
  return pairs
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '')
    .map(([kind, value]) => ({ kind, value }));
}
