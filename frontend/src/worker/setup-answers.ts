/**
 * Answers the screen needs before anything is generated: size estimates, whether the
 * admin's custom rules can be used, and what a support request code asks for.
 */
import { SOURCES } from '../core/collect/index.ts';
import { estimateBundle } from '../core/collect/limits/estimate.ts';
import { safeFileName } from '../core/collect/files/file-kinds.ts';
import { FILES_SOURCE_ID } from '../core/collect/files/added-file.ts';
import { createRedactor, CustomRuleError, isBinary } from '../core/redact/index.ts';
import { hasBinaryExtension } from '../core/redact/binary.ts';
import { decodeRequest, RequestCodeError } from '../core/request/index.ts';
import type {
  BundleEstimate,
  CustomRuleInput,
  EstimateInput,
  FileEstimateInfo,
  FromWorker,
} from './protocol.ts';
import { toAddedFile } from './added-file.ts';

/** Enough of a file's start to tell text from binary (what the redactor looks at). */
const SNIFF_BYTES = 8192;

async function looksBinary(file: File, bundlePath: string): Promise<boolean> {
  if (hasBinaryExtension(bundlePath)) return true;
  return isBinary(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
}

export async function estimate(input: EstimateInput): Promise<BundleEstimate> {
  const sourceIds =
    input.files.length > 0 ? [...input.sourceIds, FILES_SOURCE_ID] : input.sourceIds;
  const found = await estimateBundle({
    sourceIds,
    files: input.files.map(toAddedFile),
    limits: input.limits,
  });
  const files: FileEstimateInfo[] = await Promise.all(
    found.files.map(async (estimateOf, index) => {
      const file = input.files[index]!;
      const bundlePath = `files/${estimateOf.unpackedName ?? safeFileName(file.name)}`;
      // A zip that opens is read entry by entry, a gzip is unpacked: neither is one binary file.
      const opened = estimateOf.treatment === 'zip' || estimateOf.unpackedName !== undefined;
      const binary = !opened && (await looksBinary(file, bundlePath));
      return { ...estimateOf, bundlePath, binary };
    }),
  );
  // Every source's size, chosen or not: the admin sees the cost of a choice before making it.
  const everySource = await estimateBundle({
    sourceIds: SOURCES.map((source) => source.id),
    files: [],
    limits: input.limits,
  });
  return {
    sources: Object.fromEntries(everySource.sources.map((s) => [s.id, s.bytes])),
    files,
    totalBytes: found.totalBytes,
    overTotal: found.overTotal,
  };
}

/** The first custom rule the redactor refuses, with its explanation; undefined when all are fine. */
export function checkRules(
  rules: CustomRuleInput[],
): { ruleIndex: number; message: string } | undefined {
  try {
    // The key does not matter here: only the rules are being compiled.
    createRedactor({ secret: new Uint8Array(32), customRules: rules });
    return undefined;
  } catch (error) {
    if (error instanceof CustomRuleError)
      return { ruleIndex: error.ruleIndex, message: error.message };
    throw error;
  }
}

export async function readRequest(requestId: number, text: string): Promise<FromWorker> {
  try {
    const request = await decodeRequest(text);
    const known = new Set(SOURCES.map((source) => source.id));
    const unknownSources = request.sources.filter((id) => !known.has(id));
    return { type: 'request-decoded', requestId, request, unknownSources };
  } catch (error) {
    // A RequestCodeError says what is wrong and what to do; anything else is still shown.
    const message =
      error instanceof RequestCodeError || error instanceof Error ? error.message : String(error);
    return { type: 'request-invalid', requestId, message };
  }
}
