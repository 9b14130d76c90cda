/** Small readers for untrusted JSON, so sources never crash on an unexpected shape. */
import type { BundleItem, JsonValue } from '../model.ts';

export type JsonRecord = { [key: string]: JsonValue };

export function asRecord(value: JsonValue | undefined): JsonRecord | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

export function asArray(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: JsonValue | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function asBoolean(value: JsonValue | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** Drops `undefined` fields so facts serialise the same way everywhere. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field;
  return out as T;
}

const encoder = new TextEncoder();

/** A pretty-printed JSON bundle item. */
export function jsonItem(path: string, sourceId: string, value: unknown): BundleItem {
  return {
    path,
    sourceId,
    bytes: encoder.encode(`${JSON.stringify(value, null, 2)}\n`),
    mediaType: 'application/json',
  };
}
