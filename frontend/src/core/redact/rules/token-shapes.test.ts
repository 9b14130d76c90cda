import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlassianApiToken } from './atlassian-api-token.ts';
import { awsKey } from './aws-key.ts';
import { basicAuth } from './basic-auth.ts';
import { bearerToken } from './bearer-token.ts';
import { creditCard } from './credit-card.ts';
import { githubToken } from './github-token.ts';
import { jwt } from './jwt.ts';
import { mailAuth } from './mail-auth.ts';
import { pemPrivateKey } from './pem-private-key.ts';
import { slackToken } from './slack-token.ts';
import { webhookUrl } from './webhook-url.ts';
import { runRule } from '../test-support/harness.ts';

const FAKE_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsignatureFAKEsignature0123';

test('PEM private keys go from BEGIN to END, also when the END line is cut off', () => {
  const key =
    '-----BEGIN RSA PRIVATE KEY-----\nMIIFAKEFAKEFAKEFAKE\nFAKEFAKEFAKEFAKE==\n-----END RSA PRIVATE KEY-----';
  assert.equal(
    runRule(pemPrivateKey, `before\n${key}\nafter`).out,
    'before\n[REDACTED:pem-private-key]\nafter',
  );
  assert.equal(
    runRule(
      pemPrivateKey,
      'x\n-----BEGIN PRIVATE KEY-----\nMIIFAKEFAKEFAKE1\nMIIFAKEFAKEFAKE2\nnot base64 here!',
    ).out,
    'x\n[REDACTED:pem-private-key]\nnot base64 here!',
  );
  const cert = '-----BEGIN CERTIFICATE-----\nMIIFAKE\n-----END CERTIFICATE-----';
  assert.equal(runRule(pemPrivateKey, cert).out, cert);
});

test('JWTs, bearer tokens and Basic credentials go; prose around them stays', () => {
  assert.equal(runRule(jwt, `jwt=${FAKE_JWT}&x=1`).out, 'jwt=[REDACTED:jwt]&x=1');
  assert.equal(
    runRule(bearerToken, 'Authorization: Bearer NjU2FAKEFAKEfakefake0123456789+/=').out,
    'Authorization: Bearer [REDACTED:bearer-token]',
  );
  assert.equal(
    runRule(bearerToken, 'bearer authentication is enabled').out,
    'bearer authentication is enabled',
  );
  const basic = btoa('jsmith:FAKEpass');
  assert.equal(
    runRule(basicAuth, `Authorization: Basic ${basic}`).out,
    'Authorization: Basic [REDACTED:basic-auth]',
  );
  assert.equal(
    runRule(basicAuth, 'Basic authentication failed for request').out,
    'Basic authentication failed for request',
  );
});

test('vendor token shapes go: GitHub, Slack, AWS key ids, Atlassian API tokens', () => {
  assert.equal(
    runRule(githubToken, 'token ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE12 ok').out,
    'token [REDACTED:github-token] ok',
  );
  assert.equal(
    runRule(githubToken, 'github_pat_FAKE0123456789abcdefghij_klm').out,
    '[REDACTED:github-token]',
  );
  assert.equal(
    runRule(slackToken, 'url=https://hooks.slack.com/services/TFAKE/BFAKE/FAKEfakeFAKE done').out,
    'url=[REDACTED:slack-token] done',
  );
  assert.equal(runRule(slackToken, 'xoxb-FAKE-0123456789-abcdef').out, '[REDACTED:slack-token]');
  assert.equal(runRule(awsKey, 'key AKIAFAKEFAKEFAKE1234 used').out, 'key [REDACTED:aws-key] used');
  assert.equal(
    runRule(awsKey, 'aws.secretKey=FAKEfakeFAKEfakeFAKEfakeFAKEfakeFAKEfake').out,
    'aws.secretKey=[REDACTED:aws-key]',
  );
  assert.equal(
    runRule(atlassianApiToken, 'ATATT3xFfGF0FAKEFAKEFAKEFAKE0123').out,
    '[REDACTED:atlassian-api-token]',
  );
  assert.equal(runRule(awsKey, 'Asia/Tokyo and AKIA short').out, 'Asia/Tokyo and AKIA short');
});

test('token shapes leave look-alikes alone', () => {
  const keep = [
    'see https://github.com/atlassian/jira and ghp_short',
    'hugs and xoxo from the team',
    'ATATT3 alone',
    'eyJ is how base64 JSON starts; eyJhbGci.eyJzdWIi is too short',
    'Slack integration enabled',
  ];
  for (const rule of [githubToken, slackToken, atlassianApiToken, jwt]) {
    for (const line of keep) assert.equal(runRule(rule, line).out, line, `${rule.id}: ${line}`);
  }
});

