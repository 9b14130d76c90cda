/**
 * What the corpus tests look for: planted values (in any letter case, raw or URL-encoded)
 * and diagnostic markers (counted, so a marker removed from one of several places is noticed).
 */
import type { PlantedValue } from './corpus.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern matching the value in any letter case. A value that starts or ends with a digit
 * must not touch another digit there: `10.20.30.5` inside the different address `10.20.30.57`
 * is not that value.
 */
function leakPattern(value: string): RegExp {
  const head = /^\d/.test(value) ? '(?<!\\d)' : '';
  const tail = /\d$/.test(value) ? '(?!\\d)' : '';
  return new RegExp(head + escapeRegExp(value) + tail, 'i');
}

/** The forms a value may leak in: as written, and URL-encoded. */
export function leakForms(value: string): string[] {
  const encoded = encodeURIComponent(value);
  return encoded === value ? [value] : [value, encoded];
}

export interface Leak {
  path: string;
  value: string;
  plantedClass: string;
  form: string;
}

export function findLeaks(path: string, text: string, planted: readonly PlantedValue[]): Leak[] {
  const leaks: Leak[] = [];
  for (const { value, plantedClass } of planted) {
    for (const form of leakForms(value)) {
      if (leakPattern(form).test(text)) leaks.push({ path, value, plantedClass, form });
    }
  }
  return leaks;
}

/** Whether the input carries the value at all (in any of its leak forms). */
export function carries(text: string, value: string): boolean {
  return leakForms(value).some((form) => leakPattern(form).test(text));
}

export function countOccurrences(text: string, marker: string): number {
  let count = 0;
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) {
    count++;
  }
  return count;
}

/** Every key path of a JSON value (`log.entries[].request.url`), to compare shapes. */
export function jsonKeyPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const element of value) jsonKeyPaths(element, `${prefix}[]`, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      into.add(path);
      jsonKeyPaths(child, path, into);
    }
  }
  return into;
}

export function describeLeaks(leaks: readonly Leak[]): string {
  return leaks
    .map((leak) => {
      const form = leak.form === leak.value ? '' : ` (as ${leak.form})`;
      return `  ${leak.path}: ${leak.plantedClass} ${JSON.stringify(leak.value)}${form}`;
    })
    .join('\n');
}
