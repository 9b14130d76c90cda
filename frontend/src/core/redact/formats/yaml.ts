/**
 * A plain YAML value that starts with a marker would read as a flow sequence
 * (`key: [REDACTED:jwt]`); such values are quoted so the file still means what it meant.
 */
const BARE_MARKER =
  /^([ \t]*(?:-[ \t]+)?(?:[^\s#:'"][^:\n]*:[ \t]+)?)(\[REDACTED:[\w:.-]+\][^\n]*?)([ \t]*)$/gm;

export function quoteYamlMarkers(text: string): string {
  if (!text.includes('[REDACTED:')) return text;
  return text.replace(BARE_MARKER, (_all, lead: string, value: string, tail: string) => {
    return `${lead}'${value.replace(/'/g, "''")}'${tail}`;
  });
}
