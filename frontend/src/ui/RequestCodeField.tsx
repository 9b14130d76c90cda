import { useState } from 'react';
import Button from '@atlaskit/button/new';
import TextField from '@atlaskit/textfield';
import { t } from './i18n.ts';

interface Props {
  /** Why the last pasted code cannot be used. */
  problem?: string;
  disabled: boolean;
  onSubmit(text: string): void;
  onEdit(): void;
}

/** Where the admin pastes a request code (or the whole link) support sent them. */
export function RequestCodeField({ problem, disabled, onSubmit, onEdit }: Props) {
  const [text, setText] = useState('');
  return (
    <form
      className="vsb-request-code"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() !== '') onSubmit(text);
      }}
    >
      <label htmlFor="vsb-request-code-input">{t.requestPasteLabel()}</label>
      <div className="vsb-inline">
        <TextField
          id="vsb-request-code-input"
          value={text}
          isDisabled={disabled}
          isInvalid={problem !== undefined}
          aria-describedby={problem ? 'vsb-request-code-error' : 'vsb-request-code-help'}
          placeholder="SB1-…"
          onChange={(event) => {
            setText(event.currentTarget.value);
            onEdit();
          }}
          testId="request-code"
        />
        <Button type="submit" isDisabled={disabled || text.trim() === ''} testId="apply-request">
          {t.requestApply()}
        </Button>
      </div>
      {problem ? (
        <p
          className="vsb-field-error"
          id="vsb-request-code-error"
          role="alert"
          data-testid="request-code-error"
        >
          {problem} {t.requestNothingChanged()}
        </p>
      ) : (
        <p className="vsb-help" id="vsb-request-code-help">
          {t.requestPasteHelp()}
        </p>
      )}
    </form>
  );
}
