import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessLogUser } from './access-log-user.ts';
import { email } from './email.ts';
import { homePath } from './home-path.ts';
import { jiraLogUser } from './jira-log-user.ts';
import { jiraUserKey } from './jira-user-key.ts';
import { ldapDn } from './ldap-dn.ts';
import { mailDisplayName } from './mail-display-name.ts';
import { mailLog } from './mail-log.ts';
import { quotedUser } from './quoted-user.ts';
import { runRule } from '../test-support/harness.ts';

test('e-mail addresses encoded twice (a URL inside a URL) are found, without their lead-in', () => {
  assert.equal(
    runRule(
      email,
      'dest=%2Fsecure%2FEditUser.jspa%3FeditName%3Dk.fake%2540acme-fake.example.test&x=1',
    ).out,
    'dest=%2Fsecure%2FEditUser.jspa%3FeditName%3D⟨email#k.fake%40acme-fake.example.test⟩&x=1',
  );
  assert.equal(
    runRule(email, 'q=a%2Bb%40acme.example.test').out,
    'q=⟨email#a%2Bb%40acme.example.test⟩',
    'an encoded + belongs to the address',
  );
  for (const keep of ['progress=100%2540 done', 'size%2540MB'])
    assert.equal(runRule(email, keep).out, keep);
});

test('e-mail addresses are pseudonymised, plain, URL-encoded and in any case', () => {
  assert.equal(
    runRule(email, "notify 'jsmith@acme.example.test': ok").out,
    "notify '⟨email#jsmith@acme.example.test⟩': ok",
  );
  assert.equal(
    runRule(email, '?email=J.Smith%40Acme.Example.Test&x').out,
    '?email=⟨email#J.Smith%40Acme.Example.Test⟩&x',
  );
  assert.equal(
    runRule(email, 'mailto:first.last+jira@corp.example.test.').out,
    'mailto:⟨email#first.last+jira@corp.example.test⟩.',
  );
  for (const keep of [
    'com.atlassian.jira.Foo@6a3b2c1',
    'user@localhost',
    '@Override',
    'a @ b.com',
    'x@1.2',
  ]) {
    assert.equal(runRule(email, keep).out, keep, keep);
  }
});

test('LDAP DNs keep their shape; people, domains and organisations are pseudonymised', () => {
  assert.equal(
    runRule(ldapDn, 'bind as cn=John Smith,ou=Users,dc=acme,dc=com failed').out,
    'bind as cn=⟨name#John Smith⟩,ou=Users,dc=⟨dc#acme⟩,dc=com failed',
  );
  assert.equal(
    runRule(ldapDn, 'filter (&(objectClass=user)(sAMAccountName=jsmith))').out,
    'filter (&(objectClass=user)(sAMAccountName=⟨user#jsmith⟩))',
  );
  assert.equal(
    runRule(ldapDn, 'uid=jdoe,ou=people,o=Acme Corp').out,
    'uid=⟨user#jdoe⟩,ou=people,o=⟨org#Acme Corp⟩',
  );
  assert.equal(runRule(ldapDn, 'queueSize=0, cn=').out, 'queueSize=0, cn=');
});

test('home paths lose the user name; service accounts stay', () => {
  assert.equal(
    runRule(homePath, 'file /home/jsmith/.bashrc').out,
    'file /home/⟨user#jsmith⟩/.bashrc',
  );
  assert.equal(
    runRule(homePath, 'C:\\Users\\JSmith\\AppData').out,
    'C:\\Users\\⟨user#JSmith⟩\\AppData',
  );
  assert.equal(
    runRule(homePath, '"C:\\\\Users\\\\jdoe\\\\x"').out,
    '"C:\\\\Users\\\\⟨user#jdoe⟩\\\\x"',
  );
  assert.equal(runRule(homePath, '/Users/kpatel/Downloads').out, '/Users/⟨user#kpatel⟩/Downloads');
  assert.equal(
    runRule(homePath, '/home/jira/.jira-home and C:\\Users\\Public').out,
    '/home/jira/.jira-home and C:\\Users\\Public',
  );
});

test('Jira user keys are pseudonymised', () => {
  assert.equal(runRule(jiraUserKey, '?key=JIRAUSER10412 x').out, '?key=⟨userkey#JIRAUSER10412⟩ x');
  assert.equal(runRule(jiraUserKey, 'JIRAUSERS table').out, 'JIRAUSERS table');
});

