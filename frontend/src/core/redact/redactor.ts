/** The redactor: learned values, pseudonym store, custom rules and report for one bundle. */
import type { BundleItem, JsonValue, RedactionReport } from '../model.ts';
import type { PrivateMap, PseudonymKind, RedactorOptions, Rule, TextFormat } from './types.ts';
import { decodeText, hasBinaryExtension, isBinary } from './binary.ts';
import { compileCustomRules, type CustomRule } from './custom/compile.ts';
import { blocks } from './engine/blocks.ts';
import { DeferredScope } from './engine/deferred.ts';
import { LearnedValues, localSweep } from './engine/learned.ts';
import { redactAroundFrames, segments } from './engine/frames.ts';
import { ReportBuilder } from './engine/report.ts';
import { runRules } from './engine/run-rules.ts';
import { detectFormat } from './formats/detect.ts';
import { parseJson, redactJson } from './formats/json.ts';
import { quoteYamlMarkers } from './formats/yaml.ts';
import { learnJson } from './learn/json.ts';
import { learnLogUsers, learnText } from './learn/learn.ts';
import { learnHost, learnUrls } from './learn/keys.ts';
import { PseudonymStore } from './pseudonym/store.ts';
import { CONTEXT_RULES, PATTERN_RULES, SECRET_RULES } from './rules/catalogue.ts';
import { streamBlocks } from './stream.ts';

/** Blocks whose new values are resolved in one HMAC round (1 MiB of text). */
const BATCH_BLOCKS = 16;

interface Pass {
  scope: DeferredScope;
  text: string;
}

export class BundleRedactor {
  private readonly store: PseudonymStore;
  private readonly learned: LearnedValues;
  private readonly reportBuilder = new ReportBuilder();
  private readonly custom: CustomRule[];
  private readonly keepBinary: Set<string>;

  constructor(options: RedactorOptions) {
    this.custom = compileCustomRules(options.customRules ?? []);
    this.store = new PseudonymStore(options.secret);
    this.learned = new LearnedValues((kind, value) => this.store.prefetch(kind, value));
    this.keepBinary = new Set(options.keepBinaryPaths ?? []);
  }

  learn(path: string, text: string): void {
    learnText(path, text, this.learned);
  }

  learnValue(kind: PseudonymKind, value: string): void {
    if (kind === 'host' && value.includes('://')) learnUrls(value, this.learned);
    else if (kind === 'host') learnHost(value, this.learned);
    else this.learned.add(kind, value);
  }

  async redactText(path: string, text: string): Promise<string> {
    const format = detectFormat(path, text);
    const data = format === 'json' ? parseJson(text) : undefined;
    await this.store.flush();
    // A file's own structured values are swept from it too (learning twice does no harm).
    if (data !== undefined) learnJson(data, this.learned);
    else if (format !== 'log') this.learn(path, text);
    const rules = this.rulesFor(path);
    if (data !== undefined) {
      try {
        return await this.finish(path, format, [await this.jsonPass(path, data, text, rules)]);
      } catch (error) {
        // Nesting deeper than the call stack: the text rules still find what the keys would have.
        if (!(error instanceof RangeError)) throw error;
      }
    }
    this.reportBuilder.add(path, new Map());
    let out = '';
    let batch: Pass[] = [];
    for (const block of blocks(text)) {
      batch.push(this.firstPass(path, format, block, rules));
      if (batch.length >= BATCH_BLOCKS) {
        out += await this.finish(path, format, batch);
        batch = [];
      }
    }
    return out + (await this.finish(path, format, batch));
  }

  async *redactStream(path: string, chunks: AsyncIterable<string>): AsyncIterable<string> {
    const format = detectFormat(path, '');
    if (format === 'json') {
      // JSON is redacted by its structure, which needs the whole document.
      let whole = '';
      for await (const chunk of chunks) whole += chunk;
      yield await this.redactText(path, whole);
      return;
    }
    this.reportBuilder.add(path, new Map());
    const rules = this.rulesFor(path);
    await this.store.flush();
    let batch: Pass[] = [];
    const blockFormat = (block: string): TextFormat =>
      format === 'text' ? detectFormat(path, block) : format;
    for await (const block of streamBlocks(chunks)) {
      batch.push(this.firstPass(path, blockFormat(block), block, rules));
      if (batch.length >= BATCH_BLOCKS) {
        yield await this.finish(path, format, batch);
        batch = [];
      }
    }
    if (batch.length > 0) yield await this.finish(path, format, batch);
  }

