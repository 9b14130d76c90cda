import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cookieHeader } from './cookie-header.ts';
import { licenseKey } from './license-key.ts';
import { secretToken } from './secret-token.ts';
import { sessionId } from './session-id.ts';
import { xsrfToken } from './xsrf-token.ts';
import { runRule } from '../test-support/harness.ts';

const LICENSE = `AAABrQ0ODAoPeNp9kV1PgzAUhu/7K0i8BkGdS0hIRFdfiRdJbLG3${'FAKEfakeFAKE0123456789'.repeat(4)}`;

test('secret-token removes tokens, secrets, API keys and credentials named by their key', () => {
  const cases: [string, string, Parameters<typeof runRule>[2]?][] = [
    [
      'oauth.consumer.secret=FAKEsecret',
      'oauth.consumer.secret=[REDACTED:secret-token]',
      'properties',
    ],
    ['client_secret: FAKEclient', 'client_secret: [REDACTED:secret-token]', 'log'],
    ['"apiKey": "FAKE-api-0123"', '"apiKey": "[REDACTED:secret-token]"', 'json'],
    ['X-Api-Key: FAKEkey123', 'X-Api-Key: [REDACTED:secret-token]', 'log'],
    ['refresh_token=FAKErefresh&x=1', 'refresh_token=[REDACTED:secret-token]&x=1', 'log'],
    [
      'aws_secret_access_key = FAKEawsSecretKeyFAKEawsSecretKey',
      'aws_secret_access_key = [REDACTED:secret-token]',
      'properties',
    ],
    ['credentials=FAKEcreds', 'credentials=[REDACTED:secret-token]', 'log'],
  ];
  for (const [input, expected, format] of cases)
    assert.equal(runRule(secretToken, input, format).out, expected, input);
  const keep = [
    'token.timeout=600',
    'jira.secret.enabled=true',
    'tokenizer=standard',
    'token_type: bearer',
    'X-Atlassian-Token: no-check',
    'secretsManager.class=com.x.Y',
  ];
  for (const line of keep) assert.equal(runRule(secretToken, line, 'properties').out, line, line);
});

test('xsrf-token removes atl_token and XSRF cookies, keeps the check switch', () => {
  // The `|lin` suffix (logged in or not) is not part of the secret.
  assert.equal(
    runRule(xsrfToken, '/secure/Dashboard.jspa?atl_token=BXXX-FAKE-1234_abc|lin').out,
    '/secure/Dashboard.jspa?atl_token=[REDACTED:xsrf-token]|lin',
  );
  assert.equal(
    runRule(xsrfToken, 'atlassian.xsrf.token=BWP3-FAKE; Path=/').out,
    'atlassian.xsrf.token=[REDACTED:xsrf-token]; Path=/',
  );
  assert.equal(runRule(xsrfToken, 'jira.xsrf.enabled=true').out, 'jira.xsrf.enabled=true');
});

test('xsrf-token removes the token a Jira page carries in its meta tag (HAR response bodies)', () => {
  assert.equal(
    runRule(
      xsrfToken,
      '<meta id="atlassian-token" name="atlassian-token" content="BWP3-FAKE-NG6L_9f8e7d6c_lin">',
      'json',
    ).out,
    '<meta id="atlassian-token" name="atlassian-token" content="[REDACTED:xsrf-token]">',
  );
  // The request header that switches the check off names no secret.
  for (const keep of [
    'X-Atlassian-Token: no-check',
    '<meta name="ajs-version-number" content="9.12.4">',
  ])
    assert.equal(runRule(xsrfToken, keep, 'json').out, keep);
});

test('session-id removes JSESSIONID, ;jsessionid= and remember-me cookies', () => {
  assert.equal(
    runRule(sessionId, 'JSESSIONID=FAKE0123456789ABCDEF; Path=/').out,
    'JSESSIONID=[REDACTED:session-id]; Path=/',
  );
  assert.equal(
    runRule(sessionId, 'GET /secure/x.jspa;jsessionid=FAKEabc123 HTTP/1.1').out,
    'GET /secure/x.jspa;jsessionid=[REDACTED:session-id] HTTP/1.1',
  );
  assert.equal(
    runRule(sessionId, 'seraph.rememberme.cookie=FAKE%3Aremember').out,
    'seraph.rememberme.cookie=[REDACTED:session-id]',
  );
  assert.equal(runRule(sessionId, 'session.timeout=30').out, 'session.timeout=30');
});

