/**
 * The rule catalogue, in the order rules run. Secrets go first so that nothing secret is
 * ever pseudonymised (and so never reaches the private map); rules that understand context
 * (URLs, user columns) run before the bundle-wide sweep of learned values, and the broad
 * pattern rules (host names, addresses) run last.
 */
import type { Rule } from '../types.ts';
import { accessLogUser } from './access-log-user.ts';
import { atlassianApiToken } from './atlassian-api-token.ts';
import { awsKey } from './aws-key.ts';
import { basicAuth } from './basic-auth.ts';
import { bearerToken } from './bearer-token.ts';
import { cookieHeader } from './cookie-header.ts';
import { creditCard } from './credit-card.ts';
import { email } from './email.ts';
import { githubToken } from './github-token.ts';
import { groupName } from './group-name.ts';
import { homePath } from './home-path.ts';
import { hostname } from './hostname.ts';
import { ipv4 } from './ipv4.ts';
import { ipv6 } from './ipv6.ts';
import { issueKey } from './issue-key.ts';
import { jiraLogUser } from './jira-log-user.ts';
import { jiraUserKey } from './jira-user-key.ts';
import { jql } from './jql.ts';
import { jwt } from './jwt.ts';
import { kubernetesSecret } from './kubernetes-secret.ts';
import { ldapDn } from './ldap-dn.ts';
import { licenseKey } from './license-key.ts';
import { mac } from './mac.ts';
import { mailAuth } from './mail-auth.ts';
import { mailDisplayName } from './mail-display-name.ts';
import { mailLog } from './mail-log.ts';
import { messageHost } from './message-host.ts';
import { namedHost } from './named-host.ts';
import { password } from './password.ts';
import { pemPrivateKey } from './pem-private-key.ts';
import { quotedUser } from './quoted-user.ts';
import { secretToken } from './secret-token.ts';
import { serverId } from './server-id.ts';
import { sessionId } from './session-id.ts';
import { slackToken } from './slack-token.ts';
import { url } from './url.ts';
import { webhookUrl } from './webhook-url.ts';
import { xsrfToken } from './xsrf-token.ts';

/** Removed irreversibly, first. */
export const SECRET_RULES: readonly Rule[] = [
  pemPrivateKey,
  jwt,
  bearerToken,
  basicAuth,
  mailAuth,
  githubToken,
  slackToken,
  webhookUrl,
  awsKey,
  atlassianApiToken,
  cookieHeader,
  sessionId,
  xsrfToken,
  licenseKey,
  kubernetesSecret,
  password,
  secretToken,
  creditCard,
];

/** Rules that know where an identity sits (a URL's user-info, a log's user column). */
export const CONTEXT_RULES: readonly Rule[] = [
  url,
  mailDisplayName,
  email,
  ldapDn,
  homePath,
  jiraUserKey,
  jiraLogUser,
  accessLogUser,
  quotedUser,
  groupName,
  namedHost,
  messageHost,
  mailLog,
  jql,
  issueKey,
];

/** Broad patterns, after the sweep of learned values. */
export const PATTERN_RULES: readonly Rule[] = [serverId, hostname, ipv4, ipv6, mac];

/** Secret rules that also name secret keys, for the structured (JSON) pass. */
export const KEYED_SECRET_RULES = SECRET_RULES.filter(
  (r): r is typeof password => 'matchesKey' in r,
);

export const CATALOGUE: readonly Rule[] = [...SECRET_RULES, ...CONTEXT_RULES, ...PATTERN_RULES];
