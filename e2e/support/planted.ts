/**
 * Sensitive values the sandbox's fixtures carry (all fake). None may appear in a bundle,
 * in any letter case or URL-encoded.
 */
export const PLANTED_VALUES = [
  'jira.fake-corp.example.test',
  'fake-corp.example.test',
  'ada.fakeadmin',
  'Ada Fakeadmin',
  'JIRAUSER10100',
  'AAAB-FAKE-LICENSE',
  'Fake Org Example Ltd',
  'SEN-FAKE-00012345',
  'BFAK-E123-4567-89AB',
];

/** Every planted value found in `text`, whatever its case or URL encoding. */
export function leakedValues(text: string, values: readonly string[] = PLANTED_VALUES): string[] {
  const haystack = text.toLowerCase();
  return values.filter((value) => {
    const lower = value.toLowerCase();
    return haystack.includes(lower) || haystack.includes(encodeURIComponent(lower));
  });
}
