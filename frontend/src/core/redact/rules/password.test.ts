import { test } from 'node:test';
import assert from 'node:assert/strict';
import { password } from './password.ts';
import { runRule } from '../test-support/harness.ts';

const M = '[REDACTED:password]';

test('removes passwords in every syntax a Jira bundle carries', () => {
  const cases: [string, string, Parameters<typeof runRule>[2]?][] = [
    ['<password>FAKE-s3cret</password>', `<password>${M}</password>`, 'xml'],
    [
      '<password><![CDATA[FAKE-s3cret]]></password>',
      `<password><![CDATA[${M}]]></password>`,
      'xml',
    ],
    [
      '<Connector keystorePass="FAKEpass1" port="8443"/>',
      `<Connector keystorePass="${M}" port="8443"/>`,
      'xml',
    ],
    [
      '<Resource name="jdbc/JiraDS" password="FAKEpass2" username="jira"/>',
      `<Resource name="jdbc/JiraDS" password="${M}" username="jira"/>`,
      'xml',
    ],
    [
      '<param-name>ldap.password</param-name>\n  <param-value>FAKEldap</param-value>',
      `<param-name>ldap.password</param-name>\n  <param-value>${M}</param-value>`,
      'xml',
    ],
    [
      '<property name="hibernate.connection.password" value="FAKEhib"/>',
      `<property name="hibernate.connection.password" value="${M}"/>`,
      'xml',
    ],
    ['jdbc.password=FAKE pass with spaces', `jdbc.password=${M}`, 'properties'],
    ['application.password : FAKEcrowd', `application.password : ${M}`, 'properties'],
    ['db:\n  password: FAKEyaml\n  user: jira', `db:\n  password: "${M}"\n  user: jira`, 'yaml'],
    ['{"password": "FAKE\\"json"}', `{"password": "${M}"}`, 'json'],
    [
      '-Djavax.net.ssl.trustStorePassword=FAKEchangeit -Xmx4g',
      `-Djavax.net.ssl.trustStorePassword=${M} -Xmx4g`,
      'jvm-args',
    ],
    [
      'jdbc:postgresql://db:5432/jira?user=jira&password=FAKEpg&ssl=true',
      `jdbc:postgresql://db:5432/jira?user=jira&password=${M}&ssl=true`,
    ],
    [
      'jdbc:sqlserver://db:1433;databaseName=jira;password=FAKEsql;encrypt=true',
      `jdbc:sqlserver://db:1433;databaseName=jira;password=${M};encrypt=true`,
    ],
    ['ERROR login failed password=FAKEfree user=x', `ERROR login failed password=${M} user=x`],
    ['os_password=FAKEform&os_username=x', `os_password=${M}&os_username=x`],
    ['ATL_JDBC_PASSWORD=FAKEenv', `ATL_JDBC_PASSWORD=${M}`, 'properties'],
    ['passwd: FAKEpasswd', `passwd: ${M}`],
    ['"keyStorePassword":"FAKEks"', `"keyStorePassword":"${M}"`],
    [
      '<input type="password" name="os_password" value="FAKEhtml">',
      `<input type="password" name="os_password" value="${M}">`,
      'xml',
    ],
  ];
  for (const [input, expected, format] of cases) {
    const { out, hits } = runRule(password, input, format);
    assert.equal(out, expected, input);
    assert.ok((hits.password ?? 0) >= 1, input);
    assert.ok(!out.includes('FAKE'), input);
  }
});

test('a YAML block scalar is removed whole and the file stays YAML', () => {
  const { out } = runRule(
    password,
    'ldap:\n  password: |\n    FAKE-line-1\n    FAKE-line-2\n  url: x\n',
    'yaml',
  );
  assert.equal(out, `ldap:\n  password: "${M}"\n  url: x\n`);
});

