import type { RuleField } from './custom-rules.ts';
import type { RuleProblem } from './use-setup.ts';
import { format, t } from './i18n.ts';
import { PSEUDONYM_KEY_STORAGE } from './pseudonym-key.ts';

interface Props {
  keywords: string;
  patterns: string;
  disabled: boolean;
  /** A rule the redactor refuses, shown beside the box it was typed in. */
  problem?: RuleProblem;
  consistent: boolean;
  /** The browser refused to store the key. */
  keyRefused: boolean;
  onKeywordsChange(value: string): void;
  onPatternsChange(value: string): void;
  onConsistentChange(on: boolean): void;
}

function RuleBox(props: {
  field: RuleField;
  label: string;
  help: string;
  value: string;
  disabled: boolean;
  problem?: RuleProblem;
  onChange(value: string): void;
}) {
  const id = `vsb-rules-${props.field}`;
  const problem = props.problem?.field === props.field ? props.problem : undefined;
  return (
    <div className="vsb-rule-box">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        className={`vsb-textarea${problem ? ' vsb-textarea-invalid' : ''}`}
        rows={4}
        spellCheck={false}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={problem !== undefined}
        aria-describedby={`${id}-help${problem ? ` ${id}-error` : ''}`}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        data-testid={`rules-${props.field}`}
      />
      {problem && (
        <p
          className="vsb-field-error"
          id={`${id}-error`}
          role="alert"
          data-testid={`rules-${props.field}-error`}
        >
          {format(t.ruleLineProblem(), problem.line, problem.message)}
        </p>
      )}
      <p className="vsb-help" id={`${id}-help`}>
        {props.help}
      </p>
    </div>
  );
}

/** Secrets always go and personal data is always pseudonymised; the admin can add rules. */
export function RedactionOptions(props: Props) {
  return (
    <section className="vsb-redaction" aria-labelledby="vsb-redaction-title">
      <h3 id="vsb-redaction-title">{t.step3()}</h3>
      <p>{t.redactionAlways()}</p>
      <div className="vsb-rule-boxes">
        <RuleBox
          field="keywords"
          label={t.keywordsLabel()}
          help={t.keywordsHelp()}
          value={props.keywords}
          disabled={props.disabled}
          problem={props.problem}
          onChange={props.onKeywordsChange}
        />
        <RuleBox
          field="patterns"
          label={t.patternsLabel()}
          help={t.patternsHelp()}
          value={props.patterns}
          disabled={props.disabled}
          problem={props.problem}
          onChange={props.onPatternsChange}
        />
      </div>
      <div className="vsb-consistent">
        <label>
          <input
            type="checkbox"
            className="vsb-checkbox"
            checked={props.consistent}
            disabled={props.disabled}
            aria-describedby="vsb-consistent-help"
            onChange={(event) => props.onConsistentChange(event.currentTarget.checked)}
            data-testid="consistent-pseudonyms"
          />
          {t.consistentLabel()}
        </label>
        <p className="vsb-help" id="vsb-consistent-help">
          {format(t.consistentHelp(), PSEUDONYM_KEY_STORAGE)}
        </p>
        {props.keyRefused && (
          <p className="vsb-field-error" role="alert">
            {t.consistentRefused()}
          </p>
        )}
      </div>
    </section>
  );
}
