import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostname } from './hostname.ts';
import { ipv4 } from './ipv4.ts';
import { ipv6 } from './ipv6.ts';
import { mac } from './mac.ts';
import { url } from './url.ts';
import { runRule } from '../test-support/harness.ts';

test('URLs: credentials, hosts and sensitive query values', () => {
  assert.equal(
    runRule(
      url,
      'GET https://jsmith:FAKEpw@jira.acme.example.test:8443/jira/browse/X?os_password=FAKE&os_username=jdoe&jql=assignee%3Djdoe#c',
    ).out,
    'GET https://⟨user#jsmith⟩:[REDACTED:url-password]@⟨host#jira.acme.example.test⟩:8443/jira/browse/X?os_password=[REDACTED:url-query-secret]&os_username=⟨user#jdoe⟩&jql=assignee%3D%22%5BREDACTED%3Ajql%5D%22#c',
  );
  assert.equal(
    runRule(url, 'see http://10.0.0.5:8080/status).').out,
    'see http://⟨ip#10.0.0.5⟩:8080/status).',
  );
  assert.equal(runRule(url, 'ldap://[fe80::1]:389').out, 'ldap://[⟨ipv6#fe80::1⟩]:389');
  assert.equal(
    runRule(url, 'jdbc:postgresql://db01.acme.example.test:5432/jiradb').out,
    'jdbc:postgresql://⟨host#db01.acme.example.test⟩:5432/jiradb',
  );
  assert.equal(
    runRule(url, 'jdbc:oracle:thin:@oradb.example.test:1521:ORCL').out,
    'jdbc:oracle:thin:@⟨host#oradb.example.test⟩:1521:ORCL',
  );
  assert.equal(
    runRule(url, 'jdbc:sqlserver://sql01:1433;databaseName=jira;user=sa').out,
    'jdbc:sqlserver://⟨host#sql01⟩:1433;databaseName=jira;user=⟨user#sa⟩',
  );
  assert.equal(
    runRule(url, 'login?os_destination=https%3A%2F%2Fjira.acme.example.test%2Fbrowse').out,
    `login?os_destination=${encodeURIComponent('https://⟨host#jira.acme.example.test⟩/browse')}`,
  );
  const keep = [
    'https://marketplace.atlassian.com/apps/1',
    'http://localhost:8080/',
    'http://127.0.0.1/x',
    'xmlns="http://www.w3.org/2001/XMLSchema"',
    'https://vilisoft.com/docs',
  ];
  for (const line of keep) assert.equal(runRule(url, line).out, line, line);
});

test('host names in free text, not Java packages, files or vendor domains', () => {
  assert.equal(
    runRule(hostname, 'connect to db01.acme.example.test failed').out,
    'connect to ⟨host#db01.acme.example.test⟩ failed',
  );
  assert.equal(
    runRule(hostname, 'smtp host mail.acme.com:25').out,
    'smtp host ⟨host#mail.acme.com⟩:25',
  );
  assert.equal(
    runRule(hostname, 'node ip-10-0-0-5.ec2.internal and ip-10-0-0-6').out,
    'node ⟨host#ip-10-0-0-5.ec2.internal⟩ and ⟨host#ip-10-0-0-6⟩',
  );
  const keep = [
    'com.atlassian.jira.issue.managers.DefaultIssueManager',
    'org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)',
    'net.java.ao.EntityManager',
    'see setenv.sh and server.xml',
    'LOG.info and Foo.de',
    'https://confluence.atlassian.com/x and marketplace.atlassian.com',
    'moment.de.js',
    'jira.baseurl',
    'user@acme.com',
  ];
  for (const line of keep) assert.equal(runRule(hostname, line).out, line, line);
});

test('IPv4: pseudonymised; loopback, masks and versions stay', () => {
  assert.equal(
    runRule(ipv4, 'from 192.168.1.10, via 10.0.0.1-10.0.0.9.').out,
    'from ⟨ip#192.168.1.10⟩, via ⟨ip#10.0.0.1⟩-⟨ip#10.0.0.9⟩.',
  );
  assert.equal(runRule(ipv4, '"ip":"172.16.4.9"').out, '"ip":"⟨ip#172.16.4.9⟩"');
  const keep = [
    'Jira version 9.12.4.1 started',
    '"version":"9.12.4.1"',
    'atlassian-jira-software-9.12.4.1-x64.bin',
    '9.12.4.1-SNAPSHOT',
    'Chrome/105.0.0.0 Safari/537.36',
    // Tomcat 8.5 aligns its start-up banner: `Server number:` then blanks.
    'VersionLoggerListener.log Server number:         9.0.82.0',
    '127.0.0.1 and 0.0.0.0 and 255.255.255.0',
    '1.2.3.4.5',
    'dates 01.02.2024.1',
    'v1.2.3.4',
  ];
  for (const line of keep) assert.equal(runRule(ipv4, line).out, line, line);
});

test('IPv6 and colon MACs in one pass; loopback and times stay', () => {
  const { out, hits } = runRule(
    ipv6,
    'peer fe80::1ff:fe23:4567:890a%eth0 mac 00:1A:2B:3C:4D:5E and 2001:db8::8a2e:370:7334.',
  );
  assert.equal(
    out,
    'peer ⟨ipv6#fe80:0:0:0:1ff:fe23:4567:890a⟩%eth0 mac ⟨mac#00:1A:2B:3C:4D:5E⟩ and ⟨ipv6#2001:db8:0:0:0:8a2e:370:7334⟩.',
  );
  assert.deepEqual(hits, { ipv6: 2, mac: 1 });
  assert.equal(runRule(ipv6, '::ffff:10.0.0.5').out, '⟨ipv6#0:0:0:0:0:ffff:a00:5⟩');
  const keep = [
    '0:0:0:0:0:0:0:1',
    '::1',
    '[::]',
    '10:23:45,123',
    'String::valueOf',
    '00:00:00:00:00:00',
    'thread 0x00007f3a2c00b800',
    'a:b:c',
  ];
  for (const line of keep) assert.equal(runRule(ipv6, line).out, line, line);
});