test('Jira log request columns: user (twice), session and client addresses', () => {
  const line =
    '2024-01-15 10:23:45,123+0000 http-nio-8080-exec-5 url: /rest/api/2/issue/ACME-1; user: jsmith ERROR jsmith 623x1234x1 1abc2de 10.0.0.5,127.0.0.1 /rest/api/2/issue/ACME-1 [c.a.j.web.Foo] boom';
  const { out, hits } = runRule(jiraLogUser, line);
  assert.equal(
    out,
    '2024-01-15 10:23:45,123+0000 http-nio-8080-exec-5 url: /rest/api/2/issue/ACME-1; user: ⟨user#jsmith⟩ ERROR ⟨user#jsmith⟩ 623x1234x1 ⟨session#1abc2de⟩ ⟨ip#10.0.0.5⟩,127.0.0.1 /rest/api/2/issue/ACME-1 [c.a.j.web.Foo] boom',
  );
  assert.deepEqual(hits, { 'log-user': 2, 'log-session': 1, 'log-address': 1 });
  const security =
    'x http-nio-8080-exec-3 url: /login.jsp; user: jdoe jdoe 623x1x1 1abc2de 10.0.0.6 /login.jsp HttpSession created [1abg15d]';
  assert.equal(
    runRule(jiraLogUser, security).out,
    'x http-nio-8080-exec-3 url: /login.jsp; user: ⟨user#jdoe⟩ ⟨user#jdoe⟩ 623x1x1 ⟨session#1abc2de⟩ ⟨ip#10.0.0.6⟩ /login.jsp HttpSession created [⟨session#1abg15d⟩]',
  );
  const background =
    '2024-01-15 10:23:45,123+0000 Caesium-1-3 INFO ServiceRunner [c.a.j.s.ServiceRunner] ok; user: anonymous';
  assert.equal(runRule(jiraLogUser, background).out, background);
});

test('access logs: the user column, in Tomcat and date-first layouts', () => {
  assert.equal(
    runRule(
      accessLogUser,
      '10.0.0.5 623x1x1 jsmith [15/Jan/2024:10:23:45 +0000] "GET /x HTTP/1.1" 200',
    ).out,
    '10.0.0.5 623x1x1 ⟨user#jsmith⟩ [15/Jan/2024:10:23:45 +0000] "GET /x HTTP/1.1" 200',
  );
  assert.equal(
    runRule(
      accessLogUser,
      '[03/Oct/2022:09:00:01 +0000] admin http-nio-8080-exec-1 192.168.1.10 GET /',
    ).out,
    '[03/Oct/2022:09:00:01 +0000] ⟨user#admin⟩ http-nio-8080-exec-1 192.168.1.10 GET /',
  );
  assert.equal(
    runRule(
      accessLogUser,
      '[03/Oct/2022:09:00:01 +0000] 10.0.0.5 jdoe http-nio-8080-exec-1 192.168.1.10 GET /',
    ).out,
    '[03/Oct/2022:09:00:01 +0000] 10.0.0.5 ⟨user#jdoe⟩ http-nio-8080-exec-1 192.168.1.10 GET /',
  );
  const anonymous = '10.0.0.5 - - [15/Jan/2024:10:23:45 +0000] "GET / HTTP/1.1" 200';
  assert.equal(runRule(accessLogUser, anonymous).out, anonymous);
});

test('user names a message labels: quoted, key=value, headers, meta tags', () => {
  assert.equal(
    runRule(quotedUser, "Login attempted by user 'admin' from host").out,
    "Login attempted by user '⟨user#admin⟩' from host",
  );
  assert.equal(
    runRule(quotedUser, 'os_username=jsmith&os_password=x').out,
    'os_username=⟨user#jsmith⟩&os_password=x',
  );
  assert.equal(runRule(quotedUser, '{"username":"kpatel"}').out, '{"username":"⟨user#kpatel⟩"}');
  assert.equal(runRule(quotedUser, 'X-AUSERNAME: lchen').out, 'X-AUSERNAME: ⟨user#lchen⟩');
  assert.equal(
    runRule(quotedUser, '-Dhttp.proxyUser=svc_proxy -Duser.name=jira1').out,
    '-Dhttp.proxyUser=⟨user#svc_proxy⟩ -Duser.name=⟨user#jira1⟩',
  );
  assert.equal(
    runRule(quotedUser, "login=jdoe and login 'kpatel'").out,
    "login=⟨user#jdoe⟩ and login '⟨user#kpatel⟩'",
  );
  assert.equal(
    runRule(quotedUser, '<meta name="ajs-remote-user" content="mmuller">').out,
    '<meta name="ajs-remote-user" content="⟨user#mmuller⟩">',
  );
  for (const keep of [
    "user 'anonymous'",
    'user=${USER}',
    "Lock 'CLUSTER_UPGRADE_LOCK' held",
    'user.timezone=UTC',
    'username=',
    'max_user=5',
    'superuser=true',
    'Login attempted by nobody',
  ]) {
    assert.equal(runRule(quotedUser, keep).out, keep, keep);
  }
});

