/**
 * Generates a realistic atlassian-jira.log of a given size, streaming it to disk: request
 * lines with users, request ids, sessions and client IPs, background threads, slow JQL,
 * stack traces, mail failures, Bearer tokens, JWTs, cookies and `password=` lines.
 * Identities, hosts, IPs and sessions come from bounded pools (as in a real instance) while
 * secrets are fresh on every line, so the redactor's dictionary stops growing early.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export interface Dictionary {
  users: { name: string; key: string; displayName: string; email: string }[];
  hosts: string[];
  ips: string[];
  org: string;
}

export const GENERATOR_VERSION = 2;

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'anna',
  'bruce',
  'carla',
  'dmitri',
  'erin',
  'farid',
  'greta',
  'hiro',
  'ines',
  'jonas',
];
const LAST = ['fakedoe', 'fakewayne', 'fakesmith', 'fakenova', 'fakeberg', 'fakeoli', 'fakeriva'];
const PROJECTS = ['GLXP', 'HRZQ', 'OPSX', 'FINQ', 'MKTZ', 'SECV', 'DATW', 'HRPX'];
const PATHS = [
  '/rest/api/2/search',
  '/rest/api/2/issue/{KEY}',
  '/browse/{KEY}',
  '/secure/Dashboard.jspa',
  '/rest/greenhopper/1.0/xboard/work/allData.json',
  '/secure/QuickCreateIssue.jspa',
  '/rest/api/2/issue/{KEY}/comment',
];
const LOGGERS = [
  'c.a.j.issue.search.SearchHandler',
  'c.a.j.web.servlet.InternalServerErrorServlet',
  'c.a.j.issue.index.DefaultIndexManager',
  'c.a.greenhopper.web.rapid.work.WorkDataFactory',
  'c.a.j.plugin.webfragment.DefaultWebFragmentContext',
];
const FRAMES = [
  'com.atlassian.jira.issue.managers.DefaultIssueManager.getIssueObject(DefaultIssueManager.java:212)',
  'com.atlassian.jira.issue.search.providers.LuceneSearchProvider.search(LuceneSearchProvider.java:512)',
  'com.atlassian.jira.web.action.issue.ViewIssue.doExecute(ViewIssue.java:318)',
  'webwork.action.ActionSupport.execute(ActionSupport.java:165)',
  'org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)',
  'org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:202)',
  'org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)',
  'java.base/java.lang.Thread.run(Thread.java:840)',
];

export function makeDictionary(seed: number): Dictionary {
  const random = mulberry32(seed);
  const users: Dictionary['users'] = [];
  for (let i = 0; i < 400; i++) {
    const first = FIRST[i % FIRST.length] ?? 'anna';
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'fakedoe';
    const n = Math.floor(i / (FIRST.length * LAST.length));
    users.push({
      name: `${first[0]}${last}${n || ''}`,
      key: `JIRAUSER${10000 + i}`,
      displayName: `${first[0]?.toUpperCase()}${first.slice(1)} ${last[0]?.toUpperCase()}${last.slice(1)}${n ? ` ${n}` : ''}`,
      email: `${first}.${last}${n || ''}@globex-fake.example.test`,
    });
  }
  const hosts = Array.from({ length: 12 }, (_, i) => `jira-app${i}.int.globex-fake.example.test`);
  const ips = Array.from(
    { length: 1500 },
    () =>
      `10.${20 + Math.floor(random() * 8)}.${Math.floor(random() * 256)}.${1 + Math.floor(random() * 254)}`,
  );
  return { users, hosts, ips, org: 'Globex Fake Corporation' };
}

export async function generateLog(
  path: string,
  targetBytes: number,
  seed: number,
): Promise<number> {
  const dictionary = makeDictionary(seed);
  const random = mulberry32(seed ^ 0x5eed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const hex = (n: number) =>
    Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
  const b64 = (n: number) =>
    Array.from(
      { length: n },
      () =>
        'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 62)],
    ).join('');
  const start = Date.UTC(2024, 10, 18, 0, 0, 0);
  let clock = start;
  const stamp = () => {
    clock += Math.floor(random() * 40);
    const d = new Date(clock);
    const ms = String(d.getUTCMilliseconds()).padStart(3, '0');
    return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 19)},${ms}+0000`;
  };
  // A day of a busy instance: a few thousand sessions, each seen on many lines.
  const sessions = Array.from({ length: 2000 }, () => b64(7).toLowerCase());
  const issue = () => `${pick(PROJECTS)}-${1 + Math.floor(random() * 9000)}`;

  const request = (level: string, tail: string) => {
    const user = pick(dictionary.users).name;
    const path = pick(PATHS).replace('{KEY}', issue());
    const exec = 1 + Math.floor(random() * 200);
    const ips =
      random() < 0.3 ? `${pick(dictionary.ips)},${pick(dictionary.ips)}` : pick(dictionary.ips);
    const rid = `${Math.floor(random() * 1440)}x${Math.floor(random() * 999999)}x${1 + Math.floor(random() * 4)}`;
    return `${stamp()} http-nio-8080-exec-${exec} url: ${path}; user: ${user} ${level} ${user} ${rid} ${pick(sessions)} ${ips} ${path} [${pick(LOGGERS)}] ${tail.replaceAll('{USER}', user)}\n`;
  };
  const trace = () => {
    const frames = 6 + Math.floor(random() * 20);
    let text =
      'java.lang.NullPointerException: Cannot invoke "com.atlassian.jira.issue.Issue.getProjectObject()" because "issue" is null\n';
    for (let i = 0; i < frames; i++) text += `\tat ${pick(FRAMES)}\n`;
    return `${text}Caused by: org.postgresql.util.PSQLException: Connection to ${pick(dictionary.hosts)}:5432 refused.\n\t... ${frames} more\n`;
  };
  const line = (): string => {
    const r = random();
    if (r < 0.35) return request('INFO', `Request served in ${Math.floor(random() * 900)}ms`);
    if (r < 0.43)
      return request(
        'WARN',
        `Slow JQL query: 'project = ${pick(PROJECTS)} AND assignee = {USER} AND text ~ "budget ${hex(4)}"' took ${1000 + Math.floor(random() * 9000)}ms by '{USER}'`,
      );
    if (r < 0.48)
      return request(
        'ERROR',
        `{errorId=${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}, interpretedMsg=, cause=java.lang.NullPointerException}\n${trace()}`,
      );
    if (r < 0.63)
      return `${stamp()} Caesium-1-${1 + Math.floor(random() * 4)} INFO ServiceRunner     [c.a.j.issue.index.IssueIndexer] Indexed ${Math.floor(random() * 500)} issues in ${(random() * 20).toFixed(1)} s\n`;
    if (r < 0.67)
      return `${stamp()} Caesium-1-2 ERROR ServiceRunner     [c.a.mail.queue.MailQueueImpl] Error occurred in sending e-mail: To='${pick(dictionary.users).email}' Subject='[JIRA] (${issue()}) Export fails for ${dictionary.org}'\n`;
    if (r < 0.71)
      return request(
        'DEBUG',
        `Request headers: {Authorization=Bearer ${b64(44)}, Cookie=JSESSIONID=${hex(32).toUpperCase()}; seraph.rememberme.cookie=${10000 + Math.floor(random() * 400)}%3A${hex(32)}}`,
      );
    if (r < 0.73)
      return request(
        'WARN',
        `Rejected JWT token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${b64(80)}.${b64(43)}: signature mismatch`,
      );
    if (r < 0.75)
      return `${stamp()} Caesium-1-3 INFO ServiceRunner     [c.a.j.p.mail.handlers.AbstractMessageHandler] Connecting to imaps://${pick(dictionary.hosts)}:993 with user=${pick(dictionary.users).name} password=FAKE-${b64(12)}\n`;
    if (r < 0.8)
      return `${stamp()} ClusterMessageHandlerServiceThread:thread-1 WARN      [c.a.j.cluster.distribution.localq.LocalQCacheOpReader] Unable to deliver cache replication message to node jira-dc-node-0${1 + Math.floor(random() * 4)} at ${pick(dictionary.ips)}:40001 via ${pick(dictionary.hosts)}\n`;
    if (r < 0.88)
      return request(
        'INFO',
        `The user '{USER}' has PASSED authentication. Mail ${pick(dictionary.users).email}, key ${pick(dictionary.users).key}`,
      );
    return `${stamp()} JIRA-Bootstrap INFO      [c.a.p.manager.PluginEnabler] Enabled 'com.atlassian.jira.jira-issue-nav-plugin' version 9.12.4.1 in ${Math.floor(random() * 300)}ms, Java 17.0.9+9 on Apache Tomcat/9.0.82 with -Xmx2048m\n`;
  };

  const out = createWriteStream(path);
  let written = 0;
  while (written < targetBytes) {
    let batch = '';
    while (batch.length < 1 << 20 && written + batch.length < targetBytes) batch += line();
    written += batch.length; // ASCII only: characters are bytes
    if (!out.write(batch)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return written;
}
