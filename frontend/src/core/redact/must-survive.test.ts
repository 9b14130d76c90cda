/**
 * What support needs must survive redaction: the diagnostic markers of REDACTION.md, run
 * through the whole redactor (every rule, in order) on log and config text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from './test-support/harness.ts';

const MARKERS = [
  '2024-01-15 10:23:45,123+0000',
  'ERROR',
  'WARN',
  'http-nio-8080-exec-5',
  'Caesium-1-3',
  '[c.a.j.issue.managers.DefaultIssueManager]',
  'at com.atlassian.jira.issue.managers.DefaultIssueManager.getIssueObject(DefaultIssueManager.java:212)',
  'com.atlassian.jira.plugins.jira-development-integration-plugin:devsummary-9b1f2e3c-4d5a-6b7c-8d9e-0f1a2b3c4d5e',
  'com.vilisoft.jira.supportbundle',
  'Jira version 9.12.4',
  'build 912004',
  'Jira 9.12.4.1',
  'Tomcat/9.0.85',
  'Java 17.0.10',
  '0x00007f3a2c00b800',
  '127.0.0.1',
  'took 1234 ms',
  'PT30S',
  '-Xmx4096m',
  '-Xms2048m',
  '-XX:+UseG1GC',
  '-XX:MaxMetaspaceSize=512m',
  'java.lang.NullPointerException: Cannot invoke "Object.toString()"',
  '/rest/api/2/serverInfo',
  'postgres72',
  'node1',
  'ACTIVE',
  'JiraHealthCheck',
  'isHealthy=false',
  'https://confluence.atlassian.com/jirakb/x.html',
  'localhost',
  '::1',
];

const LOG = `2024-01-15 10:23:45,123+0000 http-nio-8080-exec-5 url: /rest/api/2/serverInfo; user: jsmith ERROR jsmith 623x1x1 1abc2de 10.0.0.5,127.0.0.1 /rest/api/2/serverInfo [c.a.j.issue.managers.DefaultIssueManager] java.lang.NullPointerException: Cannot invoke "Object.toString()"
\tat com.atlassian.jira.issue.managers.DefaultIssueManager.getIssueObject(DefaultIssueManager.java:212)
2024-01-15 10:23:46,001+0000 JIRA-Bootstrap WARN      [c.a.jira.startup.JiraStartupLogger] Jira version 9.12.4 build 912004 (Jira 9.12.4.1) on Tomcat/9.0.85 Java 17.0.10 took 1234 ms PT30S
2024-01-15 10:23:47,002+0000 Caesium-1-3 INFO ServiceRunner [c.a.plugin.manager.DefaultPluginManager] Plugin com.atlassian.jira.plugins.jira-development-integration-plugin:devsummary-9b1f2e3c-4d5a-6b7c-8d9e-0f1a2b3c4d5e and com.vilisoft.jira.supportbundle enabled; thread 0x00007f3a2c00b800
2024-01-15 10:23:48,003+0000 localq-reader-2 INFO [c.a.j.cluster] node1 ACTIVE database postgres72 JiraHealthCheck isHealthy=false see https://confluence.atlassian.com/jirakb/x.html on localhost and ::1
JVM args: -Xmx4096m -Xms2048m -XX:+UseG1GC -XX:MaxMetaspaceSize=512m -Djavax.net.ssl.trustStorePassword=FAKEchangeit
`;

test('diagnostic markers survive the whole catalogue, identities and secrets do not', async () => {
  const out = await redact('atlassian-jira.log', LOG);
  for (const marker of MARKERS) assert.ok(out.includes(marker), `lost: ${marker}`);
  for (const gone of ['jsmith', '10.0.0.5', '1abc2de', 'FAKEchangeit'])
    assert.ok(!out.includes(gone), `kept: ${gone}`);
});
