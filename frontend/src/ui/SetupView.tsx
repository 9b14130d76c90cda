import Button from '@atlaskit/button/new';
import type { CollectionLogEntry } from '../core/model.ts';
import { SourcesTable } from './SourcesTable.tsx';
import { FilesDrop } from './FilesDrop.tsx';
import { LimitsPanel } from './LimitsPanel.tsx';
import { RedactionOptions } from './RedactionOptions.tsx';
import { EstimateSummary } from './EstimateSummary.tsx';
import { ProgressPanel, type StageProgress } from './ProgressPanel.tsx';
import type { Setup } from './use-setup.ts';
import { t } from './i18n.ts';

interface Props {
  setup: Setup;
  running: boolean;
  progress: StageProgress;
  statuses: Readonly<Record<string, CollectionLogEntry>>;
  onGenerate(): void;
  onCancel(): void;
}

/** Steps 1–3 and Generate; while the worker runs, the choices stay visible but locked. */
export function SetupView({ setup, running, progress, statuses, onGenerate, onCancel }: Props) {
  const chosen = setup.selected.size + setup.files.length;
  const { limits } = setup;
  const canGenerate = chosen > 0 && setup.sources.length > 0 && limits !== undefined;
  return (
    <>
      <section className="vsb-sources" aria-labelledby="vsb-sources-title">
        <div className="vsb-step-head">
          <h3 id="vsb-sources-title">{t.step1()}</h3>
          <EstimateSummary estimate={setup.estimate} maxTotalBytes={limits?.maxTotalBytes} />
        </div>
        <SourcesTable
          sources={setup.sources}
          selected={setup.selected}
          statuses={statuses}
          disabled={running}
          onToggle={setup.toggleSource}
          estimates={setup.estimate?.sources}
        />
      </section>
      <FilesDrop
        files={setup.files}
        disabled={running}
        onChange={setup.setFiles}
        estimates={setup.estimate?.files}
        keepBinary={setup.keepBinary}
        onKeepBinary={setup.toggleKeepBinary}
      />
      <LimitsPanel
        draft={setup.limitsDraft}
        invalid={setup.invalidLimits}
        disabled={running}
        onChange={setup.setLimitsDraft}
      />
      <RedactionOptions
        keywords={setup.keywords}
        patterns={setup.patterns}
        disabled={running}
        problem={setup.ruleProblem}
        consistent={setup.consistent}
        keyRefused={setup.keyRefused}
        onKeywordsChange={setup.setKeywords}
        onPatternsChange={setup.setPatterns}
        onConsistentChange={setup.setConsistent}
      />
      <div className="vsb-generate">
        {running ? (
          <ProgressPanel progress={progress} onCancel={onCancel} />
        ) : (
          <Button
            appearance="primary"
            isDisabled={!canGenerate}
            onClick={onGenerate}
            testId="generate"
          >
            {t.generate()}
          </Button>
        )}
      </div>
    </>
  );
}