test('mail logs: subjects (issue summaries) removed, sender display names pseudonymised', () => {
  const line =
    "Sent mail To='jsmith@acme.example.test' Subject='[JIRA] (ACME-12) Printer on fire' From='jira@acme.example.test' FromName='John Smith (JIRA)'";
  for (const keep of [
    'Subject line is configurable',
    "FromName=''",
    'mail.subject.prefix=[JIRA]',
  ]) {
    assert.equal(runRule(mailLog, keep).out, keep, keep);
  }
  assert.equal(
    runRule(mailLog, line).out,
    "Sent mail To='jsmith@acme.example.test' Subject='[REDACTED:mail-subject]' From='jira@acme.example.test' FromName='⟨name#John Smith⟩ (JIRA)'",
  );
});

test('Jira log request columns: a second user, levels, address lists, session forms', () => {
  const { out, hits } = runRule(
    jiraLogUser,
    '; user: jsmith WARNING jdoe 1x2x3 ABCD1234 10.0.0.1,,127.0.0.1,256.1.1.1,10.0.0.2 /x',
  );
  assert.equal(
    out,
    '; user: ⟨user#jsmith⟩ WARNING ⟨user#jdoe⟩ 1x2x3 ⟨session#ABCD1234⟩ ⟨ip#10.0.0.1⟩,,127.0.0.1,256.1.1.1,⟨ip#10.0.0.2⟩ /x',
  );
  assert.deepEqual(hits, { 'log-user': 2, 'log-session': 1, 'log-address': 2 });
  // Not a session id (too short), anonymous users kept without a hit.
  assert.equal(
    runRule(jiraLogUser, '; user: jsmith INFO jsmith 1x2x3 abc 10.0.0.1').out,
    '; user: ⟨user#jsmith⟩ INFO ⟨user#jsmith⟩ 1x2x3 abc ⟨ip#10.0.0.1⟩',
  );
  const anonymous = runRule(jiraLogUser, '; user: anonymous INFO anonymous 1x2x3 abcd123 10.1.2.3');
  assert.equal(
    anonymous.out,
    '; user: anonymous INFO anonymous 1x2x3 ⟨session#abcd123⟩ ⟨ip#10.1.2.3⟩',
  );
  assert.deepEqual(anonymous.hits, { 'log-session': 1, 'log-address': 1 });
  assert.equal(
    runRule(jiraLogUser, 'HttpSession destroyed [abcd1234] and HttpSession [zz]').out,
    'HttpSession destroyed [⟨session#abcd1234⟩] and HttpSession [zz]',
  );
  // Without the thread decoration, any white space (here a no-break space) ends the user.
  assert.equal(
    runRule(jiraLogUser, 'a\u00a0jdoe 12x3x4 abcd123 x').out,
    'a\u00a0⟨user#jdoe⟩ 12x3x4 ⟨session#abcd123⟩ x',
  );
});

test('labelled user names: passes that meet, overlap or follow one another', () => {
  assert.equal(
    runRule(quotedUser, "user: 'a' user='b' USER_NAME=c").out,
    "user: '⟨user#a⟩' user='⟨user#b⟩' USER_NAME=⟨user#c⟩",
  );
  // The quoted form after a word character is no label, but the bare one inside it is.
  assert.equal(runRule(quotedUser, "xuser='user=jdoe'").out, "xuser='user=⟨user#jdoe⟩'");
  assert.equal(
    runRule(quotedUser, 'usereporter=x and reporter: "y"').out,
    'usereporter=x and reporter: "⟨user#y⟩"',
  );
  assert.equal(
    runRule(quotedUser, 'assignee=jdoe, Assignee: "kpatel" and xassignee=x').out,
    'assignee=⟨user#jdoe⟩, Assignee: "⟨user#kpatel⟩" and xassignee=x',
  );
  assert.equal(
    runRule(quotedUser, 'username="ajs-remote-user" <meta name="ajs-remote-user" content="mm">')
      .out,
    'username="⟨user#ajs-remote-user⟩" <meta name="ajs-remote-user" content="⟨user#mm⟩">',
  );
});