test('cookie headers lose every value and keep cookie names and attributes', () => {
  const { out, hits } = runRule(
    cookieHeader,
    'Cookie: JSESSIONID=FAKE1; atlassian.xsrf.token=FAKE2; seraph.rememberme.cookie=FAKE3',
  );
  assert.equal(
    out,
    'Cookie: JSESSIONID=[REDACTED:cookie]; atlassian.xsrf.token=[REDACTED:cookie]; seraph.rememberme.cookie=[REDACTED:cookie]',
  );
  assert.equal(hits.cookie, 3);
  assert.equal(
    runRule(cookieHeader, 'Set-Cookie: JSESSIONID=FAKE4; Path=/jira; HttpOnly; SameSite=Lax').out,
    'Set-Cookie: JSESSIONID=[REDACTED:cookie]; Path=/jira; HttpOnly; SameSite=Lax',
  );
  assert.equal(runRule(cookieHeader, 'cookie policy changed').out, 'cookie policy changed');
});

test('licence keys go, by key and as a bare AAAB… block (also JSON-escaped lines)', () => {
  assert.equal(
    runRule(licenseKey, `"rawLicense":"${LICENSE}"`, 'json').out,
    '"rawLicense":"[REDACTED:license-key]"',
  );
  assert.equal(
    runRule(licenseKey, `<license>${LICENSE}</license>`, 'xml').out,
    '<license>[REDACTED:license-key]</license>',
  );
  const escaped = `licence text ${LICENSE}\\nX02FAKEfakeFAKEfake\\nmore`;
  assert.equal(runRule(licenseKey, escaped).out, 'licence text [REDACTED:license-key]\\nmore');
  const multi = `${LICENSE}\n${'FAKEfakeFAKEfake'.repeat(3)}\nX02FAKE==\nnext line`;
  assert.equal(runRule(licenseKey, multi).out, '[REDACTED:license-key]\nnext line');
  for (const keep of [
    'licenseType: COMMERCIAL',
    '"maximumNumberOfUsers": 500',
    'license.valid=true',
    'licenseExpiryDate=2027-01-01',
  ]) {
    assert.equal(runRule(licenseKey, keep, 'properties').out, keep, keep);
  }
});

test('every secret key of a text goes, whichever word names it', () => {
  const { out, hits } = runRule(
    secretToken,
    'token=FAKEa1 client_secret=FAKEb2 api_key=FAKEc3 credentials=FAKEd4 x_signature=FAKEe5 oauth_verifier=FAKEf6',
  );
  assert.equal(
    out,
    'token=[REDACTED:secret-token] client_secret=[REDACTED:secret-token] api_key=[REDACTED:secret-token] credentials=[REDACTED:secret-token] x_signature=[REDACTED:secret-token] oauth_verifier=[REDACTED:secret-token]',
  );
  assert.equal(hits['secret-token'], 6);
  // A value that itself reads `token=…` goes whole.
  assert.equal(
    runRule(secretToken, 'secret="token=FAKE1" next').out,
    'secret="[REDACTED:secret-token]" next',
  );
  assert.equal(
    runRule(secretToken, 'auth:\n  token: FAKEtok\n  type: oauth\n', 'yaml').out,
    'auth:\n  token: "[REDACTED:secret-token]"\n  type: oauth\n',
  );
});

test('a key longer than 256 characters is still read around its keyword', () => {
  const long = `${'a'.repeat(300)}_token`;
  assert.equal(
    runRule(secretToken, `${long}=FAKEvalue rest`).out,
    `${long}=[REDACTED:secret-token] rest`,
  );
});

