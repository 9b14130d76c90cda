import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskJql } from './helpers/jql.ts';
import { creditCard } from './credit-card.ts';
import { issueKey } from './issue-key.ts';
import { jql } from './jql.ts';
import { mailLog } from './mail-log.ts';
import { serverId } from './server-id.ts';
import { newRedactor, runRule } from '../test-support/harness.ts';

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

test('project keys after "issue", "ticket" or "key" in log messages; the issue number stays', () => {
  const caught: [string, string][] = [
    ['Indexing issue ACME-123', 'Indexing issue ⟨project#ACME⟩-123'],
    ['Issue ACME-123 not found', 'Issue ⟨project#ACME⟩-123 not found'],
    ['ISSUE #ACME-5 reindexed', 'ISSUE #⟨project#ACME⟩-5 reindexed'],
    ["Unable to find issue 'FAKEPRJ-17'", "Unable to find issue '⟨project#FAKEPRJ⟩-17'"],
    ['issue: ACME-123', 'issue: ⟨project#ACME⟩-123'],
    ['{"issue": "ACME-1"}', '{"issue": "⟨project#ACME⟩-1"}'],
    [
      'Reindexing issue with id 10001 and key ACME-123',
      'Reindexing issue with id 10001 and key ⟨project#ACME⟩-123',
    ],
    [
      'Sending notification for issue ACME-123 to 3 recipients',
      'Sending notification for issue ⟨project#ACME⟩-123 to 3 recipients',
    ],
    ['Mail handler created issue HRFAKE-12', 'Mail handler created issue ⟨project#HRFAKE⟩-12'],
    ['Ticket ACME-123 closed', 'Ticket ⟨project#ACME⟩-123 closed'],
    ['moved key=ACME-123', 'moved key=⟨project#ACME⟩-123'],
    ['Issue Key: ACME-1', 'Issue Key: ⟨project#ACME⟩-1'],
    ['Issue_9 key ACME_2-4', 'Issue_9 key ⟨project#ACME_2⟩-4'],
  ];
  for (const [line, expected] of caught) assert.equal(runRule(issueKey, line).out, expected, line);
});

test('every key of an issue list goes, quoted or not, passing over public tracker keys', () => {
  const run = runRule(issueKey, 'Bulk edit of issues [ACME-1, ACME-2, OPS-9] done');
  assert.equal(
    run.out,
    'Bulk edit of issues [⟨project#ACME⟩-1, ⟨project#ACME⟩-2, ⟨project#OPS⟩-9] done',
  );
  assert.deepEqual(run.hits, { 'project-key': 3 });
  assert.equal(
    runRule(issueKey, "issues: ['ACME-1', 'OPS-2']").out,
    "issues: ['⟨project#ACME⟩-1', '⟨project#OPS⟩-2']",
  );
  assert.equal(
    runRule(issueKey, 'linked issues ACME-1, JRASERVER-66730, OPS-3').out,
    'linked issues ⟨project#ACME⟩-1, JRASERVER-66730, ⟨project#OPS⟩-3',
  );
});

test('project keys in URL-encoded /browse/ links and after pkey = or project =', () => {
  assert.equal(
    runRule(issueKey, 'GET /login.jsp?os_destination=%2Fbrowse%2FFAKEPRJ-17&x=1').out,
    'GET /login.jsp?os_destination=%2Fbrowse%2F⟨project#FAKEPRJ⟩-17&x=1',
  );
  assert.equal(
    runRule(issueKey, 'returnUrl=%2fbrowse%2fFAKEPRJ%3Fpage%3D1').out,
    'returnUrl=%2fbrowse%2f⟨project#FAKEPRJ⟩%3Fpage%3D1',
  );
  assert.equal(
    runRule(issueKey, "select id from project where pkey = 'FAKEPRJ'").out,
    "select id from project where pkey = '⟨project#FAKEPRJ⟩'",
  );
  assert.equal(runRule(issueKey, "WHERE PKEY='HRFAKE'").out, "WHERE PKEY='⟨project#HRFAKE⟩'");
  assert.equal(
    runRule(issueKey, 'Filter 10200 query: project = FAKEPRJ AND status = Open').out,
    'Filter 10200 query: project = ⟨project#FAKEPRJ⟩ AND status = Open',
  );
  const keep = ['project = EMPTY', 'where project = 10000', 'subproject = ACME', 'pkey = x'];
  for (const line of keep) assert.equal(runRule(issueKey, line).out, line, line);
});

