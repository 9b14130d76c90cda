/**
 * An Atlassian support zip (or any zip): every entry becomes its own item under
 * `files/<zip name>/<entry path>`. Entries with `..` or absolute paths are refused, and
 * unpacking is bounded: declared sizes are checked before, actual sizes while inflating.
 * Compressed entries are opened (see compressed.ts): a `logs.zip` inside becomes the folder
 * `…/logs.zip/`, a `catalina.out.gz` becomes `…/catalina.out`, up to MAX_ARCHIVE_DEPTH.
 */
import JSZip from 'jszip';
import type { CollectionLimits, CollectionLogEntry } from '../../model.ts';
import { keepNewest } from '../limits/keep-newest.ts';
import type { SourceResult } from '../types.ts';
import {
  archiveKind,
  ExpansionError,
  gunzip,
  gunzippedName,
  asStream,
  isUnopenedArchiveName,
  MAX_ARCHIVE_DEPTH,
  MAX_EXPANSION_RATIO,
  mayBeArchive,
  RATIO_FLOOR_BYTES,
  UNOPENED_ARCHIVE_ADVICE,
} from './compressed.ts';
import { inflateEntry, keepLastBytes, ZipBombError, type Inflated } from './inflate.ts';
import { factsFromText } from './file-facts.ts';
import { isLogName, isSafeEntryName, mediaTypeFor } from './file-kinds.ts';
import { limitLog } from './text-log.ts';
import { mergeFacts } from '../merge-facts.ts';

export const MAX_ZIP_ENTRIES = 5000;

/** Most bytes a zip may unpack to in total: four times the bundle cap. */
export function inflateBudget(limits: CollectionLimits): number {
  return limits.maxTotalBytes * 4;
}

export { MAX_EXPANSION_RATIO };

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

/** One added file being unpacked: where results go, and the bytes it may still unpack to. */
interface Unpacking {
  sourceId: string;
  limits: CollectionLimits;
  result: SourceResult;
  budgetLeft: number;
}

function startUnpacking(sourceId: string, limits: CollectionLimits): Unpacking {
  return {
    sourceId,
    limits,
    result: { items: [], facts: {}, log: [], learned: [] },
    budgetLeft: inflateBudget(limits),
  };
}

function note(unpacking: Unpacking, entry: Omit<CollectionLogEntry, 'sourceId'>): void {
  unpacking.result.log.push({ sourceId: unpacking.sourceId, ...entry });
}

