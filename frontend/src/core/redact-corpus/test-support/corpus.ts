/**
 * Loads the redaction corpus: hand-written Jira artifacts with planted values, the list of
 * what was planted, and the diagnostic markers that must survive. Test-only (uses node:fs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { BundleItem } from '../../model.ts';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The folder laid out like an Atlassian support zip; the tests zip it themselves. */
const SUPPORT_ZIP_DIR = 'support-zip';
/** Where the unpacked support zip's files sit inside the bundle. */
export const SUPPORT_ZIP_NAME = 'Jira_support_2024-11-18-09-30-00.zip';
const SUPPORT_ZIP_PREFIX = `files/${SUPPORT_ZIP_NAME.replace(/\.zip$/, '')}/`;
const CORPUS_LISTS = new Set(['planted.json', 'markers.json']);

export interface CorpusFile {
  /** Path inside the bundle. */
  path: string;
  text: string;
}

export type PlantedClass = 'secret' | 'identity' | 'network' | 'content';
export type Planted = Record<PlantedClass, string[]>;
export type Markers = Record<string, string[]>;

export interface PlantedValue {
  value: string;
  plantedClass: PlantedClass;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
    )
    .sort();
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Every fixture outside the support-zip folder, by its path relative to the fixtures folder. */
export function loadLooseFiles(): CorpusFile[] {
  return listFiles(FIXTURES_DIR)
    .map((file) => toPosix(relative(FIXTURES_DIR, file)))
    .filter((path) => !path.startsWith(`${SUPPORT_ZIP_DIR}/`) && !CORPUS_LISTS.has(path))
    .map((path) => ({ path, text: readFileSync(join(FIXTURES_DIR, path), 'utf8') }));
}

/**
 * Builds an Atlassian-style support zip from the support-zip folder. Entries are STOREd
 * (not deflated) so the planted values sit in the zip's bytes as plain text: a redactor that
 * passed the archive through untouched would leak them.
 */
export async function buildSupportZip(): Promise<Uint8Array> {
  const root = join(FIXTURES_DIR, SUPPORT_ZIP_DIR);
  const zip = new JSZip();
  for (const file of listFiles(root)) {
    zip.file(toPosix(relative(root, file)), readFileSync(file), {
      date: new Date('2024-11-18T09:30:00Z'),
    });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** Unpacks a support zip the way the bundle does: one text file per entry, under a prefix. */
export async function unpackSupportZip(bytes: Uint8Array): Promise<CorpusFile[]> {
  const zip = await JSZip.loadAsync(bytes);
  const files: CorpusFile[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    files.push({ path: SUPPORT_ZIP_PREFIX + entry.name, text: await entry.async('string') });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

export function loadPlanted(): PlantedValue[] {
  const planted = JSON.parse(readFileSync(join(FIXTURES_DIR, 'planted.json'), 'utf8')) as Planted;
  return (Object.keys(planted) as PlantedClass[]).flatMap((plantedClass) =>
    planted[plantedClass].map((value) => ({ value, plantedClass })),
  );
}

export function loadMarkers(): string[] {
  const markers = JSON.parse(readFileSync(join(FIXTURES_DIR, 'markers.json'), 'utf8')) as Markers;
  return Object.values(markers).flat();
}

const STRUCTURED = /\.(json|har|xml|properties|ya?ml)$/i;

/** Files whose layout says what each value is; the redactor learns from them first. */
export function isStructured(path: string): boolean {
  return STRUCTURED.test(path);
}

export function toItem(file: CorpusFile): BundleItem {
  return {
    path: file.path,
    sourceId: file.path.startsWith('files/') ? 'files' : 'corpus',
    bytes: new TextEncoder().encode(file.text),
    mediaType: mediaTypeOf(file.path),
  };
}

function mediaTypeOf(path: string): string {
  if (/\.(json|har)$/i.test(path)) return 'application/json';
  if (/\.xml$/i.test(path)) return 'application/xml';
  if (/\.ya?ml$/i.test(path)) return 'application/yaml';
  return 'text/plain';
}
