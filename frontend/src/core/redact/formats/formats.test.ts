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
