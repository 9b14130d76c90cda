import TextField from '@atlaskit/textfield';
import { LIMIT_RANGES, type LimitField, type LimitsDraft } from './limits.ts';
import { format, t } from './i18n.ts';

interface Props {
  draft: LimitsDraft;
  invalid: readonly LimitField[];
  disabled: boolean;
  onChange(draft: LimitsDraft): void;
}

const FIELDS: { field: LimitField; label: () => string; unit: () => string; help: () => string }[] =
  [
    { field: 'maxFileMb', label: t.limitFile, unit: t.unitMb, help: t.limitFileHelp },
    { field: 'logWindowHours', label: t.limitWindow, unit: t.unitHours, help: t.limitWindowHelp },
    { field: 'maxTotalMb', label: t.limitTotal, unit: t.unitMb, help: t.limitTotalHelp },
  ];

/** The limits a careful admin checks before generating; each says what it does. */
export function LimitsPanel({ draft, invalid, disabled, onChange }: Props) {
  return (
    <fieldset className="vsb-limits" data-testid="limits">
      <legend>{t.limitsTitle()}</legend>
      {FIELDS.map(({ field, label, unit, help }) => {
        const id = `vsb-limit-${field}`;
        const bad = invalid.includes(field);
        const { min, max } = LIMIT_RANGES[field];
        return (
          <div className="vsb-limit" key={field}>
            <label htmlFor={id}>{label()}</label>
            <TextField
              id={id}
              type="number"
              min={min}
              max={max}
              width="small"
              value={draft[field]}
              isInvalid={bad}
              isDisabled={disabled}
              aria-describedby={`${id}-help`}
              elemAfterInput={<span className="vsb-unit">{unit()}</span>}
              onChange={(event) => onChange({ ...draft, [field]: event.currentTarget.value })}
              testId={`limit-${field}`}
            />
            <p className={bad ? 'vsb-field-error' : 'vsb-help'} id={`${id}-help`}>
              {bad ? format(t.limitInvalid(), min, max) : help()}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