test('dash MACs are pseudonymised; dates, UUIDs and digit runs stay', () => {
  assert.equal(
    runRule(mac, 'adapter 00-1A-2B-3C-4D-5E up').out,
    'adapter ⟨mac#00-1A-2B-3C-4D-5E⟩ up',
  );
  const keep = [
    '2024-01-15',
    '9b1f2e3c-4d5a-6b7c-8d9e-0f1a2b3c4d5e',
    '12-34-56-78-90-12',
    'FF-FF-FF-FF-FF-FF',
  ];
  for (const line of keep) assert.equal(runRule(mac, line).out, line, line);
});

test('JDBC: Oracle user/password@host, SQL Server DOMAIN\\user and host\\INSTANCE', () => {
  assert.equal(
    runRule(url, '<url>jdbc:oracle:thin:jira_fake/FAKE-ora@orahost7:1521:JIRASID</url>').out,
    '<url>jdbc:oracle:thin:⟨user#jira_fake⟩/[REDACTED:url-password]@⟨host#orahost7⟩:1521:JIRASID</url>',
  );
  assert.equal(
    runRule(url, 'jdbc:oracle:thin:scott/"p@ss"@//ora.acme.example.test:1521/SVC').out,
    'jdbc:oracle:thin:⟨user#scott⟩/[REDACTED:url-password]@//⟨host#ora.acme.example.test⟩:1521/SVC',
  );
  assert.equal(
    runRule(url, 'url="jdbc:sqlserver://sql02.acme.example.test\\JIRA:1433;user=CORP\\jdoe;x=1"')
      .out,
    'url="jdbc:sqlserver://⟨host#sql02.acme.example.test⟩\\JIRA:1433;user=⟨user#CORP\\jdoe⟩;x=1"',
  );
  // Elsewhere a backslash still ends a URL (Windows paths, escaped strings).
  assert.equal(
    runRule(url, 'see https://jira.acme.example.test\\n').out,
    'see https://⟨host#jira.acme.example.test⟩\\n',
  );
});

test("vendor domains: their own names stay, their customers' sub-domains do not", () => {
  const keep = [
    'nginx.ingress.kubernetes.io/proxy-body-size: 250m',
    'type: kubernetes.io/tls',
    'https://s3.eu-west-1.amazonaws.com/x',
    'https://login.okta.com/',
  ];
  for (const line of keep) assert.equal(runRule(hostname, line).out, line, line);
  assert.equal(
    runRule(hostname, 'db jiradb.c9fake0.eu-west-1.rds.amazonaws.com and acme.okta.com').out,
    'db ⟨host#jiradb.c9fake0.eu-west-1.rds.amazonaws.com⟩ and ⟨host#acme.okta.com⟩',
  );
});

test('IPv4: multicast groups stay; an address after a word ending in "ver" is no version', () => {
  for (const line of ['ehcache.multicast.address=230.0.0.1', 'group 239.255.0.1'])
    assert.equal(runRule(ipv4, line).out, line, line);
  assert.equal(
    runRule(ipv4, '    server 10.77.4.21:8080 max_fails=3;').out,
    '    server ⟨ip#10.77.4.21⟩:8080 max_fails=3;',
  );
  assert.equal(runRule(ipv4, 'Tomcat version 9.0.82.0').out, 'Tomcat version 9.0.82.0');
});

test('an SMTP reply line keeps its code; the host after it is pseudonymised', () => {
  assert.equal(
    runRule(
      hostname,
      '250-smtp.example-fake.net Hello\n250-SIZE 35882577\n220 mx.example-fake.net ESMTP',
    ).out,
    '250-⟨host#smtp.example-fake.net⟩ Hello\n250-SIZE 35882577\n220 ⟨host#mx.example-fake.net⟩ ESMTP',
  );
  // A host name that starts with digits and a dash, but not a reply code, stays whole.
  assert.equal(
    runRule(hostname, '123-web.example-fake.net').out,
    '⟨host#123-web.example-fake.net⟩',
  );
});

test("an Oracle service name's domain is pseudonymised; the service name and port stay", () => {
  assert.equal(
    runRule(url, 'jdbc:oracle:thin:@//dbhost-fake:1521/JIRASVC.corp.example-fake.net').out,
    'jdbc:oracle:thin:@//⟨host#dbhost-fake⟩:1521/JIRASVC.⟨host#corp.example-fake.net⟩',
  );
  assert.equal(
    runRule(url, 'jdbc:oracle:thin:@//dbhost-fake:1521/JIRASVC ok').out,
    'jdbc:oracle:thin:@//⟨host#dbhost-fake⟩:1521/JIRASVC ok',
  );
});

test('generic container service names and loopback stay in JDBC URLs', () => {
  for (const line of [
    'jdbc:postgresql://postgres:5432/jira',
    'jdbc:mysql://db:3306/jiradb?useUnicode=true',
    'jdbc:postgresql://localhost:5432/jira',
  ])
    assert.equal(runRule(url, line).out, line);
  assert.equal(
    runRule(url, 'jdbc:postgresql://pgfake01:5432/jira').out,
    'jdbc:postgresql://⟨host#pgfake01⟩:5432/jira',
  );
});