test('session and XSRF keys in their other spellings', () => {
  assert.equal(runRule(sessionId, 'token_key=FAKE123 x').out, 'token_key=[REDACTED:session-id] x');
  assert.equal(
    runRule(sessionId, 'ASESSIONID=FAKEabc; remember_me=FAKEdef').out,
    'ASESSIONID=[REDACTED:session-id]; remember_me=[REDACTED:session-id]',
  );
  for (const key of ['upm_token', 'upm-token', 'X-XSRF-TOKEN', 'csrfToken']) {
    assert.equal(runRule(xsrfToken, `${key}=FAKE1 x`).out, `${key}=[REDACTED:xsrf-token] x`, key);
  }
});

test('a cookie header starts at a word boundary', () => {
  assert.equal(runRule(cookieHeader, 'mycookie=FAKE1; b=FAKE2').out, 'mycookie=FAKE1; b=FAKE2');
  assert.equal(
    runRule(cookieHeader, '{set-cookie=[a=FAKE1; Path=/], cookie: "b=FAKE2"}').out,
    '{set-cookie=[a=[REDACTED:cookie]; Path=/], cookie: "b=FAKE2"}',
  );
});

test('secret-token: dotted API keys and braced password hashes', () => {
  const T = '[REDACTED:secret-token]';
  assert.equal(
    runRule(secretToken, 'argument: -Dvilisoft.api.key=fa4e0000c0ffee00FAKE0000c0ffee00').out,
    `argument: -Dvilisoft.api.key=${T}`,
  );
  // A hash in braces is a value, not a JSON structure.
  assert.equal(
    runRule(secretToken, "SET CREDENTIAL='{PKCS5S2}RkFLRWhhc2hGQUtF' WHERE ID='10500'").out,
    `SET CREDENTIAL='${T}' WHERE ID='10500'`,
  );
  assert.equal(
    runRule(secretToken, '[credential,{PKCS5S2}RkFLRWhhc2hGQUtF][directoryId,1]').out,
    `[credential,${T}][directoryId,1]`,
  );
  const kept = 'credentials={"type": "basic"} api.key.header=X-Api-Key';
  assert.equal(runRule(secretToken, kept).out, kept);
});

test('nginx and httpd header directives: the header value is the secret, the header name stays', () => {
  const T = '[REDACTED:secret-token]';
  const conf =
    '    proxy_set_header X-Api-Key FAKEapikey0123;\n    RequestHeader set X-Auth-Token "FAKE tok"\n    proxy_set_header X-Forwarded-Host $host;\n';
  assert.equal(
    runRule(secretToken, conf, 'properties').out,
    `    proxy_set_header X-Api-Key ${T};\n    RequestHeader set X-Auth-Token "${T}"\n    proxy_set_header X-Forwarded-Host $host;\n`,
  );
  // Elsewhere a blank alone separates nothing but a key at the line's start.
  const prose = 'ssl_session_tickets off; # token rotation FAKE-not-a-value';
  assert.equal(runRule(secretToken, prose, 'properties').out, prose);
});

test('token keys whose value is a key name keep it; secrets under them still go', () => {
  const T = '[REDACTED:secret-token]';
  const keep: [string, Parameters<typeof runRule>[2]][] = [
    ['session.tokenkey=session.tokenkey', 'properties'],
    ['session.tokenkey                        session.tokenkey', 'properties'],
    ['    usernameSecretKey: username', 'yaml'],
    ['    tokenSecretRef: token', 'yaml'],
  ];
  for (const [line, format] of keep)
    assert.equal(runRule(secretToken, line, format).out, line, line);
  const remove: [string, string, Parameters<typeof runRule>[2]][] = [
    ['session.tokenkey=FAKEabc123def456', `session.tokenkey=${T}`, 'properties'],
    ['    usernameSecretKey: p@ss;w0rd&FAKE', `    usernameSecretKey: "${T}"`, 'yaml'],
    // A one-word ending (`secretKey`) is the secret itself, however plain its value.
    ['jwt.secretKey=secret', `jwt.secretKey=${T}`, 'properties'],
    ['apiKey: api', `apiKey: "${T}"`, 'yaml'],
  ];
  for (const [line, expected, format] of remove)
    assert.equal(runRule(secretToken, line, format).out, expected, line);
});
