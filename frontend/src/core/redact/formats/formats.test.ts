/** A redacted structured file still parses as its format, and its secrets are gone. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { redact } from '../test-support/harness.ts';

test('JSON: parses, keeps its indentation, removes by key and pseudonymises user fields', async () => {
  const input = JSON.stringify(
    {
      self: 'https://jira.acme.example.test/rest/api/2/user?username=jsmith',
      name: 'jsmith',
      key: 'JIRAUSER10412',
      emailAddress: 'jsmith@acme.example.test',
      displayName: 'John Smith',
      password: 'FAKEpw',
      pin: 1234,
      licence: { rawLicense: 'AAABFAKE', organizationName: 'Acme Widgets Ltd' },
      issue: { fields: { summary: 'FAKE summary text', issuetype: { name: 'Bug' } } },
      jql: 'assignee = jsmith',
      version: '9.12.4',
    },
    null,
    2,
  );
  const out = await redact('jira/myself.json', `${input}\n`);
  const data = JSON.parse(out) as Record<string, unknown>;
  assert.ok(out.startsWith('{\n  "self"') && out.endsWith('}\n'), 'indentation and newline kept');
  assert.equal(data.password, '[REDACTED:password]');
  assert.match(String(data.name), /^user-[0-9a-f]{8}$/);
  assert.match(String(data.key), /^userkey-[0-9a-f]{8}$/);
  assert.match(String(data.displayName), /^name-[0-9a-f]{8}$/);
  assert.equal(data.version, '9.12.4');
  assert.equal(data.jql, 'assignee = "[REDACTED:jql]"');
  for (const v of ['jsmith', 'JIRAUSER10412', 'John Smith', 'FAKE', 'Acme Widgets', 'jira.acme'])
    assert.ok(!out.includes(v), v);
});

test('HAR: headers, cookies and query strings by name; still JSON', async () => {
  const har = {
    log: {
      entries: [
        {
          request: {
            url: 'https://jira.acme.example.test/rest/api/2/search?jql=project%3DACME&os_username=jsmith',
            headers: [
              { name: 'Authorization', value: 'Bearer FAKEFAKEFAKEFAKEtoken0123' },
              { name: 'Cookie', value: 'JSESSIONID=FAKE1; atlassian.xsrf.token=FAKE2' },
              { name: 'X-AUSERNAME', value: 'jsmith' },
            ],
            cookies: [{ name: 'JSESSIONID', value: 'FAKE1' }],
            queryString: [{ name: 'os_password', value: 'FAKE3' }],
            postData: {
              mimeType: 'application/x-www-form-urlencoded',
              text: 'os_username=jsmith&os_password=FAKE4',
            },
          },
          response: {
            status: 200,
            content: {
              text: '{"name":"jsmith","emailAddress":"jsmith@acme.example.test","displayName":"J S"}',
            },
          },
        },
      ],
    },
  };
  const out = await redact('browser/session.har', JSON.stringify(har));
  const data = JSON.parse(out) as typeof har;
  const headers = data.log.entries[0]?.request.headers ?? [];
  assert.equal(headers[0]?.value, 'Bearer [REDACTED:authorization]');
  assert.equal(
    headers[1]?.value,
    'JSESSIONID=[REDACTED:cookie]; atlassian.xsrf.token=[REDACTED:cookie]',
  );
  for (const v of ['FAKE', 'jsmith', 'jira.acme']) assert.ok(!out.includes(v), `${v} in ${out}`);
});

test('XML (dbconfig, server.xml, seraph): valid XML, secrets gone, structure kept', async () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<jira-database-config>
  <database-type>postgres72</database-type>
  <jdbc-datasource>
    <url>jdbc:postgresql://pgdb01.acme.example.test:5432/jiradb?ssl=true&amp;password=FAKEurl</url>
    <username>jiradbuser</username>
    <password>FAKE&amp;pw</password>
    <pool-max-size>20</pool-max-size>
  </jdbc-datasource>
  <Connector port="8443" keystorePass="FAKEks" proxyName="jira.acme.example.test"/>
  <init-param>
    <param-name>ldap.password</param-name>
    <param-value>FAKEldap</param-value>
  </init-param>
</jira-database-config>
`;
  const out = await redact('dbconfig.xml', xml);
  assert.equal(XMLValidator.validate(out), true);
  assert.ok(
    out.includes('<database-type>postgres72</database-type>') &&
      out.includes('<pool-max-size>20</pool-max-size>'),
  );
  for (const v of ['FAKE', 'pgdb01', 'jiradbuser', 'jira.acme'])
    assert.ok(!out.includes(v), `${v} in ${out}`);
});

test('YAML: still YAML with the same keys; markers are quoted where needed', async () => {
  const yml = `database:
  url: jdbc:postgresql://pgdb01.acme.example.test/jira
  password: FAKEpw
  token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsig
  secret: |
    FAKE-line-1
    FAKE-line-2
  pool: 20
admins:
  - jsmith@acme.example.test
`;
  const out = await redact('config/app.yml', yml);
  const data = parseYaml(out) as { database: Record<string, unknown>; admins: string[] };
  assert.deepEqual(Object.keys(data.database), ['url', 'password', 'token', 'secret', 'pool']);
  assert.equal(data.database.password, '[REDACTED:password]');
  assert.equal(data.database.secret, '[REDACTED:secret-token]');
  assert.equal(data.database.pool, 20);
  assert.match(data.admins[0] ?? '', /^email-/);
  assert.ok(!out.includes('FAKE'));
});

test('YAML: a secret inside a scalar (URL, JVM argument, env entry, block) gets no quotes of its own', async () => {
  const yml = `x-env: &env
  ATL_JDBC_URL: "jdbc:mysql://db:3306/jira?user=root&password=FAKEurl"
  JVM_SUPPORT_RECOMMENDED_ARGS: >-
    -Djavax.net.ssl.trustStorePassword=FAKEfolded
    -Dx=1
services:
  db:
    environment:
      <<: *env
      list:
        - MYSQL_ROOT_PASSWORD=FAKEroot
        - "MYSQL_PASSWORD=FAKEapp"
        - '-Dhttp.proxyPassword=FAKEproxy'
sso: |
  client.secret=FAKEblock
`;
  const out = await redact('docker-compose.yml', yml);
  assert.ok(!out.includes('FAKE'), out);
  const data = parseYaml(out) as {
    'x-env': Record<string, string>;
    services: { db: { environment: { list: string[] } } };
    sso: string;
  };
  assert.equal(
    data['x-env'].JVM_SUPPORT_RECOMMENDED_ARGS,
    '-Djavax.net.ssl.trustStorePassword=[REDACTED:password] -Dx=1',
  );
  assert.deepEqual(data.services.db.environment.list, [
    'MYSQL_ROOT_PASSWORD=[REDACTED:password]',
    'MYSQL_PASSWORD=[REDACTED:password]',
    '-Dhttp.proxyPassword=[REDACTED:password]',
  ]);
  assert.match(data['x-env'].ATL_JDBC_URL ?? '', /&password=\[REDACTED:[\w-]+\]$/);
  assert.equal(data.sso, 'client.secret=[REDACTED:secret-token]\n');
});

test('properties and JVM argument lists', async () => {
  const props =
    'jira.home=/var/atlassian/application-data/jira\njdbc.password = FAKE with spaces\ncrowd.server.url=https://crowd.acme.example.test/crowd\n';
  const out = await redact('config/jira-config.properties', props);
  assert.equal(
    out,
    'jira.home=/var/atlassian/application-data/jira\njdbc.password = [REDACTED:password]\ncrowd.server.url=https://' +
      out.split('https://')[1],
  );
  assert.ok(!out.includes('crowd.acme'));
  const args =
    '-Xmx4096m -Dcom.sun.management.jmxremote.password.file=/opt/jmx.pw -Djavax.net.ssl.keyStorePassword=FAKEks -Datlassian.plugins.enable.wait=300 -Duser.name=jsmith';
  const jvm = await redact('jvm-arguments.txt', args);
  assert.ok(
    jvm.startsWith(
      '-Xmx4096m -Dcom.sun.management.jmxremote.password.file=/opt/jmx.pw -Djavax.net.ssl.keyStorePassword=[REDACTED:password] -Datlassian.plugins.enable.wait=300 -Duser.name=user-',
    ),
    jvm,
  );
});

test('JSON issues: custom fields, changelog strings, worklog comments and file names go', async () => {
  const issue = {
    key: 'ACME-42',
    self: 'https://jira.acme.example.test/rest/api/2/issue/48211',
    fields: {
      summary: 'FAKE summary text',
      issuetype: { name: 'Bug' },
      customfield_10500: {
        self: 'https://x/rest/api/2/customFieldOption/10610',
        value: 'Team FAKE',
        id: '10610',
      },
      customfield_10501: 'Customer contact: FAKE Corp, call Bob',
      customfield_10505: {
        value: 'FAKE parent',
        id: '10610',
        child: { value: 'FAKE child', id: '10612' },
      },
      customfield_10600: 3.5,
      customfield_10601: '2024-03-15',
      attachment: [
        {
          id: '31001',
          filename: 'FAKE-salaries-2024.xlsx',
          size: 48213,
          mimeType: 'text/csv',
          content: 'https://x/secure/attachment/31001/FAKE-salaries-2024.xlsx',
        },
      ],
      worklog: {
        worklogs: [
          { comment: 'Called FAKE about the file', timeSpent: '2h', timeSpentSeconds: 7200 },
        ],
      },
    },
    changelog: {
      histories: [
        {
          items: [
            {
              field: 'status',
              fieldtype: 'jira',
              from: '1',
              fromString: 'Open',
              to: '3',
              toString: 'In Progress',
            },
            {
              field: 'summary',
              fieldtype: 'jira',
              from: null,
              fromString: 'FAKE old summary',
              to: null,
              toString: 'FAKE new summary',
            },
            {
              field: 'assignee',
              fieldtype: 'jira',
              from: 'afake',
              fromString: 'Anna FAKE',
              to: 'JIRAUSER10101',
              toString: 'Jan FAKE',
            },
          ],
        },
      ],
    },
    names: { customfield_10500: 'Team' },
    schema: {
      customfield_10500: {
        type: 'option',
        custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select',
      },
    },
  };
  const out = await redact('rest/issue.json', JSON.stringify(issue, null, 2));
  const data = JSON.parse(out) as typeof issue;
  const f = data.fields;
  assert.equal(f.customfield_10500.value, '[REDACTED:issue-text]');
  assert.equal(f.customfield_10500.id, '10610');
  assert.equal(f.customfield_10505.child.value, '[REDACTED:issue-text]');
  assert.equal(f.customfield_10600, 3.5);
  assert.equal(f.customfield_10601, '2024-03-15', 'dates and numbers stay');
  assert.equal(f.attachment[0]?.size, 48213);
  assert.equal(f.attachment[0]?.mimeType, 'text/csv');
  const [status, , assignee] = data.changelog.histories[0]?.items ?? [];
  assert.deepEqual([status?.fromString, status?.toString], ['Open', 'In Progress']);
  assert.match(String(assignee?.toString), /^name-[0-9a-f]{8}$/);
  assert.match(String(assignee?.from), /^user-[0-9a-f]{8}$/);
  assert.equal(data.names.customfield_10500, 'Team', 'field names are not content');
  assert.equal(data.schema.customfield_10500.type, 'option');
  for (const v of ['FAKE', 'Bob', 'afake', 'JIRAUSER10101'])
    assert.ok(!out.includes(v), `${v} in ${out}`);
});

test("JSON: a project's other keys, its description and a webhook's JQL filter go", async () => {
  const out = await redact(
    'rest/project.json',
    JSON.stringify({
      key: 'ACME',
      name: 'FAKE Project',
      description: 'Migration for FAKE Corp',
      projectTypeKey: 'software',
      projectKeys: ['ACME', 'OLDFAKE'],
      webhook: {
        filters: { 'issue-related-events-section': 'project = ACME AND text ~ "FAKE words"' },
      },
    }),
  );
  assert.ok(out.includes('"projectTypeKey":"software"'));
  assert.ok(out.includes('AND text ~ \\"[REDACTED:jql]\\"'), out);
  for (const v of ['FAKE', 'ACME']) assert.ok(!out.includes(v), `${v} in ${out}`);
});

test('HAR: base64 response content is redacted as the text it encodes; binary stays', async () => {
  const toBase64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
  const body =
    '{"name":"afake","displayName":"Zoë FAKE","emailAddress":"zoe@acme-fake.example.test"}';
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString(
    'base64',
  );
  const har = {
    log: {
      entries: [
        {
          response: {
            content: { mimeType: 'application/json', encoding: 'base64', text: toBase64(body) },
          },
        },
        { response: { content: { mimeType: 'image/png', encoding: 'base64', text: png } } },
      ],
    },
  };
  const out = await redact('browser/session.har', JSON.stringify(har));
  const data = JSON.parse(out) as typeof har;
  const [json, image] = data.log.entries.map((e) => e.response.content);
  assert.equal(json?.encoding, 'base64', 'still base64, as the HAR says');
  const decoded = JSON.parse(Buffer.from(json?.text ?? '', 'base64').toString('utf8')) as Record<
    string,
    string
  >;
  assert.match(String(decoded.name), /^user-[0-9a-f]{8}$/);
  assert.match(String(decoded.displayName), /^name-[0-9a-f]{8}$/);
  assert.equal(image?.text, png);
  assert.ok(
    !Buffer.from(json?.text ?? '', 'base64')
      .toString('utf8')
      .includes('FAKE'),
  );
  // A value no structure names (found by a text rule, met here first) is filled in too.
  const log = await redact(
    'browser/log.har',
    JSON.stringify({
      content: { encoding: 'base64', text: toBase64('connect to 10.1.2.3 failed') },
    }),
  );
  const text = Buffer.from(
    (JSON.parse(log) as { content: { text: string } }).content.text,
    'base64',
  );
  assert.match(text.toString('utf8'), /^connect to 10\.\d+\.\d+\.\d+ failed$/);
  assert.ok(!text.toString('utf8').includes('10.1.2.3'));
});
