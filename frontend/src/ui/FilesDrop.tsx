import { useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { FileEstimateInfo } from '../worker/protocol.ts';
import { formatBytes } from './format-bytes.ts';
import { format, t } from './i18n.ts';

interface Props {
  files: File[];
  disabled: boolean;
  onChange(files: File[]): void;
  /** What each file will add to the bundle, by file name. */
  estimates?: readonly FileEstimateInfo[];
  /** Bundle paths of binary files the admin keeps (not redacted). */
  keepBinary?: ReadonlySet<string>;
  onKeepBinary?(bundlePath: string, keep: boolean): void;
}

function treatment(estimate: FileEstimateInfo, kept: boolean): string {
  if (estimate.treatment === 'too-large') return t.fileTooLarge();
  if (estimate.treatment === 'unreadable') return t.fileUnreadable();
  if (estimate.binary) return kept ? t.fileBinaryKept() : t.fileBinary();
  if (estimate.treatment === 'newest-part')
    return format(t.fileNewest(), formatBytes(estimate.estimatedBytes));
  if (estimate.treatment === 'zip')
    return format(t.fileZip(), estimate.entries ?? 0, formatBytes(estimate.estimatedBytes));
  return t.fileWhole();
}

/** Logs, configs, thread dumps, HAR files or an Atlassian support zip the admin adds. */
export function FilesDrop({
  files,
  disabled,
  onChange,
  estimates = [],
  keepBinary = new Set(),
  onKeepBinary,
}: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const add = (list: FileList | null) => {
    if (!list) return;
    const byName = new Map(files.map((file) => [file.name, file]));
    for (const file of Array.from(list)) byName.set(file.name, file);
    onChange([...byName.values()]);
  };
  return (
    <section className="vsb-files" aria-labelledby="vsb-files-title">
      <h3 id="vsb-files-title">{t.step2()}</h3>
      <div
        className={`vsb-dropzone${over ? ' vsb-dropzone-over' : ''}`}
        data-testid="dropzone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          if (!disabled) add(event.dataTransfer.files);
        }}
      >
        <span>{t.filesHint()}</span>
        <Button isDisabled={disabled} onClick={() => input.current?.click()}>
          {t.filesPick()}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="file-input"
          onChange={(event) => {
            add(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
      </div>
      {files.length > 0 && (
        <ul className="vsb-file-list" aria-label={t.filesListLabel()}>
          {files.map((file) => {
            const estimate = estimates.find((e) => e.name === file.name);
            const kept = estimate ? keepBinary.has(estimate.bundlePath) : false;
            return (
              <li key={file.name} data-testid={`added-file-${file.name}`}>
                <span className="vsb-file-name">{file.name}</span>
                <span className="vsb-file-size">{formatBytes(file.size)}</span>
                <span className="vsb-file-treatment">
                  {estimate ? treatment(estimate, kept) : ''}
                </span>
                {estimate?.binary && estimate.treatment === 'whole' && onKeepBinary && (
                  <label className="vsb-keep-binary">
                    <input
                      type="checkbox"
                      className="vsb-checkbox"
                      checked={kept}
                      disabled={disabled}
                      onChange={(event) =>
                        onKeepBinary(estimate.bundlePath, event.currentTarget.checked)
                      }
                      data-testid={`keep-binary-${file.name}`}
                      aria-label={format(t.fileKeepBinaryNamed(), file.name)}
                    />
                    {t.fileKeepBinary()}
                  </label>
                )}
                <Button
                  appearance="subtle"
                  spacing="compact"
                  isDisabled={disabled}
                  aria-label={`${t.filesRemove()} ${file.name}`}
                  onClick={() => onChange(files.filter((other) => other !== file))}
                >
                  {t.filesRemove()}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
