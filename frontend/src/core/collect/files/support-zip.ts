/**
 * An Atlassian support zip (or any zip): every entry becomes its own item under
 * `files/<zip name>/<entry path>`. Entries with `..` or absolute paths are refused, and
 * unpacking is bounded: declared sizes are checked before, actual sizes while inflating.
 */
import JSZip from 'jszip';
import type { CollectionLimits, CollectionLogEntry } from '../../model.ts';
import { keepNewest } from '../limits/keep-newest.ts';
import type { SourceResult } from '../types.ts';
import { inflateEntry, ZipBombError } from './inflate.ts';
import { factsFromText } from './file-facts.ts';
import { isLogName, isSafeEntryName, mediaTypeFor } from './file-kinds.ts';
import { limitLog } from './text-log.ts';
import { mergeFacts } from '../merge-facts.ts';

export const MAX_ZIP_ENTRIES = 5000;

/** Most bytes a zip may unpack to in total: four times the bundle cap. */
export function inflateBudget(limits: CollectionLimits): number {
  return limits.maxTotalBytes * 4;
}

/** No support file compresses better than this; an entry that does is a zip bomb. */
export const MAX_EXPANSION_RATIO = 1000;
/** Small entries may compress very well (a file of blanks); the ratio counts above this. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

interface ZipEntrySizes {
  uncompressedSize?: unknown;
  compressedSize?: unknown;
}

function entrySizes(file: JSZip.JSZipObject): ZipEntrySizes {
  return (file as unknown as { _data?: ZipEntrySizes })._data ?? {};
}

function declaredSize(file: JSZip.JSZipObject): number | undefined {
  const { uncompressedSize } = entrySizes(file);
  return typeof uncompressedSize === 'number' ? uncompressedSize : undefined;
}

/** True when the entry says it unpacks to more than a thousand times its packed size. */
function expandsLikeABomb(file: JSZip.JSZipObject, declared: number | undefined): boolean {
  const { compressedSize } = entrySizes(file);
  if (declared === undefined || declared <= RATIO_FLOOR_BYTES) return false;
  if (typeof compressedSize !== 'number') return false;
  return declared > Math.max(compressedSize, 1) * MAX_EXPANSION_RATIO;
}

/** Zip entries (files only) with their original names, in name order. */
export async function listZipEntries(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  return Object.values(zip.files)
    .filter((file) => !file.dir)
    .map((file) => ({
      file,
      name: file.unsafeOriginalName ?? file.name,
      declared: declaredSize(file),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export async function readSupportZip(
  sourceId: string,
  folder: string,
  bytes: Uint8Array,
  limits: CollectionLimits,
): Promise<SourceResult> {
  const result: SourceResult = { items: [], facts: {}, log: [], learned: [] };
  const note = (entry: Omit<CollectionLogEntry, 'sourceId'>): void => {
    result.log.push({ sourceId, ...entry });
  };
  let entries;
  try {
    entries = await listZipEntries(bytes);
  } catch {
    note({
      status: 'failed',
      kind: 'unreadable-file',
      message: `${folder}: not a readable zip file.`,
      advice: 'Add the zip again, or unpack it and add its files one by one.',
    });
    return result;
  }
  let budget = inflateBudget(limits);
  entries.slice(MAX_ZIP_ENTRIES).forEach(({ name }) =>
    note({
      status: 'skipped',
      kind: 'too-large',
      message: `${folder}/${name}: left out, the zip has more than ${MAX_ZIP_ENTRIES} files.`,
      advice: 'Add the files support asked for one by one.',
    }),
  );
  for (const { file, name, declared } of entries.slice(0, MAX_ZIP_ENTRIES)) {
    const label = `${folder}/${name}`;
    if (!isSafeEntryName(name)) {
      note({
        status: 'failed',
        kind: 'unreadable-file',
        message: `${label}: left out, its path leaves the zip (".." or absolute).`,
        advice: 'This zip was not made by Jira; check where it came from.',
      });
      continue;
    }
    const isLog = isLogName(name);
    const size = declared ?? budget;
    if (size > budget || (!isLog && size > limits.maxFileBytes)) {
      note({
        status: 'skipped',
        kind: 'too-large',
        message: `${label}: left out, it unpacks to ${size} bytes, over the limit.`,
        advice: 'Raise the size limits, or unpack it and add a smaller extract.',
      });
      continue;
    }
    if (expandsLikeABomb(file, declared)) {
      note({
        status: 'skipped',
        kind: 'too-large',
        message: `${label}: left out, it would expand more than ${MAX_EXPANSION_RATIO}× (a likely zip bomb).`,
        advice: 'Check where the zip came from, or unpack it yourself and add the files you trust.',
      });
      continue;
    }
    let inflated;
    try {
      inflated = await inflateEntry(file, size, isLog ? limits.maxFileBytes + 1 : Infinity);
    } catch (error) {
      const bomb = error instanceof ZipBombError;
      note({
        status: 'failed',
        kind: bomb ? 'too-large' : 'unreadable-file',
        message: bomb
          ? `${label}: left out, it unpacks to more than its declared size (a damaged or hostile zip).`
          : `${label}: could not be unpacked.`,
        advice: 'Check where the zip came from, or add its files one by one.',
      });
      continue;
    }
    budget -= inflated.total;
    const path = `files/${folder}/${name.replace(/\\/g, '/')}`;
    if (isLog) {
      const part = keepNewest(inflated.bytes, limits.maxFileBytes);
      const limited = limitLog(sourceId, label, inflated.total, part, limits);
      result.items.push({ path, sourceId, bytes: limited.bytes, mediaType: 'text/plain' });
      result.log.push(limited.entry);
      result.facts = mergeFacts(result.facts, factsFromText(limited.text));
    } else {
      result.items.push({ path, sourceId, bytes: inflated.bytes, mediaType: mediaTypeFor(name) });
      note({ status: 'ok', message: `Added ${label}.`, advice: '' });
      if (/\.(xml|properties|sh|txt|conf)$/i.test(name)) {
        result.facts = mergeFacts(
          result.facts,
          factsFromText(new TextDecoder().decode(inflated.bytes)),
        );
      }
    }
  }
  return result;
}