test('home paths: every layout the rule knows, and near misses', () => {
  assert.equal(runRule(homePath, '/export/home/jsmith/x').out, '/export/home/⟨user#jsmith⟩/x');
  assert.equal(
    runRule(homePath, 'C:\\Documents and Settings\\jdoe\\x').out,
    'C:\\Documents and Settings\\⟨user#jdoe⟩\\x',
  );
  assert.equal(runRule(homePath, 'D:/Users/kim/AppData').out, 'D:/Users/⟨user#kim⟩/AppData');
  for (const keep of ['xC:\\Users\\bob', '/home/Users/x', '/homes/jsmith']) {
    assert.equal(runRule(homePath, keep).out, keep, keep);
  }
});

test('LDAP: attribute names in any case and spacing; filters only beside a DN attribute', () => {
  assert.equal(
    runRule(ldapDn, 'CN = John Smith,OU=Staff,DC=acme,DC=com').out,
    'CN = ⟨name#John Smith⟩,OU=Staff,DC=⟨dc#acme⟩,DC=com',
  );
  assert.equal(runRule(ldapDn, '(sn=Smith)').out, '(sn=Smith)');
  assert.equal(
    runRule(ldapDn, 'samaccountname= x (sn=Smith)').out,
    'samaccountname= x (sn=⟨name#Smith⟩)',
  );
});

test('access logs: only the first date of a line names the user', () => {
  assert.equal(
    runRule(
      accessLogUser,
      '[15/Jan/2024:10:23:45 +0000] jdoe http-nio-8080-exec-1 [16/Jan/2024:10:23:45 +0000] x',
    ).out,
    '[15/Jan/2024:10:23:45 +0000] ⟨user#jdoe⟩ http-nio-8080-exec-1 [16/Jan/2024:10:23:45 +0000] x',
  );
  const other = '[x] 10.0.0.5 - jsmith [15/Jan/2024:10:23:45 +0000] "GET"';
  assert.equal(runRule(accessLogUser, other).out, other);
});

test('Jira user keys: whole words only, in any case', () => {
  assert.equal(
    runRule(jiraUserKey, 'xJIRAUSER1 jirauser12 and JIRAUSER13_ (JIRAUSER14)').out,
    'xJIRAUSER1 ⟨userkey#jirauser12⟩ and JIRAUSER13_ (⟨userkey#JIRAUSER14⟩)',
  );
});

test('security log: the user a session is destroyed for; Jira 7 lines beside decorated ones', () => {
  assert.equal(
    runRule(
      jiraLogUser,
      "Caesium-1-1 ServiceRunner  HttpSession [1xyzfake] destroyed for 'j.doe-fake'",
    ).out,
    "Caesium-1-1 ServiceRunner  HttpSession [⟨session#1xyzfake⟩] destroyed for '⟨user#j.doe-fake⟩'",
  );
  // A log written across an upgrade from Jira 7 holds both layouts in one block.
  const mixed = [
    '2019-03-04 10:25:03,470 http-nio-8080-exec-5 m.fake 622x1x1 4qrsfake 10.0.0.9 /login.jsp ok',
    '2024-11-18 09:13:58,117+0000 http-nio-8080-exec-9 url: /x; user: jdoe INFO jdoe 553x2x1 1xyzfake 10.0.0.5 /x [c.a.X] ok',
  ].join('\n');
  assert.equal(
    runRule(jiraLogUser, mixed).out,
    [
      '2019-03-04 10:25:03,470 http-nio-8080-exec-5 ⟨user#m.fake⟩ 622x1x1 ⟨session#4qrsfake⟩ 10.0.0.9 /login.jsp ok',
      '2024-11-18 09:13:58,117+0000 http-nio-8080-exec-9 url: /x; user: ⟨user#jdoe⟩ INFO ⟨user#jdoe⟩ 553x2x1 ⟨session#1xyzfake⟩ ⟨ip#10.0.0.5⟩ /x [c.a.X] ok',
    ].join('\n'),
  );
});

