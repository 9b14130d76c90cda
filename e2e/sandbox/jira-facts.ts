// The Jira the sandbox pretends to be. Keep in step with e2e/fixtures/rest/serverInfo.json.
export const JIRA_VERSION = '9.12.15';
export const JIRA_BUILD_NUMBER = 9120015;
export const DEFAULT_NODE_ID = 'node-1';
export const SERVER_ID = 'BFAK-E123-4567-89AB';
export const CONFIGURED_BASE_URL = 'https://jira.fake-corp.example.test';
/** The sandbox's own "plugin" that provides page globals and the look of the pages. */
export const SANDBOX_GLOBALS_KEY = 'com.atlassian.sandbox:globals';
