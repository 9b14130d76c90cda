/** The class (secret, identity, network, content) of every id a report can count. */
import type { RuleClass } from '../types.ts';
import { CATALOGUE } from '../rules/catalogue.ts';

const KIND_CLASS: Record<string, RuleClass> = {
  user: 'identity',
  userkey: 'identity',
  name: 'identity',
  email: 'identity',
  path: 'identity',
  session: 'identity',
  dn: 'identity',
  host: 'network',
  ip: 'network',
  ipv6: 'network',
  mac: 'network',
  dc: 'network',
};

/** Class of what a pseudonym of this kind stands for (organisation, project, … are content). */
export function kindClass(kind: string): RuleClass {
  return KIND_CLASS[kind] ?? 'content';
}

const FIXED: Record<string, RuleClass> = {
  'issue-text': 'content',
  authorization: 'secret',
};

const BY_ID = new Map<string, RuleClass>();
for (const rule of CATALOGUE) {
  BY_ID.set(rule.id, rule.ruleClass);
  for (const [id, cls] of Object.entries(rule.emits ?? {})) BY_ID.set(id, cls);
}
for (const [id, cls] of Object.entries(FIXED)) BY_ID.set(id, cls);

export function classOf(id: string): RuleClass {
  const known = BY_ID.get(id);
  if (known) return known;
  if (id.startsWith('custom:')) return 'content';
  const kind = /^(?:learned|field)-(.+)$/.exec(id)?.[1];
  return kind ? kindClass(kind) : 'content';
}
