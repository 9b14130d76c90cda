import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskJql } from './helpers/jql.ts';
import { creditCard } from './credit-card.ts';
import { issueKey } from './issue-key.ts';
import { jql } from './jql.ts';
import { mailLog } from './mail-log.ts';
import { serverId } from './server-id.ts';
import { runRule } from '../test-support/harness.ts';

test('JQL keeps fields, operators, functions and dates; literal values go', () => {
  const masked = maskJql(
    'project = ACME AND assignee in (jsmith, "Jane Doe") AND summary ~ "printer fire" AND created >= -7d AND reporter = currentUser() ORDER BY priority DESC',
    () => undefined,
  );
  assert.equal(
    masked,
    'project = "[REDACTED:jql]" AND assignee in ("[REDACTED:jql]", "[REDACTED:jql]") AND summary ~ "[REDACTED:jql]" AND created >= -7d AND reporter = currentUser() ORDER BY priority DESC',
  );
  assert.equal(
    maskJql('status is EMPTY', () => undefined),
    'status is EMPTY',
  );
  assert.equal(
    runRule(jql, '"jql":"project = \\"ACME\\" AND text ~ secret"', 'json').out,
    '"jql":"project = \\"[REDACTED:jql]\\" AND text ~ \\"[REDACTED:jql]\\""',
  );
  assert.equal(
    runRule(jql, 'Executing JQL query: assignee = jdoe').out,
    'Executing JQL query: assignee = "[REDACTED:jql]"',
  );
});

test('project keys in issue links and fields; the issue number stays', () => {
  assert.equal(
    runRule(issueKey, 'GET /rest/api/2/issue/ACME-123 and /browse/OPS-7').out,
    'GET /rest/api/2/issue/⟨project#ACME⟩-123 and /browse/⟨project#OPS⟩-7',
  );
  assert.equal(runRule(issueKey, '"issueKey":"HR-9"').out, '"issueKey":"⟨project#HR⟩-9"');
  assert.equal(
    runRule(issueKey, '/rest/api/2/issue/createmeta').out,
    '/rest/api/2/issue/createmeta',
  );
});

test('Server IDs and SENs are pseudonymised; UUIDs, dates and plugin keys stay', () => {
  assert.equal(
    runRule(serverId, 'Server ID: B7XQ-2M4K-9PLC-T3ZA').out,
    'Server ID: ⟨serverid#B7XQ-2M4K-9PLC-T3ZA⟩',
  );
  assert.equal(
    runRule(serverId, 'server id SEN-1234567 and sen-L7654321').out,
    'server id ⟨sen#SEN-1234567⟩ and ⟨sen#SEN-L7654321⟩',
  );
  const keep = [
    'server id 9b1f2e3c-4d5a-6b7c-8d9e-0f1a2b3c4d5e',
    'server id 2024-01-15',
    'server id ABCD-EFGH-IJKL-MNOP',
    'sender',
  ];
  for (const line of keep) assert.equal(runRule(serverId, line).out, line, line);
});

test('project keys after selectedIssue= and pid= go even with no other issue-key label in the block', () => {
  assert.equal(
    runRule(issueKey, 'GET /secure/RapidBoard.jspa?rapidView=12&selectedIssue=ACME-12 200').out,
    'GET /secure/RapidBoard.jspa?rapidView=12&selectedIssue=⟨project#ACME⟩-12 200',
  );
  assert.equal(
    runRule(issueKey, 'GET /secure/ShowConstantsHelp.jspa?pid=ACME&decorator=popup').out,
    'GET /secure/ShowConstantsHelp.jspa?pid=⟨project#ACME⟩&decorator=popup',
  );
  const run = runRule(
    issueKey,
    '/browse/ACME-1 ?issueKey=OPS-2 {"issue key": "HR-9"} /projects/FIN',
  );
  assert.equal(
    run.out,
    '/browse/⟨project#ACME⟩-1 ?issueKey=⟨project#OPS⟩-2 {"issue key": "⟨project#HR⟩-9"} /projects/⟨project#FIN⟩',
  );
  // `?issueKey=` is both a parameter and a label: one key, one hit.
  assert.deepEqual(run.hits, { 'project-key': 4 });
  assert.equal(runRule(issueKey, 'Issue_Key: ACME-3').out, 'Issue_Key: ACME-3');
});

test('JQL parameters are found in any case, and a jql= inside a value belongs to that value', () => {
  assert.equal(
    runRule(jql, 'GET /issues/?jql=assignee%3Djdoe&JQL=project+%3D+X').out,
    'GET /issues/?jql=assignee%3D%22%5BREDACTED%3Ajql%5D%22&JQL=project%20%3D%20%22%5BREDACTED%3Ajql%5D%22',
  );
  const run = runRule(jql, 'GET /issues/?jql=status=open;jql=reporter=bob');
  assert.equal(
    run.out,
    'GET /issues/?jql=status%3D%22%5BREDACTED%3Ajql%5D%22%3D%22%5BREDACTED%3Ajql%5D%22%3D%22%5BREDACTED%3Ajql%5D%22',
  );
  assert.deepEqual(run.hits, { jql: 3 });
  assert.equal(runRule(jql, 'see /docs/jql=x and xjql=y').out, 'see /docs/jql=x and xjql=y');
});

test('JQL functions are told by the ( that follows, across spaces and a lone !', () => {
  assert.equal(
    maskJql(
      'assignee = currentUser () AND reporter = membersOf !("x") AND a != b',
      () => undefined,
    ),
    'assignee = currentUser () AND reporter = membersOf !("[REDACTED:jql]") AND a != "[REDACTED:jql]"',
  );
});

test('mail subjects in headers on any line start, after LF or CRLF', () => {
  const run = runRule(
    mailLog,
    'Subject: Printer on fire\nsubject: again\r\nSUBJECT: third\nx Subject: kept',
  );
  assert.equal(
    run.out,
    'Subject: [REDACTED:mail-subject]\nsubject: [REDACTED:mail-subject]\r\nSUBJECT: [REDACTED:mail-subject]\nx Subject: kept',
  );
  assert.deepEqual(run.hits, { 'mail-subject': 3 });
  assert.equal(
    runRule(mailLog, 'line\nSubject: Quarterly numbers\nsubject line').out,
    'line\nSubject: [REDACTED:mail-subject]\nsubject line',
  );
  assert.equal(
    runRule(mailLog, "Subject='[JIRA] x' FromName='Jane Roe' To='a@b'").out,
    "Subject='[REDACTED:mail-subject]' FromName='⟨name#Jane Roe⟩' To='a@b'",
  );
});

test('card numbers glued to a word, a path or more digits stay', () => {
  assert.equal(
    runRule(creditCard, 'x4111111111111111 4111-1111-1111-1111 /4111111111111111 1705314225123')
      .out,
    'x4111111111111111 [REDACTED:credit-card] /4111111111111111 1705314225123',
  );
  assert.equal(
    runRule(creditCard, 'first 4111111111111111, then 5555 5555 5555 4444').out,
    'first [REDACTED:credit-card], then [REDACTED:credit-card]',
  );
});
