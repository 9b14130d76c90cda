/**
 * What a JSON field holds, judged by its key and its siblings (Jira REST shapes): a user's
 * name and e-mail, a project's key, an issue's summary, the licence's organisation, …
 * Used both to learn values and to redact JSON.
 */
import type { JsonValue } from '../../model.ts';

export type FieldAction = { pseudonymise: string } | { remove: string } | { jql: true } | null;

type JsonObject = { [key: string]: JsonValue };

const ORG_KEYS = /^(?:organi[sz]ation(?:name)?|company(?:name)?|servertitle|jira\.title)$/i;
const SERVER_ID_KEYS = /^(?:serverid|server\.id|jira\.sid\.key|sid)$/i;
const SEN_KEYS = /^(?:sen|supportentitlementnumber)$/i;
const ISSUE_TEXT_KEYS = new Set(['summary', 'description', 'environment']);
/** Keys (and HAR header names) whose value is a user name wherever they appear. */
const USER_KEYS =
  /^(?:x-ausername|x-remote-user|remote-?user|os_username|j_username|username|user_?name|assignee|reporter)$/i;

export function isUserObject(obj: JsonObject): boolean {
  const self = typeof obj.self === 'string' ? obj.self : '';
  if (/\/user\?|\/user\/|\/myself/.test(self)) return true;
  if (typeof obj.key === 'string' && /^JIRAUSER\d+$/i.test(obj.key)) return true;
  return ('emailAddress' in obj || 'displayName' in obj) && ('name' in obj || 'key' in obj);
}

function isProjectObject(obj: JsonObject): boolean {
  const self = typeof obj.self === 'string' ? obj.self : '';
  return 'projectTypeKey' in obj || (/\/project\/[^/]+$/.test(self) && 'key' in obj);
}

function isIssueFields(obj: JsonObject): boolean {
  return (
    'summary' in obj &&
    ('issuetype' in obj || 'project' in obj || 'status' in obj || 'reporter' in obj)
  );
}

function isComment(obj: JsonObject): boolean {
  return 'body' in obj && ('author' in obj || 'created' in obj || 'updateAuthor' in obj);
}

export function classifyField(key: string, obj: JsonObject): FieldAction {
  if (isUserObject(obj)) {
    if (key === 'name') return { pseudonymise: 'user' };
    if (key === 'key')
      return { pseudonymise: /^JIRAUSER\d+$/i.test(String(obj.key)) ? 'userkey' : 'user' };
    if (key === 'displayName') return { pseudonymise: 'name' };
    if (key === 'emailAddress') return { pseudonymise: 'email' };
  }
  if (isProjectObject(obj)) {
    if (key === 'key') return { pseudonymise: 'project' };
    if (key === 'name') return { pseudonymise: 'projectname' };
  }
  if (ISSUE_TEXT_KEYS.has(key) && isIssueFields(obj)) return { remove: 'issue-text' };
  // A comment body, or any `body` that is prose (a comment posted through the REST API).
  if (key === 'body' && (isComment(obj) || /\s\S+\s/.test(String(obj.body))))
    return { remove: 'issue-text' };
  if (key.toLowerCase() === 'jql') return { jql: true };
  if (USER_KEYS.test(key)) return { pseudonymise: 'user' };
  if (ORG_KEYS.test(key)) return { pseudonymise: 'org' };
  if (SERVER_ID_KEYS.test(key)) return { pseudonymise: 'serverid' };
  if (SEN_KEYS.test(key)) return { pseudonymise: 'sen' };
  if (key === 'displayName' || key === 'emailAddress') {
    return { pseudonymise: key === 'displayName' ? 'name' : 'email' };
  }
  return null;
}

/**
 * The key a value is filed under: `{"name": "os_password", "value": "…"}` (HAR headers,
 * cookies, query strings) and `{"key": "jira.title", "value": "…"}` (application properties)
 * file their value under the name.
 */
export function effectiveKey(key: string, obj: JsonObject): string {
  if (key !== 'value') return key;
  // Application properties carry both `key` and a human `name`; HAR pairs only `name`.
  for (const k of ['key', 'name', 'id']) {
    const v = obj[k];
    if (typeof v === 'string') return v;
  }
  return key;
}
