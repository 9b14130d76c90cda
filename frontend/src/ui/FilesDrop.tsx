import { useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import { formatBytes } from './format-bytes.ts';
import { t } from './i18n.ts';

interface Props {
  files: File[];
  disabled: boolean;
  onChange(files: File[]): void;
}

/** Logs, configs, thread dumps, HAR files or an Atlassian support zip the admin adds. */
export function FilesDrop({ files, disabled, onChange }: Props) {
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
        <ul className="vsb-file-list">
          {files.map((file) => (
            <li key={file.name}>
              <span className="vsb-file-name">{file.name}</span>
              <span className="vsb-file-size">{formatBytes(file.size)}</span>
              <Button
                appearance="subtle"
                spacing="compact"
                isDisabled={disabled}
                onClick={() => onChange(files.filter((other) => other !== file))}
              >
                {`${t.filesRemove()} ${file.name}`}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