test('codes shaped like issue keys stay byte for byte, even after "issue" or "key"', () => {
  const keep = [
    'Encoding=UTF-8 charset ISO-8859-1',
    'issue UTF-8 encoding',
    'key SHA-256 digest, cipher AES-128',
    'key=SHA-256',
    'JSR-310 dates, see issue CVE-2021-44228',
    'key CVE-2021-44228',
    'issue: ORA-00942: table or view does not exist',
    'ticket TNS-12541: TNS:no listener',
    'issue PLS-00201: identifier must be declared',
    'see issue JRASERVER-66730 and JSWSERVER-1, JSDSERVER-1, CONFSERVER-1',
    'known issue JDK-8012345, issue HHH-1234, issue LOG4J2-3201, issue SPR-1, issue WFLY-1',
    'http-nio-8080-exec-1 Caesium-1-3 JIRA-Bootstrap localhost-startStop-1',
    'com.atlassian.jira.issue.IssueManager-1 c.a.j.issue.ACME-1',
    'Jira 9.12.4 on Java 17.0.9+9, build 2024-11-18',
    'Cluster node NODE-1 joined; node-1 is ACTIVE',
    'com.atlassian.troubleshooting.plugin-jira:issue-2',
    'issue 9b1f2e3c-4d5a-6b7c-8d9e-0f1a2b3c4d5e',
    'monkey ACME-1 reissue ACME-2 tissue ACME-3 subticket ACME-4',
    'Issue_Key: ACME-3',
    'issue ACME-0 and issue ACME-1-2',
  ];
  for (const line of keep) assert.equal(runRule(issueKey, line).out, line, line);
  // Issue context decides, not the letters: a cluster node id after "issue" is a key.
  assert.equal(runRule(issueKey, 'issue NODE-1').out, 'issue ⟨project#NODE⟩-1');
});

