/**
 * One file the admin added: a log (newest part, time window), a config, a thread dump,
 * a HAR, or a zip (each entry its own item). Reading problems become log entries.
 */
import type { AddedFile, CollectionLimits } from '../../model.ts';
import { readNewest } from '../limits/keep-newest.ts';
import type { SourceResult } from '../types.ts';
import { factsFromText } from './file-facts.ts';
import { isLogName, isZipName, mediaTypeFor, safeFileName, startsLikeZip } from './file-kinds.ts';
import { inflateBudget, readSupportZip } from './support-zip.ts';
import { limitLog } from './text-log.ts';

export const FILES_SOURCE_ID = 'files';

function failed(message: string, advice: string, kind: 'too-large' | 'unreadable-file') {
  const result: SourceResult = { items: [], facts: {}, log: [], learned: [] };
  result.log.push({ sourceId: FILES_SOURCE_ID, status: 'failed', kind, message, advice });
  return result;
}

export async function readAddedFile(
  file: AddedFile,
  limits: CollectionLimits,
): Promise<SourceResult> {
  const name = safeFileName(file.name);
  const sourceId = FILES_SOURCE_ID;
  try {
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
      log: [{ sourceId, status: 'ok', message: `Added ${name}.`, advice: '' }],
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