test('leaves settings about passwords, placeholders and code alone', () => {
  const keep = [
    'jira.password.policy.enabled=true',
    'passwordMinLength=8',
    'password.reset.timeout = 3600',
    'password=${DB_PASSWORD}',
    'password=********',
    'password=',
    'PWD=/home/jira',
    'bypass=true',
    '\tat com.example.auth.PasswordHelper.verify(PasswordHelper.java:42)',
    '\tat com.atlassian.crowd.password.encoder.AtlassianSecurityPasswordEncoder.isPasswordValid(AtlassianSecurityPasswordEncoder.java:61)',
    'keystoreFile=/etc/ssl/keystore.jks',
    '<password/>',
    'passwordEncoder: atlassian-security',
  ];
  for (const line of keep) assert.equal(runRule(password, line, 'properties').out, line, line);
  assert.equal(
    runRule(password, 'Password changed for user jsmith', 'log').out,
    'Password changed for user jsmith',
  );
});

test('.properties separators: blanks alone; Kubernetes name/value pairs; Tomcat parameter notes', () => {
  assert.equal(
    runRule(password, 'application.password    FAKEcrowd\nnext=1', 'properties').out,
    `application.password    ${M}\nnext=1`,
  );
  assert.equal(
    runRule(
      password,
      'env:\n  - name: ATL_JDBC_PASSWORD\n    value: FAKEhelm\n  - name: X\n    value: 1',
      'yaml',
    ).out,
    `env:\n  - name: ATL_JDBC_PASSWORD\n    value: "${M}"\n  - name: X\n    value: 1`,
  );
  assert.equal(
    runRule(password, '{"name":"ATL_JDBC_PASSWORD","value":"FAKEjson"}', 'json').out,
    `{"name":"ATL_JDBC_PASSWORD","value":"${M}"}`,
  );
  assert.equal(
    runRule(password, 'Parameter [os_password] with value [FAKEtomcat] has been ignored').out,
    `Parameter [os_password] with value [${M}] has been ignored`,
  );
});

test('matchesKey tells the structured passes which keys hold passwords', () => {
  for (const k of ['password', 'os_password', 'keystorePass', 'ATL_JDBC_PASSWORD', 'dbPasswd'])
    assert.ok(password.matchesKey(k), k);
  for (const k of ['passwordPolicy', 'username', 'passive', 'PasswordHelper.java'])
    assert.ok(!password.matchesKey(k), k);
});

test('JVM arguments, JDBC braces and Tomcat digester notes keep their whole password', () => {
  const cases: [string, string][] = [
    // An unquoted JVM argument runs to the next blank, whatever punctuation it holds.
    [
      'Args : -Xmx8g -Datlassian.recovery.password=p@ss;w0rd&FAKE -Djira.home=/var/jira',
      `Args : -Xmx8g -Datlassian.recovery.password=${M} -Djira.home=/var/jira`,
    ],
    ['[-Dhttp.proxyPassword=FAKE;pw, -Dx=1]', `[-Dhttp.proxyPassword=${M}, -Dx=1]`],
    // SQL Server quotes a value holding `;` in braces.
    [
      'jdbc:sqlserver://db:1433;user=jira;password={FAKE;pw&1};encrypt=true',
      `jdbc:sqlserver://db:1433;user=jira;password=${M};encrypt=true`,
    ],
    [
      'Match [Server/Service/Connector] failed to set property [keystorePass] to [FAKE-ks]',
      `Match [Server/Service/Connector] failed to set property [keystorePass] to [${M}]`,
    ],
    [
      'Coincidencia [Server/Service/Connector] falló al establecer la propiedad [keystorePass] a [FAKE-es]',
      `Coincidencia [Server/Service/Connector] falló al establecer la propiedad [keystorePass] a [${M}]`,
    ],
    [
      "[SetPropertiesRule]{Server/Service/Connector} Setting property 'truststorePass' to 'FAKE-ts' did not find a matching property.",
      `[SetPropertiesRule]{Server/Service/Connector} Setting property 'truststorePass' to '${M}' did not find a matching property.`,
    ],
  ];
  for (const [input, expected] of cases) assert.equal(runRule(password, input).out, expected);
  // A JSON structure or a message-format slot is not a password; nor is another property.
  for (const kept of [
    'password={"min": 8}',
    'password={0} was rejected',
    'failed to set property [keystoreType] to [PKCS12]',
  ]) {
    assert.equal(runRule(password, kept).out, kept);
  }
});

