/**
 * What each failure means and what an admin can do about it, in the admin's words.
 * One place, so the screen, the log and the report all say the same thing.
 */
import type { FailureKind } from '../model.ts';

export interface FailureText {
  message: string;
  advice: string;
}

const TEXTS: Record<FailureKind, FailureText> = {
  'websudo-required': {
    message: 'Jira asked for a secure administrator session before answering.',
    advice: 'Confirm your administrator password (secure administrator session) and retry.',
  },
  unauthenticated: {
    message: 'Jira did not recognise your session (HTTP 401).',
    advice: 'Log in to Jira again in this browser and retry.',
  },
  forbidden: {
    message: 'Jira refused access (HTTP 403): this needs more permissions than you have.',
    advice: 'Ask a Jira system administrator to generate the bundle, or leave this source out.',
  },
  'not-found': {
    message: 'Jira does not offer this information (HTTP 404).',
    advice: 'Nothing to do if the feature is not installed; otherwise leave this source out.',
  },
  'server-error': {
    message: 'Jira answered with a server error.',
    advice: 'Retry in a moment; if it keeps failing, the Jira log (atlassian-jira.log) says why.',
  },
  timeout: {
    message: 'Jira did not answer in time.',
    advice: 'Retry when Jira is less busy, or raise the request timeout.',
  },
  'login-page': {
    message: 'Jira answered with its login page instead of data.',
    advice: 'Your Jira session expired; log in again and retry.',
  },
  'malformed-json': {
    message: 'Jira answered with data that could not be read.',
    advice: 'Retry; if it keeps happening, a proxy or an app may be changing the answer.',
  },
  'too-large': {
    message: 'The answer was larger than the size limit.',
    advice: 'Raise the size limit, or leave this source out.',
  },
  network: {
    message: 'The request did not reach Jira (network error).',
    advice: 'Check that Jira is reachable from this browser and retry.',
  },
  cancelled: {
    message: 'Cancelled.',
    advice: '',
  },
  'unreadable-file': {
    message: 'The file could not be read.',
    advice: 'Check the file and add it again.',
  },
  other: {
    message: 'Something unexpected went wrong.',
    advice: 'Retry; if it keeps failing, leave this source out and tell support.',
  },
};

export function failureText(kind: FailureKind): FailureText {
  return TEXTS[kind];
}
