/**
 * What a JSON field holds, judged by its key and its siblings (Jira REST shapes): a user's
 * name and e-mail, a project's key, an issue's summary, the licence's organisation, …
 * Used both to learn values and to redact JSON.
 */
import type { JsonValue } from '../../model.ts';
import { isBuiltInGroup } from '../rules/helpers/groups.ts';

export type FieldAction = { pseudonymise: string } | { remove: string } | { jql: true } | null;

type JsonObject = { [key: string]: JsonValue };

const ORG_KEYS = /^(?:organi[sz]ation(?:name)?|company(?:name)?|servertitle|jira\.title)$/i;
const SERVER_ID_KEYS = /^(?:serverid|server\.id|jira\.sid\.key|sid)$/i;
const SEN_KEYS = /^(?:sen|supportentitlementnumber)$/i;
/** A group's name under its own key, also as a HAR query pair (`{"name":"groupname",…}`). */
const GROUP_KEYS = /^group_?name$/i;
/** A group's REST link: `/rest/api/2/group?groupname=…`, `/group/member?groupname=…`. */
const GROUP_SELF = /\/group(?:\/member)?\?groupname=/;
const ISSUE_TEXT_KEYS = new Set(['summary', 'description', 'environment']);
/** Keys (and HAR header names) whose value is a user name wherever they appear. */
const USER_KEYS =
  /^(?:x-ausername|x-remote-user|remote-?user|os_username|j_username|username|user_?name|assignee|reporter|built-by)$/i;
/** JQL under its own name, and a webhook's issue filter (`filters.issue-related-events-section`). */
const JQL_KEYS = /^(?:jql|jql-?filter|issue-related-events-section)$/i;
/** Changelog fields whose old and new strings are Jira's own words (a status, a priority, a key). */
const WORKFLOW_CHANGE_FIELDS = new Set([
  'status',
  'resolution',
  'priority',
  'issuetype',
  'workflow',
  'key',
  'link',
  'timeestimate',
  'timeoriginalestimate',
  'timespent',
  'worklogid',
  'duedate',
]);
const USER_CHANGE_FIELDS = new Set(['assignee', 'reporter', 'creator']);
/** A project's parts, by their REST link: their descriptions are the customer's prose. */
const PROJECT_PART_SELF = /\/rest\/api\/\d+\/(?:component|version|projectCategory)\/\d+$/;
const CUSTOM_FIELD_KEY = /^customfield_\d+$/;
/** Keys inside a custom field's value that say how Jira stores it, not what someone wrote. */
const CUSTOM_FIELD_STRUCTURE = new Set(['self', 'id', 'iconUrl', 'disabled', 'timeZone', 'locale']);
/** Numbers, dates and durations stay (`2024-03-01T16:40:01.000+0100`, `3.5`). */
const NUMBER_OR_DATE = /^[\d\s.,:+\-TZ/]*$/;

export function isUserObject(obj: JsonObject): boolean {
  const self = typeof obj.self === 'string' ? obj.self : '';
  if (/\/user\?|\/user\/|\/myself/.test(self)) return true;
  if (typeof obj.key === 'string' && /^JIRAUSER\d+$/i.test(obj.key)) return true;
  return ('emailAddress' in obj || 'displayName' in obj) && ('name' in obj || 'key' in obj);
}

/** A group as REST answers give it: with its link (`groups.items` of a user), or from the picker. */
function isGroupObject(obj: JsonObject): boolean {
  const self = typeof obj.self === 'string' ? obj.self : '';
  return GROUP_SELF.test(self) || ('html' in obj && 'labels' in obj && 'name' in obj);
}

/** A customer's group is pseudonymised; Jira's own (`jira-software-users`) stays for support. */
function groupAction(key: string, obj: JsonObject): FieldAction {
  const value = key in obj ? obj[key] : obj.value;
  return typeof value === 'string' && isBuiltInGroup(value) ? null : { pseudonymise: 'group' };
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

function isWorklog(obj: JsonObject): boolean {
  return 'timeSpentSeconds' in obj || 'timeSpent' in obj || 'started' in obj;
}

/** One item of an issue's changelog: `{field, fieldtype, from, fromString, to, toString}`. */
function changelogAction(key: string, obj: JsonObject): FieldAction | undefined {
  if (typeof obj.field !== 'string' || !('fromString' in obj || 'toString' in obj))
    return undefined;
  const field = obj.field.toLowerCase();
  const isString = key === 'fromString' || key === 'toString';
  if (USER_CHANGE_FIELDS.has(field)) {
    if (isString) return { pseudonymise: 'name' };
    if (key === 'from' || key === 'to')
      return { pseudonymise: /^JIRAUSER\d+$/i.test(String(obj[key])) ? 'userkey' : 'user' };
  }
  if (!isString) return undefined;
  if (field === 'project') return { pseudonymise: 'projectname' };
  // Everything else a person typed or named: summaries, custom fields, versions, file names.
  return WORKFLOW_CHANGE_FIELDS.has(field) ? null : { remove: 'issue-text' };
}

/** Whether `key` of the object filed under `containerKey` is an issue's custom field. */
export function isCustomField(containerKey: string, key: string): boolean {
  return (
    (containerKey === 'fields' || containerKey === 'renderedFields') && CUSTOM_FIELD_KEY.test(key)
  );
}

/**
 * A string inside a custom field's value (an option, a cascading child, free text, a sprint's
 * name): the customer's content, unless it is a link, an id, a number or a date.
 */
export function isCustomFieldContent(key: string, value: string): boolean {
  return (
    !CUSTOM_FIELD_STRUCTURE.has(key) &&
    !NUMBER_OR_DATE.test(value) &&
    !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)
  );
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
    if (key === 'key' || key === 'projectKeys') return { pseudonymise: 'project' };
    if (key === 'name') return { pseudonymise: 'projectname' };
    if (key === 'description') return { remove: 'issue-text' };
  }
  if ((key === 'name' && isGroupObject(obj)) || GROUP_KEYS.test(key)) return groupAction(key, obj);
  if (ISSUE_TEXT_KEYS.has(key) && isIssueFields(obj)) return { remove: 'issue-text' };
  // A comment body, or any `body` that is prose (a comment posted through the REST API).
  if (key === 'body' && (isComment(obj) || /\s\S+\s/.test(String(obj.body))))
    return { remove: 'issue-text' };
  if (key === 'comment' && typeof obj.comment === 'string' && isWorklog(obj))
    return { remove: 'issue-text' };
  const change = changelogAction(key, obj);
  if (change !== undefined) return change;
  // An attachment's file name says what the customer works on; its size and type stay.
  if (key === 'filename' && ('content' in obj || 'mimeType' in obj))
    return { remove: 'issue-text' };
  if (key === 'description' && PROJECT_PART_SELF.test(String(obj.self)))
    return { remove: 'issue-text' };
  // Application properties of type `text` are prose (the introduction, the contact message).
  if (obj.type === 'text' && key === obj.key && 'value' in obj) return { remove: 'issue-text' };
  if (JQL_KEYS.test(key)) return { jql: true };
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