test('card numbers go only when brand, length, grouping and Luhn all fit', () => {
  assert.equal(
    runRule(creditCard, 'card 4111 1111 1111 1111 used').out,
    'card [REDACTED:credit-card] used',
  );
  assert.equal(
    runRule(creditCard, 'card 5555-5555-5555-4444.').out,
    'card [REDACTED:credit-card].',
  );
  assert.equal(runRule(creditCard, 'amex 378282246310005').out, 'amex [REDACTED:credit-card]');
  const keep = [
    'timestampMillis: 1705314225123',
    'id 4111111111111112 fails Luhn',
    'took 4111 ms then 1111 ms',
    'build 912004 at 2024-01-15 10:23:45,123+0000',
    'version 9.12.4.1',
    'order 4111-1111-1111-1111-9',
  ];
  for (const line of keep) assert.equal(runRule(creditCard, line).out, line, line);
});

test('JWTs and bearer tokens start at a word boundary; every one in a line goes', () => {
  assert.equal(runRule(jwt, `x${FAKE_JWT} y`).out, `x${FAKE_JWT} y`);
  assert.equal(
    runRule(jwt, `a=${FAKE_JWT}, b=${FAKE_JWT}`).out,
    'a=[REDACTED:jwt], b=[REDACTED:jwt]',
  );
  assert.equal(
    runRule(bearerToken, 'XBearer NjU2FAKEFAKEfakefake0123').out,
    'XBearer NjU2FAKEFAKEfakefake0123',
  );
  assert.equal(
    runRule(bearerToken, 'BEARER\tNjU2FAKEFAKEfakefake0123, Bearer FAKEFAKEFAKEFAKEFAKE').out,
    'BEARER\t[REDACTED:bearer-token], Bearer FAKEFAKEFAKEFAKEFAKE',
  );
});

test('incoming-webhook URLs go: Teams and Discord whole, a /hooks/ path its token', () => {
  assert.equal(
    runRule(
      webhookUrl,
      '"url": "https://acmefake.webhook.office.com/webhookb2/3f2504e0-fake@7a1b-fake/IncomingWebhook/FAKEabcdef0123456789/9b8c-fake"',
    ).out,
    '"url": "[REDACTED:webhook-url]"',
  );
  assert.equal(
    runRule(webhookUrl, 'POST https://discord.com/api/webhooks/1234567890/FAKE-discord-token_x ok')
      .out,
    'POST [REDACTED:webhook-url] ok',
  );
  assert.equal(
    runRule(
      webhookUrl,
      '/rest/cb-automation/latest/hooks/9f8e7d6c5b4a3928170FAKEfake0a1b2c3d4e5f6 200',
    ).out,
    '/rest/cb-automation/latest/hooks/[REDACTED:webhook-url] 200',
  );
  for (const keep of [
    'GET /rest/webhooks/1.0/webhook/4 200',
    'com.atlassian.webhooks.internal.DefaultWebhookService.publish(DefaultWebhookService.java:88)',
    'git/hooks/pre-commit',
  ])
    assert.equal(runRule(webhookUrl, keep).out, keep);
});

test('JavaMail protocol traces lose their credentials and keep the conversation', () => {
  const A = '[REDACTED:mail-auth]';
  const user = btoa('jira-smtp-fake');
  const pass = btoa('p@ss;w0rd&FAKE');
  const smtp = [
    '250-smtp.example.test',
    '250 AUTH LOGIN PLAIN',
    'DEBUG SMTP: Found extension "AUTH", arg "LOGIN PLAIN"',
    'AUTH LOGIN',
    '334 VXNlcm5hbWU6',
    user,
    '334 UGFzc3dvcmQ6',
    pass,
    '535 5.7.8 Error: authentication failed',
    `AUTH PLAIN ${btoa('\0jira-smtp-fake\0FAKEpw')}`,
    'DEBUG SMTP: AUTH LOGIN failed',
    'DEBUG SMTP: AUTH LOGIN command trace suppressed',
  ].join('\n');
  const expected = smtp
    .replace(`\n${user}\n`, `\n${A}\n`)
    .replace(`\n${pass}\n`, `\n${A}\n`)
    .replace(/AUTH PLAIN \S+/, `AUTH PLAIN ${A}`);
  assert.equal(runRule(mailAuth, smtp).out, expected);
  const imap = `A1 AUTHENTICATE PLAIN\n+ \n${btoa('\0jira\0FAKEpw')}\nA1 OK\nA2 LOGIN jira-fake "FAKE pw"\n`;
  assert.equal(
    runRule(mailAuth, imap).out,
    `A1 AUTHENTICATE PLAIN\n+ \n${A}\nA1 OK\nA2 LOGIN jira-fake ${A}\n`,
  );
  assert.equal(
    runRule(mailAuth, 'USER jira-fake\nPASS FAKE-pop\n+OK').out,
    `USER jira-fake\nPASS ${A}\n+OK`,
  );
  // Words where a credential could stand, and prose, stay.
  const kept = 'AUTH LOGIN NTLM\nPASS\n334 \nsucceeded\nA1 LOGIN command trace suppressed';
  assert.equal(runRule(mailAuth, kept).out, kept);
});
