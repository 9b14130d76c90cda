/**
 * The limits the admin edits, as typed (text in MB and hours), and the CollectionLimits
 * they become. A value out of range names its field, so the screen can say so beside it.
 */
import type { CollectionLimits } from '../core/model.ts';

export interface LimitsDraft {
  maxFileMb: string;
  logWindowHours: string;
  maxTotalMb: string;
}

export type LimitField = keyof LimitsDraft;

const MB = 1024 * 1024;

/** Allowed ranges; a support request asks for at most 720 hours (30 days) too. */
export const LIMIT_RANGES: Record<LimitField, { min: number; max: number }> = {
  maxFileMb: { min: 1, max: 2048 },
  logWindowHours: { min: 0, max: 720 },
  maxTotalMb: { min: 1, max: 4096 },
};

export function draftFrom(limits: CollectionLimits): LimitsDraft {
  return {
    maxFileMb: String(Math.round(limits.maxFileBytes / MB)),
    logWindowHours: String(limits.logWindowHours),
    maxTotalMb: String(Math.round(limits.maxTotalBytes / MB)),
  };
}

function wholeNumber(text: string, field: LimitField): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const value = Number(text);
  const { min, max } = LIMIT_RANGES[field];
  return value >= min && value <= max ? value : undefined;
}

export function toLimits(
  draft: LimitsDraft,
  base: CollectionLimits,
): { limits?: CollectionLimits; invalid: LimitField[] } {
  const maxFileMb = wholeNumber(draft.maxFileMb, 'maxFileMb');
  const logWindowHours = wholeNumber(draft.logWindowHours, 'logWindowHours');
  const maxTotalMb = wholeNumber(draft.maxTotalMb, 'maxTotalMb');
  const invalid = (
    [
      ['maxFileMb', maxFileMb],
      ['logWindowHours', logWindowHours],
      ['maxTotalMb', maxTotalMb],
    ] as const
  )
    .filter(([, value]) => value === undefined)
    .map(([field]) => field);
  if (maxFileMb === undefined || logWindowHours === undefined || maxTotalMb === undefined) {
    return { invalid };
  }
  return {
    limits: {
      ...base,
      maxFileBytes: maxFileMb * MB,
      logWindowHours,
      maxTotalBytes: maxTotalMb * MB,
    },
    invalid,
  };
}
