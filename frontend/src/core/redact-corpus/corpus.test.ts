/**
 * The redaction corpus: realistic Jira artifacts with planted values go through one redactor
 * the way a bundle does (learn from structured files, then redact everything). Every planted
 * value must be gone, in any letter case and URL-encoded; every diagnostic marker must stay.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { createRedactor, RULESET_VERSION, type Redactor } from '../redact/index.ts';
import {
  buildSupportZip,
  isStructured,
  loadLooseFiles,
  loadMarkers,
  loadPlanted,
  SUPPORT_ZIP_NAME,
  toItem,
  unpackSupportZip,
  type CorpusFile,
} from './test-support/corpus.ts';
import {
  carries,
  countOccurrences,
  describeLeaks,
  findLeaks,
  jsonKeyPaths,
  type Leak,
} from './test-support/checks.ts';
import { collect, cutEvery, cutRandomly, cutThrough, fromChunks } from './test-support/chunks.ts';

const SECRET = new TextEncoder().encode('corpus-test-key-FAKE-0123456789abcdef');
const planted = loadPlanted();
const markers = loadMarkers();
const decoder = new TextDecoder();

interface Outcome {
  file: CorpusFile;
  output?: string;
  dropped?: boolean;
  error?: string;
}

let redactor: Redactor;
let zipBytes: Uint8Array;
const outcomes: Outcome[] = [];

before(async () => {
  zipBytes = await buildSupportZip();
  const files = [...loadLooseFiles(), ...(await unpackSupportZip(zipBytes))];
  const structured = files.filter((f) => isStructured(f.path));
  const rest = files.filter((f) => !isStructured(f.path));
  redactor = createRedactor({ secret: SECRET });
  for (const file of structured) redactor.learn(file.path, file.text);
  for (const file of [...structured, ...rest]) {
    try {
      const item = await redactor.redactItem(toItem(file));
      outcomes.push(item ? { file, output: decoder.decode(item.bytes) } : { file, dropped: true });
    } catch (error) {
      outcomes.push({ file, error: String(error) });
    }
  }
});

function redacted(): { file: CorpusFile; output: string }[] {
  return outcomes.flatMap((o) =>
    o.output === undefined ? [] : [{ file: o.file, output: o.output }],
  );
}

/** Markers whose count went down between input and output, one line each. */
function lostMarkers(path: string, input: string, output: string): string[] {
  return markers.flatMap((marker) => {
    const before = countOccurrences(input, marker);
    const after = countOccurrences(output, marker);
    return after < before ? [`  ${path}: ${JSON.stringify(marker)} ${before} -> ${after}`] : [];
  });
}

