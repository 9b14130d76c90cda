/** Merges partial facts from many sources: lists that several files feed are joined. */
import type { Facts } from '../model.ts';

export function mergeFacts(base: Partial<Facts>, extra: Partial<Facts>): Facts {
  const merged: Facts = { ...base, ...extra };
  if (base.jvmArguments && extra.jvmArguments) {
    merged.jvmArguments = [...base.jvmArguments, ...extra.jvmArguments];
  }
  if (base.vilisoftApps && extra.vilisoftApps) {
    merged.vilisoftApps = [...base.vilisoftApps, ...extra.vilisoftApps];
  }
  if (base.database && extra.database) merged.database = { ...base.database, ...extra.database };
  if (base.answeringNodes && extra.answeringNodes) {
    merged.answeringNodes = { ...base.answeringNodes, ...extra.answeringNodes };
  }
  return merged;
}