test('config layouts: param-name over lines or before a comment, continued lines, \\"quoted\\" JVM values', () => {
  const seraph =
    '<init-param>\n  <param-name>\n    trusted.apps.password\n  </param-name>\n  <param-value>\n    FAKEseraph\n  </param-value>\n</init-param>';
  assert.ok(!runRule(password, seraph, 'xml').out.includes('FAKE'));
  assert.equal(
    runRule(
      password,
      '<param-name>header.auth.password</param-name>\n<!-- svc account -->\n<param-value>FAKEhdr</param-value>',
      'xml',
    ).out,
    `<param-name>header.auth.password</param-name>\n<!-- svc account -->\n<param-value>${M}</param-value>`,
  );
  assert.equal(
    runRule(password, 'mail.smtp.password = FAKE-one\\\n    FAKE-two\nnext=1', 'properties').out,
    `mail.smtp.password = ${M}\nnext=1`,
  );
  // An even run of backslashes is a backslash, not a continuation.
  assert.equal(
    runRule(password, 'db.password=FAKEdir\\\\\nnext=1', 'properties').out,
    `db.password=${M}\nnext=1`,
  );
  assert.equal(
    runRule(password, 'A="-Djavax.net.ssl.keyStorePassword=\\"FAKE ks\\" -Xmx1g"', 'properties')
      .out,
    `A="-Djavax.net.ssl.keyStorePassword=\\"${M}\\" -Xmx1g"`,
  );
});

test('reverse-proxy configs: ProxyPass and proxy_pass are routes, not passwords', () => {
  const keep = [
    '    ProxyPass        /jira http://jira-app:8080/jira',
    '    ProxyPassReverse /jira http://jira-app:8080/jira',
    '        proxy_pass http://jira_backend;',
    '        proxy_pass_header Authorization;',
    '        fastcgi_pass unix:/run/php.sock;',
  ];
  for (const line of keep) assert.equal(runRule(password, line, 'properties').out, line, line);
  assert.equal(runRule(password, 'proxyPass=FAKEpp', 'properties').out, `proxyPass=${M}`);
});

test("Tomcat's shutdown command is a password unless it is the default SHUTDOWN", () => {
  assert.equal(
    runRule(password, '<Server port="8005" shutdown="SHUTDOWN-FAKE-9f8e7d">', 'xml').out,
    `<Server port="8005" shutdown="${M}">`,
  );
  const keep = [
    '<Server port="8005" shutdown="SHUTDOWN">',
    '<Server port="-1" shutdown="SHUTDOWN">',
    // Other keys that merely hold the word are no shutdown command.
    'shutdownHook=enabled',
    'org.quartz.scheduler.shutdownTimeout=30',
  ];
  for (const line of keep) assert.equal(runRule(password, line, 'xml').out, line, line);
});

test('a value that names a key is kept; a real secret under the same keys is not', () => {
  const keep: [string, Parameters<typeof runRule>[2]][] = [
    ['    usernameSecretKey: username', 'yaml'],
    ['    passwordSecretKey: password', 'yaml'],
  ];
  for (const [line, format] of keep) assert.equal(runRule(password, line, format).out, line, line);
  const remove: [string, string, Parameters<typeof runRule>[2]][] = [
    // A one-word key repeated is a weak password, not a key name.
    ['password=password', `password=${M}`, 'properties'],
    // A password key repeated may be the (weak) password itself: removed all the same.
    ['db.password=db.password', `db.password=${M}`, 'properties'],
    ['    passwordSecretKey: p@ss;w0rd&FAKE', `    passwordSecretKey: "${M}"`, 'yaml'],
    ['db.password=FAKEabc123', `db.password=${M}`, 'properties'],
  ];
  for (const [line, expected, format] of remove)
    assert.equal(runRule(password, line, format).out, expected, line);
});