describe('redaction corpus', () => {
  it('carries every planted value and every marker (the corpus itself is sound)', () => {
    const inputs = outcomes.map((o) => o.file.text);
    const unplanted = planted.filter((p) => !inputs.some((text) => carries(text, p.value)));
    const unmarked = markers.filter((m) => !inputs.some((text) => text.includes(m)));
    assert.deepEqual(unplanted, [], 'planted.json lists values no fixture carries');
    assert.deepEqual(unmarked, [], 'markers.json lists markers no fixture carries');
    assert.ok(outcomes.length >= 25, `expected the whole corpus, got ${outcomes.length} files`);
  });

  it('redacts every file without error and drops none of the text files', () => {
    const failed = outcomes
      .filter((o) => o.output === undefined)
      .map((o) => `  ${o.file.path}: ${o.error ?? 'dropped'}`);
    assert.equal(failed.length, 0, `files not redacted:\n${failed.join('\n')}`);
  });

  it('leaves no planted value, in any letter case or URL-encoded', () => {
    const leaks: Leak[] = redacted().flatMap(({ file, output }) =>
      findLeaks(file.path, output, planted),
    );
    assert.equal(
      leaks.length,
      0,
      `${leaks.length} planted values survived:\n${describeLeaks(leaks)}`,
    );
  });

  it('keeps every diagnostic marker wherever it was', () => {
    const lost = redacted().flatMap(({ file, output }) =>
      lostMarkers(file.path, file.text, output),
    );
    assert.equal(
      lost.length,
      0,
      `${lost.length} markers lost (input -> output count):\n${lost.join('\n')}`,
    );
  });

  it('keeps structured files parseable and their keys unchanged', () => {
    const broken: string[] = [];
    for (const { file, output } of redacted()) {
      try {
        if (/\.(json|har)$/.test(file.path)) {
          const keys = [...jsonKeyPaths(JSON.parse(output))];
          assert.deepEqual(keys, [...jsonKeyPaths(JSON.parse(file.text))], 'keys changed');
        } else if (/\.xml$/.test(file.path)) {
          const valid = XMLValidator.validate(output);
          if (valid !== true)
            throw new Error(`invalid XML: ${valid.err.msg} (line ${valid.err.line})`);
        } else if (/\.ya?ml$/.test(file.path)) {
          const keys = [...jsonKeyPaths(parseYaml(output))];
          assert.deepEqual(keys, [...jsonKeyPaths(parseYaml(file.text))], 'keys changed');
        }
      } catch (error) {
        broken.push(
          `  ${file.path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        );
      }
    }
    assert.equal(broken.length, 0, `structured files broken by redaction:\n${broken.join('\n')}`);
  });

  it('never passes a support zip through whole with its plain-text entries', async () => {
    const zipItem = {
      path: `files/${SUPPORT_ZIP_NAME}`,
      sourceId: 'files',
      bytes: zipBytes,
      mediaType: 'application/zip',
    };
    const out = await redactor.redactItem(zipItem);
    if (out === null) return;
    const leaks = findLeaks(zipItem.path, new TextDecoder('latin1').decode(out.bytes), planted);
    assert.equal(leaks.length, 0, `the zip kept planted values:\n${describeLeaks(leaks)}`);
  });

  it('streams logs as cleanly as whole files, wherever the chunks break', async () => {
    const logs = outcomes.filter((o) => /\.(log|out|txt)$/.test(o.file.path));
    const values = planted.map((p) => p.value);
    const problems: string[] = [];
    for (const { file } of logs) {
      const cuts: [string, string[]][] = [
        ['through every planted value', cutThrough(file.text, values)],
        ['every 7 chars', cutEvery(file.text, 7)],
        ['random sizes', cutRandomly(file.text, 20241118, 300)],
        ['one char at a time', cutEvery(file.text, 1)],
      ];
      for (const [how, chunks] of cuts) {
        const output = await collect(redactor.redactStream(file.path, fromChunks(chunks)));
        const leaks = findLeaks(`${file.path} (cut ${how})`, output, planted);
        if (leaks.length > 0) problems.push(describeLeaks(leaks));
        problems.push(...lostMarkers(`${file.path} (cut ${how})`, file.text, output));
      }
    }
    assert.equal(problems.length, 0, `streaming leaked or lost:\n${problems.join('\n')}`);
  });

  it('reports counts per file and rule, never the values', () => {
    const report = redactor.report();
    assert.equal(report.rulesetVersion, RULESET_VERSION);
    const reported = new Set(report.files.map((f) => f.path));
    const missing = outcomes.map((o) => o.file.path).filter((path) => !reported.has(path));
    assert.deepEqual(missing, [], 'files missing from the report');
    const total = Object.values(report.totals).reduce((sum, n) => sum + n, 0);
    assert.ok(total >= planted.length, `only ${total} redactions counted`);
    const leaks = findLeaks('redaction-report.json', JSON.stringify(report), planted);
    assert.equal(leaks.length, 0, `the report carries values:\n${describeLeaks(leaks)}`);
  });

  it('keeps secrets out of the private map (they are removed, not pseudonymised)', () => {
    const secrets = planted.filter((p) => p.plantedClass === 'secret');
    const kept = redactor
      .privateMap()
      .entries.flatMap((e) => findLeaks(`private map (${e.kind})`, e.original, secrets));
    assert.equal(kept.length, 0, `secrets in the private map:\n${describeLeaks(kept)}`);
  });

  it('gives the same value the same pseudonym in every file', async () => {
    const expectations: [kind: string, value: string, paths: string[]][] = [
      [
        'user',
        'jsmith-fake',
        [
          'rest/myself.json',
          'atlassian-jira.log',
          'atlassian-jira-security.log',
          'thread-dump.txt',
        ],
      ],
      [
        'host',
        'jira.globex-fake.example.test',
        ['rest/serverInfo.json', 'server.xml', 'crowd.properties'],
      ],
      [
        'ip',
        '172.16.5.22',
        ['rest/cluster-nodes.json', 'catalina-kubernetes.out', 'thread-dump.txt'],
      ],
    ];
    const outputs = new Map(redacted().map(({ file, output }) => [file.path, output]));
    const missing: string[] = [];
    for (const [kind, value, paths] of expectations) {
      const token = await redactor.pseudonym(kind, value);
      for (const path of paths) {
        if (!outputs.get(path)?.includes(token))
          missing.push(`  ${path}: no ${kind} token ${token}`);
      }
    }
    assert.equal(missing.length, 0, `inconsistent pseudonyms:\n${missing.join('\n')}`);
  });
});
