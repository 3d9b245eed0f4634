/**
 * Choosing the file to import: a drop zone around an ordinary file input, so the keyboard and
 * screen readers use the input and a mouse can drop a file from the desktop. Refuses, with the
 * reason, a file of another type or over the API's size limit; a report in prose (.docx, .txt,
 * .pdf) is pointed to the page that reads reports for figures.
 */
import { Link } from '@tanstack/react-router';
import { type DragEvent, useId, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { type FileFormat, formatBytes, importFileKind, MAX_IMPORT_BYTES } from './import-request.ts';

export interface ChosenFile {
  file: File;
  kind: FileFormat;
}

/** Files the report page reads for figures, not this one. */
const REPORT_FILE = /\.(docx?|txt|pdf)$/i;

export function FileDrop({
  chosen,
  onChoose,
}: {
  chosen: ChosenFile | null;
  onChoose: (chosen: ChosenFile | null) => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [isOver, setOver] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** A report in prose (.docx, .txt, .pdf): the report page reads it for figures. */
  const [isReport, setReport] = useState(false);

  const take = (file: File | undefined) => {
    if (!file) return;
    const kind = importFileKind(file);
    const refusal = !kind
      ? t('import.wrongType', { name: file.name })
      : file.size > MAX_IMPORT_BYTES
        ? t('import.tooBig', { name: file.name })
        : null;
    setProblem(refusal);
    setReport(!kind && REPORT_FILE.test(file.name));
    onChoose(kind && !refusal ? { file, kind } : null);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files[0]);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file input inside is the accessible way
    <div
      className={`file-drop${isOver ? ' is-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="file-drop"
    >
      <p>
        {t('import.dropHere')}{' '}
        <label htmlFor={`${id}-file`} className="button file-drop-label">
          {t('import.chooseFile')}
        </label>
      </p>
      <input
        id={`${id}-file`}
        className="visually-hidden"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={`${id}-chosen`}
        onChange={(event) => {
          take(event.target.files?.[0]);
          // The same file chosen again after fixing it on disk still fires a change.
          event.target.value = '';
        }}
      />
      <p
        id={`${id}-chosen`}
        className={problem ? 'form-error' : 'muted'}
        role={problem ? 'alert' : undefined}
      >
        {problem ??
          (chosen
            ? t('import.fileChosen', { name: chosen.file.name, size: formatBytes(chosen.file.size, locale) })
            : '')}
        {isReport && (
          <>
            {' '}
            <Link to="/bao-cao/tu-bao-cao">{t('import.reportFile')}</Link>
          </>
        )}
      </p>
    </div>
  );
}
