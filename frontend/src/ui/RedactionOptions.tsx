import TextField from '@atlaskit/textfield';
import { t } from './i18n.ts';

interface Props {
  keywords: string;
  disabled: boolean;
  onKeywordsChange(value: string): void;
}

/** Secrets always go and personal data is always pseudonymised; the admin can add words. */
export function RedactionOptions({ keywords, disabled, onKeywordsChange }: Props) {
  return (
    <section className="vsb-redaction" aria-labelledby="vsb-redaction-title">
      <h3 id="vsb-redaction-title">{t.step3()}</h3>
      <p>{t.redactionAlways()}</p>
      <label htmlFor="vsb-keywords">{t.keywordsLabel()}</label>
      <TextField
        id="vsb-keywords"
        value={keywords}
        isDisabled={disabled}
        onChange={(event) => onKeywordsChange(event.currentTarget.value)}
        testId="keywords"
      />
      <p className="vsb-help">{t.keywordsHelp()}</p>
    </section>
  );
}

/** Comma- or newline-separated words, trimmed, without duplicates. */
export function parseKeywords(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,\n]/)
        .map((word) => word.trim())
        .filter(Boolean),
    ),
  ];
}
