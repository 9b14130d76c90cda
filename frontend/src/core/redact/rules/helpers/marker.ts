/** The marker that replaces a removed value; it names the rule and carries nothing else. */
export function marker(ruleId: string): string {
  return `[REDACTED:${ruleId}]`;
}

export function isMarker(value: string): boolean {
  return value.startsWith('[REDACTED:');
}
