/** Learn, then sweep: values learned from structured files disappear from every file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newRedactor } from './test-support/harness.ts';

const SERVER_INFO = JSON.stringify({
  baseUrl: 'https://jira.acme.example.test/jira',
  version: '9.12.4',
  serverTitle: 'Acme Widgets Jira',
});
const MYSELF = JSON.stringify({
  self: 'https://jira.acme.example.test/jira/rest/api/2/user?username=jsmith',
  key: 'JIRAUSER10412',
  name: 'jsmith',
  emailAddress: 'John.Smith@acme.example.test',
  displayName: 'John Smith',
});
const LICENSE = JSON.stringify({
  organizationName: 'Acme Widgets Ltd',
  serverId: 'B7XQ-2M4K-9PLC-T3ZA',
  supportEntitlementNumber: 'SEN-9876543',
  rawLicense: 'AAAB-FAKE',
});
const PROJECT = JSON.stringify({
  self: 'https://jira.acme.example.test/jira/rest/api/2/project/10000',
  key: 'WIDGET',
  name: 'Widget Factory',
  projectTypeKey: 'software',
});
const ISSUE = JSON.stringify({
  key: 'WIDGET-7',
  fields: {
    summary: 'Conveyor belt jams on Tuesdays',
    issuetype: { name: 'Bug' },
    description:
      'The belt stops when the night shift starts.\nSecond line of the description here.',
  },
});

const PLANTED = [
  'jsmith',
  'JSMITH',
  'JIRAUSER10412',
  'john.smith@acme.example.test',
  'John.Smith%40acme.example.test',
  'John Smith',
  'JOHN SMITH',
  'John+Smith',
  'John%20Smith',
  'jira.acme.example.test',
  'JIRA.ACME.EXAMPLE.TEST',
  'Acme Widgets Ltd',
  'acme widgets ltd',
  'Acme Widgets Jira',
  'B7XQ-2M4K-9PLC-T3ZA',
  'SEN-9876543',
  'Widget Factory',
  'WIDGET-7',
  'widget-12',
  'Conveyor belt jams on Tuesdays',
  'conveyor belt jams on tuesdays',
  'Second line of the description here.',
];

async function learnedRedactor() {
  const r = newRedactor();
  r.learn('jira/server-info.json', SERVER_INFO);
  r.learn('jira/myself.json', MYSELF);
  r.learn('jira/license.json', LICENSE);
  r.learn('jira/project.json', PROJECT);
  r.learn('jira/issue.json', ISSUE);
  return r;
}

test('values learned from REST JSON are swept from free text in any case and URL-encoded', async () => {
  const r = await learnedRedactor();
  const text = PLANTED.map((v, i) => `line ${i}: value <${v}> end`).join('\n');
  const out = await r.redactText('notes.txt', text);
  for (const v of PLANTED)
    assert.ok(!out.toLowerCase().includes(v.toLowerCase()), `left: ${v}\n${out}`);
  assert.equal(out.split('\n').length, PLANTED.length);
  const counts = r.report().files.find((f) => f.path === 'notes.txt')?.counts ?? {};
  assert.ok(
    (counts['learned-user'] ?? 0) >= 2 && (counts['issue-text'] ?? 0) >= 3,
    JSON.stringify(counts),
  );
});

test('a learned value is never swept out of a longer word', async () => {
  const r = newRedactor();
  r.learnValue('user', 'jdoe');
  r.learnValue('name', 'Anna');
  const out = await r.redactText('x.log', 'jdoe jdoes xjdoe jdoe. Annabel anna');
  const token = await r.pseudonym('user', 'jdoe');
  const anna = await r.pseudonym('name', 'Anna');
  assert.equal(out, `${token} jdoes xjdoe ${token}. Annabel ${anna}`);
});

test('generic accounts and product words are not swept (paths like /secure/admin/ stay)', async () => {
  const r = newRedactor();
  r.learnValue('user', 'admin');
  r.learnValue('org', 'Jira');
  const line = 'GET /secure/admin/ViewApplicationProperties.jspa Jira admin console';
  assert.equal(await r.redactText('x.log', line), line);
});

test('learning from XML, properties and YAML config', async () => {
  const r = newRedactor();
  r.learn(
    'dbconfig.xml',
    '<jira-database-config><jdbc-datasource><url>jdbc:postgresql://pgdb01.acme.example.test:5432/jiradb</url><username>jiradbuser</username></jdbc-datasource></jira-database-config>',
  );
  r.learn(
    'server.xml',
    '<Connector port="8080" proxyName="jira-prod-01.acme.example.test" proxyPort="443"/>',
  );
  r.learn(
    'crowd.properties',
    'crowd.server.url=https://crowd.internal.example.test/crowd\napplication.name=jira-app-acme\n',
  );
  r.learn('app.yaml', 'smtp:\n  host: mailrelay7.corp.example.test\n  username: svc-mailer\n');
  const out = await r.redactText(
    'catalina.out',
    'pgdb01.acme.example.test jiradbuser jira-prod-01 crowd.internal.example.test mailrelay7.corp.example.test svc-mailer',
  );
  for (const v of [
    'pgdb01',
    'jiradbuser',
    'jira-prod-01',
    'crowd.internal',
    'mailrelay7',
    'svc-mailer',
  ])
    assert.ok(!out.includes(v), `left: ${v} in ${out}`);
});

test('learning from JVM arguments and application properties', async () => {
  const r = newRedactor();
  r.learn(
    'setenv.sh',
    'JVM_SUPPORT_RECOMMENDED_ARGS="-Dhttp.proxyHost=proxy01.acme.example.test -Dhttp.proxyUser=svc_proxy"',
  );
  r.learn(
    'app-properties.json',
    JSON.stringify([
      { id: 'jira.title', key: 'jira.title', value: 'Acme Widgets Jira', name: 'Title' },
    ]),
  );
  const out = await r.redactText(
    'catalina.out',
    'proxy proxy01.acme.example.test as svc_proxy for Acme Widgets Jira',
  );
  for (const v of ['proxy01', 'svc_proxy', 'Acme Widgets'])
    assert.ok(!out.includes(v), `left: ${v} in ${out}`);
});

test('learning from log user columns', async () => {
  const r = newRedactor();
  r.learn(
    'atlassian-jira.log',
    '2024-01-15 10:23:45,123+0000 http-nio-8080-exec-1 url: /x; user: kpatel INFO kpatel 1x2x3 abcd 10.0.0.1 /x [c.a.X] hi',
  );
  const out = await r.redactText('notes.txt', 'kpatel reported it');
  assert.equal(out, `${await r.pseudonym('user', 'kpatel')} reported it`);
});

test("a log's user column teaches its users: later mentions in messages, SQL and URLs go too", async () => {
  const r = newRedactor();
  const log = [
    '2024-11-18 09:10:11,223+0000 http-nio-8080-exec-12 url: /x; user: j.fakeperson INFO j.fakeperson 550x1x1 1abcfake 10.0.0.7 /x [c.a.j.X] Dashboard rendered for j.fakeperson in 212 ms',
    `2024-11-18 09:10:12,001+0000 Caesium-1-3 DEBUG ServiceRunner [c.a.j.ofbiz.LoggingSQLInterceptor] 2ms "INSERT INTO jiraissue (ID, ASSIGNEE) VALUES ('10017', 'j.fakeperson')"`,
    '2024-11-18 09:10:13,001+0000 Caesium-1-3 INFO ServiceRunner [c.a.j.X] GET /secure/ViewProfile.jspa?name=zo%C3%AB.fake',
    '2024-11-18 09:10:14,003+0000 http-nio-8080-exec-2 url: /y; user: zoë.fake INFO zoë.fake 553x4x1 3cdefake 10.0.0.8 /y [c.a.j.X] viewed by zoë.fake',
  ].join('\n');
  const out = await r.redactText('atlassian-jira.log', log);
  assert.ok(!/j\.fakeperson/i.test(out), out);
  assert.equal(out.split(await r.pseudonym('user', 'j.fakeperson')).length - 1, 4, out);
  // The block is learned before it is redacted: the URL-encoded mention above the column goes too.
  assert.equal(out.split(await r.pseudonym('user', 'zoë.fake')).length - 1, 4, out);
  // Learned in one file, swept from the next.
  const later = await r.redactText('catalina.out', 'Session of zo%C3%AB.fake expired');
  assert.ok(!later.includes('zo%C3%AB.fake'), later);
  // Anonymous and generic accounts are not learned.
  const generic = await r.redactText(
    'b.log',
    'x url: /z; user: admin INFO admin 1x1x1 - 10.0.0.9 /z [c.a.X] admin and anonymous',
  );
  assert.ok(generic.includes('admin and anonymous'), generic);
});

test('learning from config: DOMAIN\\user accounts, Kubernetes name/value pairs, home folders, \\u escapes', async () => {
  const r = newRedactor();
  r.learn(
    'dbconfig.xml',
    '<jdbc-datasource><username>CORP\\zfakeuser</username></jdbc-datasource>',
  );
  r.learn(
    'values.yaml',
    'env:\n  - name: ATL_JDBC_USER\n    value: jira_helm_fake\n  - name: JVM_MINIMUM_MEMORY\n    value: 2048m\n',
  );
  r.learn('docker-compose.yml', 'volumes:\n  - /home/m.fakeowner/data:/var/atlassian\n');
  r.learn('jira-config.properties', 'jira.title=M\\u00fcller Fake Werke\n');
  const out = await r.redactText(
    'notes.txt',
    'owner zfakeuser; db user jira_helm_fake; maintained by m.fakeowner; Müller Fake Werke; Willkommen bei M\\u00FCller Fake Werke',
  );
  for (const v of ['zfakeuser', 'jira_helm_fake', 'm.fakeowner', 'Müller', 'M\\u00FCller'])
    assert.ok(!out.includes(v), `left: ${v} in ${out}`);
  // A value that is not a user (a heap size) is not learned.
  assert.ok(out.startsWith('owner user-'), out);
  assert.ok((await r.redactText('x.txt', 'JVM 2048m')) === 'JVM 2048m');
});

test("Jira's title is learned as the organisation from REST, XML and pages, and swept everywhere", async () => {
  const r = newRedactor();
  r.learn(
    'rest/application-properties.json',
    JSON.stringify([{ id: 'jira.title', value: 'Initech Fake GmbH Jira' }]),
  );
  r.learn(
    'application-properties/application.xml',
    '<properties><entry key="jira.title">Globex Fake &amp; Co Jira</entry></properties>',
  );
  r.learn(
    'browser.har',
    JSON.stringify({
      log: {
        pages: [{ title: 'Edit user - Umbrella Fake Jira' }],
        entries: [
          {
            response: {
              content: {
                text: '<html><head><meta name="ajs-app-title" content="Umbrella Fake Jira"></head></html>',
              },
            },
          },
        ],
      },
    }),
  );
  const text = [
    '2024-11-18 09:00:01,123+0100 main INFO [c.a.jira.startup.JiraStartupLogger]     jira.title        : Initech Fake GmbH Jira',
    '<title>Edit user - Globex Fake &amp; Co Jira</title>',
    '<meta name="ajs-app-title" content="Umbrella Fake Jira">',
  ].join('\n');
  const out = await r.redactText('atlassian-jira.log', text);
  for (const v of ['Initech', 'Globex', 'Umbrella'])
    assert.ok(!out.includes(v), `left: ${v} in ${out}`);
  assert.ok(out.includes(await r.pseudonym('org', 'Initech Fake GmbH Jira')), out);
});

test('generic titles are not learned: product names stay readable', async () => {
  const r = newRedactor();
  for (const title of ['Jira', 'JIRA', 'Jira Software', 'Jira Data Center'])
    r.learn('app.json', JSON.stringify([{ id: 'jira.title', value: title }]));
  const line = 'Welcome to Jira Software (JIRA, Jira Data Center) jira.title : Jira';
  assert.equal(await r.redactText('x.log', line), line);
});

test('group names are learned from REST and XML and swept; built-in groups stay', async () => {
  const r = newRedactor();
  r.learn(
    'rest/myself.json',
    JSON.stringify({
      self: 'https://jira.example-fake.test/rest/api/2/user?username=jdoe-fake',
      name: 'jdoe-fake',
      groups: {
        size: 2,
        items: [
          {
            name: 'jira-fake-hr-confidential',
            self: 'https://jira.example-fake.test/rest/api/2/group?groupname=jira-fake-hr-confidential',
          },
          {
            name: 'jira-software-users',
            self: 'https://jira.example-fake.test/rest/api/2/group?groupname=jira-software-users',
          },
        ],
      },
    }),
  );
  r.learn('application.xml', '<groups><group-name>Acme Fake Payroll Admins</group-name></groups>');
  const out = await r.redactText(
    'notes.txt',
    'members of jira-fake-hr-confidential and Acme+Fake+Payroll+Admins; jira-software-users',
  );
  const hr = await r.pseudonym('group', 'jira-fake-hr-confidential');
  assert.ok(hr.startsWith('group-'), hr);
  assert.equal(
    out,
    `members of ${hr} and ${await r.pseudonym('group', 'Acme Fake Payroll Admins')}; jira-software-users`,
  );
  // The REST answer itself: the customer's group goes, Jira's own stays.
  const rest = await r.redactText(
    'rest/group.json',
    JSON.stringify({
      groups: [
        { name: 'jira-fake-hr-confidential', html: 'x', labels: [] },
        { name: 'jira-administrators', html: 'y', labels: [] },
      ],
    }),
  );
  assert.ok(
    !rest.includes('jira-fake-hr-confidential') && rest.includes('jira-administrators'),
    rest,
  );
});