test("access logs: Jira's layout with extra leading addresses, and its session column", () => {
  const line = (lead: string, user: string, session: string): string =>
    `${lead} 480x100x1 ${user} [04/Mar/2025:08:00:00 +0100] "GET /browse/X-1 HTTP/1.1" 200 41 312 "-" "Mozilla/5.0" "${session}"`;
  assert.equal(
    runRule(accessLogUser, line('198.51.100.23, 10.0.0.1 10.0.0.2', 'j.fake', '9zfake1')).out,
    line('198.51.100.23, 10.0.0.1 10.0.0.2', '⟨user#j.fake⟩', '⟨session#9zfake1⟩'),
  );
  assert.equal(
    runRule(accessLogUser, line('- 10.0.0.2', '-', '8yfake2')).out,
    line('- 10.0.0.2', '-', '⟨session#8yfake2⟩'),
  );
  // Tomcat's common layout has no session column; a quoted last field there is kept.
  const common = '10.0.0.5 - jdoe [18/Nov/2024:09:10:11 +0000] "GET /x HTTP/1.1" 200 5 "abcdef"';
  assert.equal(
    runRule(accessLogUser, common).out,
    '10.0.0.5 - ⟨user#jdoe⟩ [18/Nov/2024:09:10:11 +0000] "GET /x HTTP/1.1" 200 5 "abcdef"',
  );
});

test('display names before an address: quoted, capitalised words, any script', () => {
  const cases: [string, string][] = [
    [
      `From='"Jan Fakeperson (Jira)" <jira@x.test>'`,
      `From='"⟨name#Jan Fakeperson⟩ (Jira)" <jira@x.test>'`,
    ],
    [
      "Looked up user 'Ørjan Fåkesen' <o.f@x.test>",
      "Looked up user '⟨name#Ørjan Fåkesen⟩' <o.f@x.test>",
    ],
    [
      'DEBUG SMTP:     Zoë Müller-Fake <z.m@x.test>',
      'DEBUG SMTP:     ⟨name#Zoë Müller-Fake⟩ <z.m@x.test>',
    ],
    [
      "To='a@x.test, Jan Fake <j@x.test>' from 'Zoë Fake <z@x.test>'",
      "To='a@x.test, ⟨name#Jan Fake⟩ <j@x.test>' from '⟨name#Zoë Fake⟩ <z@x.test>'",
    ],
  ];
  for (const [input, expected] of cases)
    assert.equal(runRule(mailDisplayName, input).out, expected);
  // No address in brackets, or lower-case words before it: nothing is a name.
  for (const kept of [
    'MAIL FROM:<jira@x.test>',
    'sent to <jira@x.test>',
    'Jan Fake jira@x.test',
    'List<String@1a2b>',
  ]) {
    assert.equal(runRule(mailDisplayName, kept).out, kept);
  }
});

test('labelled users: a number is no user (GC logs print CPU times as user=0.19)', () => {
  for (const kept of [
    ' [Times: user=0.19 sys=0.01, real=0.03 secs]',
    'GC(42) User=0.19s Sys=0.01s Real=0.03s',
  ]) {
    assert.equal(runRule(quotedUser, kept).out, kept);
  }
  assert.equal(runRule(quotedUser, 'user=j.doe2 ok').out, 'user=⟨user#j.doe2⟩ ok');
});

test('home paths escaped as .properties write them (C\\:\\\\Users\\\\x)', () => {
  assert.equal(
    runRule(homePath, 'app.jiraHome=C\\:\\\\Users\\\\zfake\\\\Atlassian', 'properties').out,
    'app.jiraHome=C\\:\\\\Users\\\\⟨user#zfake⟩\\\\Atlassian',
  );
});

test('LDAP: a DN quoted in a message keeps its closing quote', () => {
  assert.equal(
    runRule(
      ldapDn,
      "Failed to bind as 'CN=svc-fake,OU=Service Accounts,DC=corp,DC=acme' to ldaps://x",
    ).out,
    "Failed to bind as 'CN=⟨name#svc-fake⟩,OU=Service Accounts,DC=corp,DC=⟨dc#acme⟩' to ldaps://x",
  );
});
