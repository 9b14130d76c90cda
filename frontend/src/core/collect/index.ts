/**
 * Runs the chosen sources with bounded concurrency. A failing source never aborts the
 * bundle: every problem becomes a collection-log entry saying what to do.
 */
import type { BundleItem, CollectionLogEntry, Facts } from '../model.ts';
import { createJiraClient } from './jira-client.ts';
import { mergeFacts } from './merge-facts.ts';
import { SOURCES } from './sources/index.ts';
import { applyTotalCap } from './limits/total-cap.ts';
import type {
  CollectContext,
  CollectProgressListener,
  CollectResult,
  Source,
  SourceContext,
  SourceResult,
} from './types.ts';

export { SOURCES, findSource } from './sources/index.ts';
export type * from './types.ts';

/** How many sources talk to Jira at once: enough to be quick, few enough to be polite. */
export const CONCURRENCY = 4;

async function runSource(source: Source, ctx: SourceContext): Promise<SourceResult> {
  if (!source.enabled(ctx)) {
    return {
      items: [],
      facts: {},
      log: [
        { sourceId: source.id, status: 'skipped', message: 'Nothing to collect here.', advice: '' },
      ],
    };
  }
  try {
    return await source.collect(ctx);
  } catch (error) {
    ctx.signal?.throwIfAborted();
    const detail = error instanceof Error ? error.message : String(error);
    return {
      items: [],
      facts: {},
      log: [
        {
          sourceId: source.id,
          status: 'failed',
          kind: 'other',
          message: `${source.title} failed unexpectedly (${detail}).`,
          advice: 'Retry this source; if it keeps failing, leave it out and tell support.',
        },
      ],
    };
  }
}

/** Which node answered each call, from the log (`X-ANODEID`). */
export function answeringNodes(log: CollectionLogEntry[]): Record<string, string> {
  const nodes: Record<string, string> = {};
  for (const entry of log) if (entry.endpoint && entry.nodeId) nodes[entry.endpoint] = entry.nodeId;
  return nodes;
}

export async function collect(
  ctx: CollectContext,
  sourceIds: readonly string[],
  onProgress?: CollectProgressListener,
): Promise<CollectResult> {
  const chosen = SOURCES.filter((source) => sourceIds.includes(source.id));
  const sourceCtx: SourceContext = {
    ...ctx,
    files: ctx.files ?? [],
    client: createJiraClient(ctx.jira, {
      limits: ctx.limits,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    }),
  };
  const results: (SourceResult | undefined)[] = new Array(chosen.length);
  let next = 0;
  let done = 0;
  onProgress?.({ stage: 'collect', done, total: chosen.length });
  const worker = async (): Promise<void> => {
    while (next < chosen.length) {
      ctx.signal?.throwIfAborted();
      const index = next++;
      const source = chosen[index]!;
      const result = await runSource(source, sourceCtx);
      ctx.signal?.throwIfAborted();
      results[index] = result;
      done += 1;
      onProgress?.({
        stage: 'collect',
        done,
        total: chosen.length,
        sourceId: source.id,
        entries: result.log,
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, chosen.length) }, worker));

  // Registry order, whatever order the sources finished in: the bundle is reproducible.
  let facts: Facts = {};
  const items: BundleItem[] = [];
  const log: CollectionLogEntry[] = [];
  const learned: CollectResult['learned'] = [];
  for (const result of results) {
    if (!result) continue;
    items.push(...result.items);
    log.push(...result.log);
    learned.push(...(result.learned ?? []));
    facts = mergeFacts(facts, result.facts);
  }
  const nodes = answeringNodes(log);
  if (Object.keys(nodes).length > 0) facts.answeringNodes = nodes;
  const capped = applyTotalCap(items, ctx.limits.maxTotalBytes);
  return { items: capped.items, facts, log: [...log, ...capped.log], learned };
}

function registryOrder<T extends { sourceId: string }>(list: T[]): T[] {
  const rank = (id: string) => {
    const index = SOURCES.findIndex((source) => source.id === id);
    return index < 0 ? SOURCES.length : index;
  };
  return list
    .map((value, index) => ({ value, index }))
    .sort((a, b) => rank(a.value.sourceId) - rank(b.value.sourceId) || a.index - b.index)
    .map(({ value }) => value);
}

/** Puts a retried source's result in place of its earlier one, keeping registry order. */
export function replaceSource(
  previous: CollectResult,
  sourceId: string,
  retried: CollectResult,
): CollectResult {
  const items = registryOrder([
    ...previous.items.filter((item) => item.sourceId !== sourceId),
    ...retried.items,
  ]);
  const log = registryOrder([
    ...previous.log.filter((entry) => entry.sourceId !== sourceId),
    ...retried.log,
  ]);
  const { answeringNodes: _old, ...facts } = mergeFacts(previous.facts, retried.facts);
  const nodes = answeringNodes(log);
  return {
    items,
    log,
    facts: Object.keys(nodes).length > 0 ? { ...facts, answeringNodes: nodes } : facts,
    learned: [...previous.learned, ...retried.learned],
  };
}

/** Runs one source alone (the screen's Retry); see `replaceSource` to merge the result. */
export function collectOne(ctx: CollectContext, sourceId: string): Promise<CollectResult> {
  return collect(ctx, [sourceId]);
}
