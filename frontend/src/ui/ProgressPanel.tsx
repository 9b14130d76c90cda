import ProgressBar from '@atlaskit/progress-bar';
import Button from '@atlaskit/button/new';
import type { Stage } from '../worker/protocol.ts';
import { t } from './i18n.ts';

export type StageProgress = Record<Stage, { done: number; total: number }>;

export const EMPTY_PROGRESS: StageProgress = {
  collect: { done: 0, total: 0 },
  redact: { done: 0, total: 0 },
  pack: { done: 0, total: 0 },
};

const STAGES: { stage: Stage; label: () => string }[] = [
  { stage: 'collect', label: t.stageCollect },
  { stage: 'redact', label: t.stageRedact },
  { stage: 'pack', label: t.stagePack },
];

function ratio({ done, total }: { done: number; total: number }): number {
  return total === 0 ? 0 : Math.min(1, done / total);
}

export function ProgressPanel({
  progress,
  onCancel,
}: {
  progress: StageProgress;
  onCancel(): void;
}) {
  const overall =
    STAGES.reduce((sum, { stage }) => sum + ratio(progress[stage]), 0) / STAGES.length;
  return (
    <section className="vsb-progress" aria-live="polite" data-testid="progress">
      <div className="vsb-progress-row">
        <span className="vsb-progress-label">{t.generating()}</span>
        <ProgressBar value={overall} ariaLabel={t.generating()} />
      </div>
      {STAGES.map(({ stage, label }) => (
        <div className="vsb-progress-row" key={stage}>
          <span className="vsb-progress-label">
            {label()}{' '}
            {progress[stage].total > 0 && `${progress[stage].done}/${progress[stage].total}`}
          </span>
          <ProgressBar value={ratio(progress[stage])} ariaLabel={label()} />
        </div>
      ))}
      <Button appearance="subtle" onClick={onCancel} testId="cancel">
        {t.cancel()}
      </Button>
    </section>
  );
}
