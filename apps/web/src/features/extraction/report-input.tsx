/**
 * The report to read: pasted into the box or chosen as a file (read in the browser, its text put in
 * the box so staff see what is read), its title and date (guessed from the text, for staff to check:
 * every figure taken from it cites them), and the province to assume where the text names none.
 */
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { UnitView } from '../../shared/reference/reference-queries.ts';
import { readReportFile, UnreadableReport } from './report-file.ts';
import { guessDate, guessTitle } from './report-heading.ts';

export interface ReportDraft {
  text: string;
  title: string;
  /** ISO date, or '' when unknown. */
  date: string;
}

interface Props {
  draft: ReportDraft;
  onDraft: (draft: ReportDraft) => void;
  units: readonly UnitView[];
  unitId: string | undefined;
  onUnit: (unitId: string) => void;
  isReading: boolean;
  onRead: () => void;
}

export function ReportInput({ draft, onDraft, units, unitId, onUnit, isReading, onRead }: Props) {
  const { t, name } = useI18n();
  const id = useId();
  const [fileState, setFileState] = useState<{ name: string; error?: string; isLoading?: boolean } | null>(
    null,
  );
  /** The title and date follow the text until staff type their own. */
  const [isHeadingTyped, setHeadingTyped] = useState(false);

  const withText = (text: string, fileName?: string) =>
    onDraft({
      text,
      title: isHeadingTyped ? draft.title : guessTitle(text, fileName),
      date: isHeadingTyped ? draft.date : (guessDate(text) ?? ''),
    });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setFileState({ name: file.name, isLoading: true });
    try {
      const text = await readReportFile(file);
      withText(text, file.name);
      setFileState({ name: file.name });
    } catch (error) {
      const reason = error instanceof UnreadableReport ? error.reason : 'broken';
      setFileState({ name: file.name, error: t(`extract.file.${reason}`, { name: file.name }) });
    }
  };

  return (
    <form
      className="report-input"
      onSubmit={(event) => {
        event.preventDefault();
        onRead();
      }}
    >
      <div className="report-input-row">
        <label htmlFor={`${id}-text`}>{t('extract.paste')}</label>
        <span className="file-choice">
          {t('extract.or')}{' '}
          <label htmlFor={`${id}-file`} className="button button-small">
            {t('extract.chooseFile')}
          </label>
          <input
            id={`${id}-file`}
            className="visually-hidden"
            type="file"
            accept=".docx,.txt,.pdf,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </span>
      </div>
      <p className="muted file-status" role="status">
        {fileState?.isLoading && t('extract.fileReading', { name: fileState.name })}
        {fileState &&
          !fileState.isLoading &&
          !fileState.error &&
          t('extract.fileRead', { name: fileState.name })}
      </p>
      {fileState?.error && (
        <p className="form-error" role="alert">
          {fileState.error}
        </p>
      )}
      <textarea
        id={`${id}-text`}
        value={draft.text}
        rows={10}
        spellCheck={false}
        placeholder={t('extract.placeholder')}
        onChange={(event) => withText(event.target.value)}
      />
      <div className="report-heading-fields">
        <label>
          {t('extract.reportTitle')}
          <input
            type="text"
            value={draft.title}
            maxLength={300}
            onChange={(event) => {
              setHeadingTyped(true);
              onDraft({ ...draft, title: event.target.value });
            }}
          />
        </label>
        <label>
          {t('extract.reportDate')}
          <input
            type="date"
            value={draft.date}
            onChange={(event) => {
              setHeadingTyped(true);
              onDraft({ ...draft, date: event.target.value });
            }}
          />
        </label>
        {units.length > 0 && (
          <label>
            {t('extract.unit')}
            <select value={unitId} onChange={(event) => onUnit(event.target.value)}>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {name(u)}
                  {u.vintage === 63 ? ` ${t('extract.former')}` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <button
        type="submit"
        className="button button-primary"
        disabled={draft.text.trim() === '' || isReading}
      >
        {isReading ? t('extract.reading') : t('extract.read')}
      </button>
    </form>
  );
}
