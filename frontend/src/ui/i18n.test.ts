/**
 * Every key the front end asks Jira for exists in the properties file, and every key in the
 * file is used (by a script under frontend/src or by the plugin descriptor). Jira would
 * otherwise show a raw key to the admin, or carry text nobody reads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { i18nKeysUsedIn, parseProperties } from '../../../scripts/descriptor/i18n-properties.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PROPERTIES = join(ROOT, 'plugin-descriptor/i18n/support-bundle.properties');
const DESCRIPTOR = join(ROOT, 'plugin-descriptor/atlassian-plugin.xml');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function keysUsedByScripts(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of sourceFiles(join(ROOT, 'frontend/src'))) {
    for (const key of i18nKeysUsedIn(readFileSync(file, 'utf8'))) {
      used.set(key, [...(used.get(key) ?? []), file.slice(ROOT.length)]);
    }
  }
  return used;
}

function keysUsedByDescriptor(): string[] {
  const xml = readFileSync(DESCRIPTOR, 'utf8');
  return [...xml.matchAll(/\bkey="(support-bundle\.[\w.-]+)"/g)].map((m) => m[1] ?? '');
}

const defined = parseProperties(readFileSync(PROPERTIES, 'utf8'), 'support-bundle.properties');

test('the properties file is plain key=value lines, sorted, without apostrophes', () => {
  assert.deepEqual(defined.problems, []);
  const keys = defined.entries.map((entry) => entry.key);
  assert.deepEqual(keys, [...keys].sort(), 'keys are in sorted order');
  // Jira formats these with Java's MessageFormat, where an apostrophe starts a quote.
  const quoted = defined.entries.filter((entry) => entry.value.includes("'"));
  assert.deepEqual(
    quoted.map((entry) => entry.key),
    [],
  );
});

test('every key a script asks for is in the properties file', () => {
  const keys = new Set(defined.entries.map((entry) => entry.key));
  const missing = [...keysUsedByScripts()]
    .filter(([key]) => !keys.has(key))
    .map(([key, files]) => `${key} (${files.join(', ')})`);
  assert.deepEqual(missing, []);
});

test('every key in the properties file is used by a script or the descriptor', () => {
  const used = new Set([...keysUsedByScripts().keys(), ...keysUsedByDescriptor()]);
  const unused = defined.entries.map((entry) => entry.key).filter((key) => !used.has(key));
  assert.deepEqual(unused, []);
});
