/** Version of the rule catalogue; every rule records the version it last changed in. */
export const RULESET_VERSION = '2026.11.3';