function joinPath(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

/** Adds one unpacked file: a log keeps its newest part and the time window, others whole. */
function addUnpacked(
  unpacking: Unpacking,
  path: string,
  label: string,
  isLog: boolean,
  inflated: Inflated,
): void {
  const { result, limits, sourceId } = unpacking;
  if (isLog) {
    const part = keepNewest(inflated.bytes, limits.maxFileBytes);
    const limited = limitLog(sourceId, label, inflated.total, part, limits);
    result.items.push({ path, sourceId, bytes: limited.bytes, mediaType: 'text/plain' });
    result.log.push(limited.entry);
    result.facts = mergeFacts(result.facts, factsFromText(limited.text));
    return;
  }
  result.items.push({ path, sourceId, bytes: inflated.bytes, mediaType: mediaTypeFor(path) });
  note(unpacking, { status: 'ok', message: `Added ${label}.`, advice: '' });
  if (/\.(xml|properties|sh|txt|conf)$/i.test(path)) {
    result.facts = mergeFacts(
      result.facts,
      factsFromText(new TextDecoder().decode(inflated.bytes)),
    );
  }
}

/**
 * Unpacks the gzip at `path` (inside `folder`) under its name without `.gz`; `taken` holds
 * the paths already used in that folder (see `gunzippedName`). A log keeps its newest part
 * while it streams; anything else must fit the per-file cap.
 */
async function readGzipInto(
  unpacking: Unpacking,
  folder: string,
  path: string,
  compressed: { bytes: number; stream: AsyncIterable<Uint8Array> },
  taken: Set<string>,
): Promise<void> {
  const { limits } = unpacking;
  const unpackedPath = gunzippedName(path, (candidate) => taken.has(candidate));
  taken.add(unpackedPath);
  const label = `${joinPath(folder, unpackedPath)} (unpacked from ${path.split('/').pop() ?? path})`;
  const isLog = isLogName(path.replace(/\.gz$/i, ''));
  const maxBytes = isLog
    ? unpacking.budgetLeft
    : Math.min(unpacking.budgetLeft, limits.maxFileBytes);
  let inflated;
  try {
    const text = gunzip(compressed.stream, { compressedBytes: compressed.bytes, maxBytes });
    inflated = await keepLastBytes(text, isLog ? limits.maxFileBytes + 1 : Infinity);
  } catch (error) {
    const tooLarge = error instanceof ExpansionError && error.reason === 'too-large';
    const detail = error instanceof Error ? error.message : String(error);
    note(unpacking, {
      status: 'failed',
      kind: tooLarge ? 'too-large' : 'unreadable-file',
      message: `${joinPath(folder, path)}: left out, ${detail}.`,
      advice: tooLarge
        ? 'Check where it came from, or unpack it yourself and add a smaller extract.'
        : 'Get a fresh copy of the file, or unpack it yourself and add the text.',
    });
    return;
  }
  unpacking.budgetLeft -= inflated.total;
  addUnpacked(unpacking, `files/${joinPath(folder, unpackedPath)}`, label, isLog, inflated);
}

/** Reads a zip's entries into `folder`; `depth` counts the archives it sits in. */
async function readZipInto(
  unpacking: Unpacking,
  folder: string,
  bytes: Uint8Array,
  depth: number,
): Promise<void> {
  const { limits } = unpacking;
  let entries;
  try {
    entries = await listZipEntries(bytes);
  } catch {
    note(unpacking, {
      status: 'failed',
      kind: 'unreadable-file',
      message: `${folder}: not a readable zip file.`,
      advice: 'Add the zip again, or unpack it and add its files one by one.',
    });
    return;
  }
  entries.slice(MAX_ZIP_ENTRIES).forEach(({ name }) =>
    note(unpacking, {
      status: 'skipped',
      kind: 'too-large',
      message: `${folder}/${name}: left out, the zip has more than ${MAX_ZIP_ENTRIES} files.`,
      advice: 'Add the files support asked for one by one.',
    }),
  );
  const taken = new Set(entries.map(({ name }) => name.replace(/\\/g, '/')));
  for (const { file, name, declared } of entries.slice(0, MAX_ZIP_ENTRIES)) {
    const label = `${folder}/${name}`;
    if (!isSafeEntryName(name)) {
      note(unpacking, {
        status: 'failed',
        kind: 'unreadable-file',
        message: `${label}: left out, its path leaves the zip (".." or absolute).`,
        advice: 'This zip was not made by Jira; check where it came from.',
      });
      continue;
    }
    const isLog = isLogName(name);
    // A compressed entry may be larger than the per-file cap: what it unpacks to is checked.
    const opens = mayBeArchive(name);
    const size = declared ?? unpacking.budgetLeft;
    if (size > unpacking.budgetLeft || (!isLog && !opens && size > limits.maxFileBytes)) {
      note(unpacking, {
        status: 'skipped',
        kind: 'too-large',
        message: `${label}: left out, it unpacks to ${size} bytes, over the limit.`,
        advice: 'Raise the size limits, or unpack it and add a smaller extract.',
      });
      continue;
    }
    if (expandsLikeABomb(file, declared)) {
      note(unpacking, {
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
      note(unpacking, {
        status: 'failed',
        kind: bomb ? 'too-large' : 'unreadable-file',
        message: bomb
          ? `${label}: left out, it unpacks to more than its declared size (a damaged or hostile zip).`
          : `${label}: could not be unpacked.`,
        advice: 'Check where the zip came from, or add its files one by one.',
      });
      continue;
    }
    unpacking.budgetLeft -= inflated.total;
    const entryPath = name.replace(/\\/g, '/');
    const kind = opens ? archiveKind(entryPath, inflated.bytes) : undefined;
    if (kind !== undefined && depth + 1 > MAX_ARCHIVE_DEPTH) {
      note(unpacking, {
        status: 'skipped',
        kind: 'too-large',
        message: `${label}: left out, it is an archive nested more than ${MAX_ARCHIVE_DEPTH} levels deep.`,
        advice: UNOPENED_ARCHIVE_ADVICE,
      });
    } else if (kind === 'zip') {
      await readZipInto(unpacking, `${folder}/${entryPath}`, inflated.bytes, depth + 1);
    } else if (kind === 'gzip') {
      const stream = asStream(inflated.bytes);
      await readGzipInto(unpacking, folder, entryPath, { bytes: inflated.total, stream }, taken);
    } else {
      if (isUnopenedArchiveName(entryPath)) noteUnopenedArchive(unpacking, label);
      addUnpacked(unpacking, `files/${folder}/${entryPath}`, label, isLog, inflated);
    }
  }
}

/** A tar (or 7z, rar) stays closed: the redactor leaves it out as a binary; say what to do. */
function noteUnopenedArchive(unpacking: Unpacking, label: string): void {
  note(unpacking, {
    status: 'skipped',
    kind: 'unreadable-file',
    message: `${label}: an archive of several files is not opened here, so it is left out as a binary file.`,
    advice: UNOPENED_ARCHIVE_ADVICE,
  });
}

export async function readSupportZip(
  sourceId: string,
  folder: string,
  bytes: Uint8Array,
  limits: CollectionLimits,
): Promise<SourceResult> {
  const unpacking = startUnpacking(sourceId, limits);
  await readZipInto(unpacking, folder, bytes, 0);
  return unpacking.result;
}

/**
 * An added `.gz` file: unpacked (streaming) into `files/<name without .gz>`, or
 * `files/<name>.txt` when an added file already has that name.
 */
export async function readGzipFile(
  sourceId: string,
  name: string,
  compressed: { bytes: number; stream: AsyncIterable<Uint8Array> },
  limits: CollectionLimits,
  takenNames: ReadonlySet<string>,
): Promise<SourceResult> {
  const unpacking = startUnpacking(sourceId, limits);
  await readGzipInto(unpacking, '', name, compressed, new Set(takenNames));
  return unpacking.result;
}
