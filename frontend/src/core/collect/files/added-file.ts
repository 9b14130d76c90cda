/**
 * One file the admin added: a log (newest part, time window), a config, a thread dump,
 * a HAR, a zip (each entry its own item) or a gzip (unpacked under its name without
 * `.gz`). Reading problems become log entries.
 */
import type { AddedFile, CollectionLimits } from '../../model.ts';
import { readNewest } from '../limits/keep-newest.ts';
import type { SourceResult } from '../types.ts';
import { factsFromText } from './file-facts.ts';
import { isLogName, isZipName, mediaTypeFor, safeFileName, startsLikeZip } from './file-kinds.ts';
import { archiveKindOfFile, isUnopenedArchiveName, UNOPENED_ARCHIVE_ADVICE } from './compressed.ts';
import { inflateBudget, readGzipFile, readSupportZip } from './support-zip.ts';
import { limitLog } from './text-log.ts';

export const FILES_SOURCE_ID = 'files';

function failed(message: string, advice: string, kind: 'too-large' | 'unreadable-file') {
  const result: SourceResult = { items: [], facts: {}, log: [], learned: [] };
  result.log.push({ sourceId: FILES_SOURCE_ID, status: 'failed', kind, message, advice });
  return result;
}

/** A file as a stream: streamed when the file can, else read whole. */
async function* streamOf(file: AddedFile): AsyncIterable<Uint8Array> {
  if (file.stream) yield* file.stream(0);
  else yield await file.bytes();
}

/** `takenNames`: the other added files' names, so an unpacked gzip does not take one of them. */
export async function readAddedFile(
  file: AddedFile,
  limits: CollectionLimits,
  takenNames: ReadonlySet<string> = new Set(),
): Promise<SourceResult> {
  const name = safeFileName(file.name);
  const sourceId = FILES_SOURCE_ID;
  try {
    if ((await archiveKindOfFile(name, file)) === 'gzip') {
      const compressed = { bytes: file.size, stream: streamOf(file) };
      return await readGzipFile(sourceId, name, compressed, limits, takenNames);
    }
    if (isZipName(name)) {
      if (file.size > inflateBudget(limits)) {
        return failed(
          `${name}: the zip is too large to open here.`,
          'Unpack it and add the files support asked for.',
          'too-large',
        );
      }
      const bytes = await file.bytes();
      if (startsLikeZip(bytes)) {
        return readSupportZip(sourceId, name.replace(/\.zip$/i, ''), bytes, limits);
      }
    }
    if (isLogName(name)) {
      const part = await readNewest(file.size, limits.maxFileBytes, file);
      const limited = limitLog(sourceId, name, file.size, part, limits);
      return {
        items: [{ path: `files/${name}`, sourceId, bytes: limited.bytes, mediaType: 'text/plain' }],
        facts: factsFromText(limited.text),
        log: [limited.entry],
        learned: [],
      };
    }
    if (file.size > limits.maxFileBytes) {
      return failed(
        `${name}: larger than the per-file limit (${file.size} bytes); only logs can be shortened.`,
        'Raise the per-file limit, or add a smaller extract.',
        'too-large',
      );
    }
    const bytes = await file.bytes();
    const mediaType = mediaTypeFor(name);
    const textual = mediaType !== 'application/octet-stream';
    return {
      items: [{ path: `files/${name}`, sourceId, bytes, mediaType }],
      facts: textual ? factsFromText(new TextDecoder().decode(bytes)) : {},
      log: [
        isUnopenedArchiveName(name)
          ? {
              sourceId,
              status: 'skipped',
              kind: 'unreadable-file',
              message: `${name}: an archive of several files is not opened here, so it is left out as a binary file.`,
              advice: UNOPENED_ARCHIVE_ADVICE,
            }
          : { sourceId, status: 'ok', message: `Added ${name}.`, advice: '' },
      ],
      learned: [],
    };
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return failed(
      `${name}: could not be read${detail}.`,
      'Check the file and add it again.',
      'unreadable-file',
    );
  }
}
