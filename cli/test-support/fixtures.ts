/** Shared fixtures of the redact tests: fake secrets planted in a log and a dbconfig.xml. */
import assert from 'node:assert/strict';
import type { FileSet } from './run-cli.ts';

/** Fake values planted in the fixtures; none may survive redaction, in any letter case. */
export const PLANTED = [
  'FAKEpass-7731',
  'FAKEdbPass-991',
  'jira_svc_fake',
  'db-prod-7.corp.example.test',
  'jane.doe@example.test',
  '192.168.44.7',
  'FAKEtokenFAKEtoken1234567890',
  'FAKE0123456789ABCDEF0123',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsignatureFAKEsig',
];

export const LOG = [
  '2026-11-20 09:14:03,512+0000 http-nio-8080-exec-17 url: /rest/api/2/search; user: jdoe ERROR jdoe 554x1234x1 - 192.168.44.7 /rest/api/2/search [c.a.j.issue.managers.DefaultIssueManager] failed',
  '2026-11-20 09:14:04,001+0000 main INFO connecting jira_svc_fake@db-prod-7.corp.example.test password=FAKEpass-7731',
  '2026-11-20 09:14:05,000+0000 main WARN mail to jane.doe@example.test; Authorization: Bearer FAKEtokenFAKEtoken1234567890 Cookie: JSESSIONID=FAKE0123456789ABCDEF0123',
  '2026-11-20 09:14:06,000+0000 main INFO token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsignatureFAKEsig',
  '\tat com.atlassian.jira.issue.managers.DefaultIssueManager.getIssueObject(DefaultIssueManager.java:212)',
  '',
].join('\n');

export const DBCONFIG = `<?xml version="1.0" encoding="UTF-8"?>
<jira-database-config>
  <jdbc-datasource>
    <url>jdbc:postgresql://db-prod-7.corp.example.test:5432/jiradb</url>
    <username>jira_svc_fake</username>
    <password>FAKEdbPass-991</password>
  </jdbc-datasource>
</jira-database-config>
`;

export const FOLDER: FileSet = {
  'application-logs/atlassian-jira.log': LOG,
  'application-config/dbconfig.xml': DBCONFIG,
  'heap.hprof': new Uint8Array([0x4a, 0x41, 0x56, 0x41, 0x00, 0x01, 0x02]),
};

export function assertClean(text: string): void {
  const lower = text.toLowerCase();
  for (const value of PLANTED) {
    assert.ok(!lower.includes(value.toLowerCase()), `${value} is still there`);
  }
  assert.match(text, /\[REDACTED:password\]/, 'the redaction marker is missing');
}