  async redactItem(item: BundleItem): Promise<BundleItem | null> {
    if (hasBinaryExtension(item.path) || isBinary(item.bytes)) {
      if (this.keepBinary.has(item.path)) {
        this.reportBuilder.add(item.path, new Map());
        return item;
      }
      this.reportBuilder.dropped(item.path, 'binary');
      return null;
    }
    const text = await this.redactText(item.path, decodeText(item.bytes));
    return { ...item, bytes: new TextEncoder().encode(text) };
  }

  pseudonym(kind: PseudonymKind, value: string): Promise<string> {
    return this.store.get(kind, value);
  }

  report(): RedactionReport {
    return this.reportBuilder.build();
  }

  privateMap(): PrivateMap {
    return { createdAt: new Date().toISOString(), entries: this.store.entries() };
  }

  /** One pass of the rules over a block; new values get placeholders (see engine/deferred.ts). */
  private firstPass(
    path: string,
    format: TextFormat,
    block: string,
    bundleRules: readonly Rule[],
  ): Pass {
    // A log's user column names its users: swept from the messages of this block on
    // (`login : 'jdoe' tried…`, `… for user jdoe`, `VALUES ('jdoe', …)`).
    const unswept = format === 'log' ? learnLogUsers(block, this.learned) : [];
    const rules = unswept.length > 0 ? withLocalSweep(bundleRules, unswept) : bundleRules;
    const parts = segments(block);
    const scope = new DeferredScope(path, format, this.store);
    if (parts.length === 1) {
      return { scope, text: parts[0]?.frames ? block : runRules(block, rules, scope) };
    }
    const text = redactAroundFrames(parts, (holed) => runRules(holed, rules, scope));
    if (text !== undefined) return { scope, text };
    // A match ran across a frame run: start again with a fresh scope (no hit counted twice).
    const fresh = new DeferredScope(path, format, this.store);
    let out = '';
    for (const part of parts) out += part.frames ? part.text : runRules(part.text, rules, fresh);
    return { scope: fresh, text: out };
  }

  /** Computes the batch's new tokens in one round, fills them in, and counts the hits. */
  private async finish(path: string, format: TextFormat, batch: Pass[]): Promise<string> {
    await this.store.resolve(batch.flatMap((p) => p.scope.pending));
    let out = '';
    for (const { scope, text } of batch) {
      this.reportBuilder.add(path, scope.counts);
      out += scope.fill(text);
    }
    return format === 'yaml' ? quoteYamlMarkers(out) : out;
  }

  /** The structured pass over a JSON document; like a text block, it leaves placeholders. */
  private async jsonPass(
    path: string,
    data: JsonValue,
    text: string,
    rules: readonly Rule[],
  ): Promise<Pass> {
    const scope = new DeferredScope(path, 'json', this.store);
    const state = { base64Deferred: false };
    const out = redactJson(data, text, rules, scope, state);
    if (!state.base64Deferred) return { scope, text: out };
    // Base64 content hides placeholders from `fill`: with every token known, a second pass
    // leaves none (its own counts replace the first pass's).
    await this.store.resolve(scope.pending);
    const again = new DeferredScope(path, 'json', this.store);
    return { scope: again, text: redactJson(data, text, rules, again) };
  }

  /** Secrets, the admin's rules, context rules, the learned sweep, then broad patterns. */
  private rulesFor(path: string): Rule[] {
    const custom = this.custom.filter((c) => c.appliesTo(path)).map((c) => c.rule);
    return [...SECRET_RULES, ...custom, ...CONTEXT_RULES, this.learned.rule(), ...PATTERN_RULES];
  }
}

/** The rules with a sweep of this block's new users right after the bundle's sweep. */
function withLocalSweep(rules: readonly Rule[], users: readonly string[]): Rule[] {
  const at = rules.findIndex((rule) => rule.id === 'learned') + 1;
  return [...rules.slice(0, at), localSweep(users), ...rules.slice(at)];
}
