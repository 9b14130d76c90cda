import ProgressBar from '@atlaskit/progress-bar';
import Button from '@atlaskit/button/new';
import type { Stage } from '../worker/protocol.ts';
import { format, t } from './i18n.ts';

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

/** Each stage and the whole, while the worker generates; Cancel stops it at once. */
export function ProgressPanel({
  progress,
  onCancel,
}: {
  progress: StageProgress;
  onCancel(): void;
}) {
  const overall =
    STAGES.reduce((sum, { stage }) => sum + ratio(progress[stage]), 0) / STAGES.length;
  const percent = Math.floor(overall * 100);
  return (
    <section className="vsb-progress" aria-labelledby="vsb-progress-title" data-testid="progress">
      <h3 id="vsb-progress-title" className="vsb-progress-title">
        {t.generating()}
      </h3>
      <div className="vsb-progress-row vsb-progress-overall">
        <span className="vsb-progress-label" data-testid="progress-overall">
          {format(t.progressOverall(), percent)}
        </span>
        <ProgressBar value={overall} ariaLabel={format(t.progressOverall(), percent)} />
      </div>
      {STAGES.map(({ stage, label }) => {
        const { done, total } = progress[stage];
        const text = total > 0 ? format(t.progressStage(), label(), done, total) : label();
        return (
          <div className="vsb-progress-row" key={stage} data-testid={`progress-${stage}`}>
            <span className="vsb-progress-label">{text}</span>
            <ProgressBar value={ratio(progress[stage])} ariaLabel={text} />
          </div>
        );
      })}
      <div>
        <Button onClick={onCancel} testId="cancel">
          {t.cancel()}
        </Button>
      </div>
    </section>
  );
}
