/**
 * `node --import tsx bench/rule-costs.ts [--mib 20] [--rounds 2]`
 *
 * Where the redactor's time goes on the generated Jira log: milliseconds per rule (its
 * `apply`, hint checks excluded), the engine's share around them, and the total. A tool for
 * working on speed, not a measurement of record (`npm run bench` is): the timing wrappers
 * cost a little themselves. The last round is printed, after the JIT has warmed up.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRedactor } from '../frontend/src/core/redact/index.ts';
import { LearnedValues } from '../frontend/src/core/redact/engine/learned.ts';
import { CATALOGUE } from '../frontend/src/core/redact/rules/catalogue.ts';
import type { Rule, Scope } from '../frontend/src/core/redact/types.ts';
import { GENERATOR_VERSION, generateLog, makeDictionary } from './generate-log.ts';
import { readChunks } from './read-chunks.ts';

const SEED = 20241118;
const { values: args } = parseArgs({
  options: { mib: { type: 'string', default: '20' }, rounds: { type: 'string', default: '2' } },
});
const sizeMib = Number(args.mib);
const path = join(
  import.meta.dirname,
  '..',
  '.bench',
  `atlassian-jira-${sizeMib}mib-g${GENERATOR_VERSION}-s${SEED}.log`,
);
if (!existsSync(path)) await generateLog(path, sizeMib * 1024 * 1024, SEED);

const spent = new Map<string, number>();
const calls = new Map<string, number>();

function timed(rule: Rule): void {
  const apply = rule.apply.bind(rule);
  rule.apply = (text: string, scope: Scope): string => {
    const start = performance.now();
    const out = apply(text, scope);
    spent.set(rule.id, (spent.get(rule.id) ?? 0) + performance.now() - start);
    calls.set(rule.id, (calls.get(rule.id) ?? 0) + 1);
    return out;
  };
}

for (const rule of CATALOGUE) timed(rule);
const learnedRule = LearnedValues.prototype.rule;
LearnedValues.prototype.rule = function (this: LearnedValues): Rule {
  const rule = learnedRule.call(this);
  timed(rule);
  return rule;
};

const dictionary = makeDictionary(SEED);
for (let round = 1; round <= Number(args.rounds); round++) {
  spent.clear();
  calls.clear();
  const redactor = createRedactor({
    secret: new TextEncoder().encode('bench-key-FAKE-0123456789abcdef'),
  });
  for (const user of dictionary.users) {
    redactor.learnValue('user', user.name);
    redactor.learnValue('name', user.displayName);
    redactor.learnValue('userkey', user.key);
  }
  for (const host of dictionary.hosts) redactor.learnValue('host', host);
  redactor.learnValue('org', dictionary.org);
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  for await (const _ of redactor.redactStream(
    'atlassian-jira.log',
    readChunks(path, 65536).chunks,
  ));
  const total = performance.now() - started;
  const cpu = process.cpuUsage(cpuAtStart);
  if (round < Number(args.rounds)) continue;
  const inRules = [...spent.values()].reduce((a, b) => a + b, 0);
  // CPU time is steadier than wall time when other work shares the machine.
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(
    `${sizeMib} MiB: ${total.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU, ${(sizeMib / (total / 1000)).toFixed(1)} MiB/s`,
  );
  console.log(`${inRules.toFixed(0).padStart(7)} ms in rules`);
  console.log(
    `${(total - inRules).toFixed(0).padStart(7)} ms in the engine (reading, blocks, hints, tokens)`,
  );
  for (const [id, ms] of [...spent].sort((a, b) => b[1] - a[1]))
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${id} (${calls.get(id)} calls)`);
}