test('a key in prose gets the token its link has, and a token is never tokenised again', async () => {
  const redactor = newRedactor();
  const once = await redactor.redactText(
    'atlassian-jira.log',
    'Indexing issue FAKEPRJ-17 (/browse/FAKEPRJ-18) issues [FAKEPRJ-19]',
  );
  const token = await redactor.pseudonym('project', 'FAKEPRJ');
  assert.equal(once, `Indexing issue ${token}-17 (/browse/${token}-18) issues [${token}-19]`);
  assert.equal(await redactor.redactText('atlassian-jira.log', once), once);
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

const M = '"[REDACTED:jql]"';

test('slow-query lines: the JQL after a query label is masked, its shape and timing stay', () => {
  assert.equal(
    runRule(jql, `Slow JQL query: 'project = OPSX AND text ~ "budget fake"' took 8168ms`).out,
    `Slow JQL query: 'project = ${M} AND text ~ ${M}' took 8168ms`,
  );
  assert.equal(
    runRule(jql, `JQL query 'summary ~ "payroll fake" ORDER BY created' took 2000 ms`).out,
    `JQL query 'summary ~ ${M} ORDER BY created' took 2000 ms`,
  );
  // No `jql` in the block: the label alone finds it; Jira's clause braces stay.
  const braced = runRule(
    jql,
    'WARN query: {project = HRFAKE AND labels = confidential-fake} (3 ms)',
  );
  assert.equal(braced.out, `WARN query: {project = ${M} AND labels = ${M}} (3 ms)`);
  assert.deepEqual(braced.hits, { jql: 2 });
  assert.equal(
    runRule(jql, 'query=[assignee in (jfakeuser, "Fake Person")]').out,
    `query=[assignee in (${M}, ${M})]`,
  );
  // A quote inside a word stays inside the query.
  assert.equal(
    runRule(jql, `query 'summary ~ "o'fakerty payroll"' took 9 ms`).out,
    `query 'summary ~ ${M}' took 9 ms`,
  );
  assert.equal(
    runRule(jql, '{"query":"summary ~ \\"payroll fake\\""}').out,
    `{"query":"summary ~ \\${M.slice(0, -1)}\\""}`,
  );
});

test('LuceneSearchProvider: both the JQL and the Lucene query it produced are masked', () => {
  const line =
    "[c.a.j.issue.search.providers.LuceneSearchProvider] JQL query '{project = \"HRFAKE\"} AND {assignee = jfakeuser} order by created DESC' produced lucene query '+projid:10000 +issue_assignee:jfakeuser +summary:*payroll*' and took '2000' ms to run.";
  const run = runRule(jql, line);
  assert.equal(
    run.out,
    `[c.a.j.issue.search.providers.LuceneSearchProvider] JQL query '{project = ${M}} AND {assignee = ${M}} order by created DESC' produced lucene query '+projid:10000 +issue_assignee:${M} +summary:${M}' and took '2000' ms to run.`,
  );
  assert.deepEqual(run.hits, { jql: 4 });
});

test('Lucene queries: words, phrases and wildcards go; fields, ids and structure stay', () => {
  assert.equal(
    runRule(
      jql,
      'Slow Lucene query: +projid:10000 +(summary:payroll description:payroll) +labels:budget-cut-fake',
    ).out,
    `Slow Lucene query: +projid:10000 +(summary:${M} description:${M}) +labels:${M}`,
  );
  // A term with blanks prints unquoted: each word goes; a timing after it stays.
  assert.equal(
    runRule(jql, 'Slow Lucene query: +customfield_10010:initech fake gmbh took 2000 ms').out,
    `Slow Lucene query: +customfield_10010:${M} ${M} ${M} took 2000 ms`,
  );
  assert.equal(
    runRule(jql, 'lucene query: +issue_author:jfakeuser +lowerCaseUserName:"j.fakeperson"').out,
    `lucene query: +issue_author:${M} +lowerCaseUserName:${M}`,
  );
  assert.equal(
    runRule(
      jql,
      'BooleanQuery: +summary:*payroll* -status:6 +created:[1000 TO 2000] +(a:fake^2.0 b:fake~2)~1 ConstantScore(#projid:10000) *:*',
    ).out,
    `BooleanQuery: +summary:${M} -status:6 +created:[1000 TO 2000] +(a:${M}^2.0 b:${M}~2)~1 ConstantScore(#projid:10000) *:*`,
  );
  // Unlabelled, a quoted query reads as Lucene by its `field:value` clauses.
  assert.equal(
    runRule(jql, "query '+issue_author:jfakeuser -status:6'").out,
    `query '+issue_author:${M} -status:6'`,
  );
});

test('query labels: class names, stack frames, SQL and prose stay', () => {
  for (const kept of [
    '[c.a.j.jql.query.LuceneQueryBuilder] Unable to build query for clause',
    '\tat com.atlassian.jira.jql.query.LuceneQueryBuilder.createLuceneQuery(LuceneQueryBuilder.java:45)',
    "Executing query: 'SELECT * FROM jiraissue WHERE summary = 'fake''",
    'BooleanQuery: too many clauses (maxClauseCount is set to 65535)',
    'query: slow, see the index',
    'queryString: "project = FAKE"',
    'GET /rest/api/2/user/search?query=fakeuser&maxResults=50',
  ]) {
    const run = runRule(jql, kept);
    assert.equal(run.out, kept);
    assert.deepEqual(run.hits, {});
  }
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
