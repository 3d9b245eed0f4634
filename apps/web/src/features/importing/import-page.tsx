/**
 * `/bao-cao/nhap-tep?tinh=v34-14&ky=2026-11`: a province's staff import a whole file of figures.
 * Download the template of a province and period, choose the filled file (or drop it), say how its
 * numbers are written and the source of rows that name none; the preview lists every problem by
 * line and column and the rows read, writing nothing; Import is offered only for a file without
 * problems, shows the upload's progress, and ends with what was written and the reports to review.
 */
import {
  formatNumber,
  type Locale,
  type Period,
  parsePeriod,
  periodContaining,
  previousPeriod,
} from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { PeriodPicker } from '../../shared/pickers/period-picker.tsx';
import { ProvincePicker } from '../../shared/pickers/province-picker.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { indicatorsQuery, metaQuery, unitsQuery } from '../../shared/reference/reference-queries.ts';
import { canEdit, useSession } from '../../shared/session/use-session.ts';
import { ExportPanel } from './export-panel.tsx';
import { type ChosenFile, FileDrop } from './file-drop.tsx';
import { importChoice, periodChange } from './import-choice.ts';
import { ImportIssues } from './import-issues.tsx';
import { templateUrl } from './import-request.ts';
import { ImportResult } from './import-result.tsx';
import { ImportRows } from './import-rows.tsx';
import { ImportRefused, useCommitImport, usePreviewImport } from './importing-queries.ts';
import type { SendProgress } from './send-file.ts';
import './importing.css';
import { todayInVietnam } from '../../shared/clock.ts';

const route = getRouteApi('/bao-cao/nhap-tep');

/** The month before today's: the report most often due. */
export function lastMonth(today: string): Period {
  return previousPeriod(periodContaining(today, 'month'));
}

export function ImportPage() {
  const { t, locale } = useI18n();
  const id = useId();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { user } = useSession();
  const meta = useQuery(metaQuery());
  const units = useQuery(unitsQuery());
  const indicators = useQuery(indicatorsQuery());
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [numbers, setNumbers] = useState<Locale>(locale);
  const [source, setSource] = useState('');
  const [progress, setProgress] = useState<SendProgress | null>(null);
  const preview = usePreviewImport();
  const commit = useCommitImport(setProgress);

  if (meta.isError || units.isError || indicators.isError)
    return (
      <ErrorState
        error={meta.error ?? units.error ?? indicators.error}
        onRetry={() => void Promise.all([meta.refetch(), units.refetch(), indicators.refetch()])}
      />
    );
  if (!meta.data || !units.data || !indicators.data) return <LoadingState />;

  const period = parsePeriod(search.ky ?? '') ?? lastMonth(todayInVietnam());
  const { choices, unit } = importChoice(units.data.units, (id) => canEdit(user, id), search.tinh, period);
  const unitById = new Map(units.data.units.map((u) => [u.id, u]));
  const indicatorByKey = new Map(indicators.data.indicators.map((i) => [i.key, i]));
  const select = (patch: { tinh?: string; ky?: string }) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  /** Anything changed about what would be sent: the last preview and result no longer hold. */
  const changed = () => {
    preview.reset();
    commit.reset();
    setProgress(null);
  };
  const request = () =>
    chosen && {
      file: chosen.file,
      kind: chosen.kind,
      // The period chosen here: the API names every row of another period as a problem.
      options: { locale: numbers, source, name: chosen.file.name, period: period.key },
    };
  const checked = preview.data;
  const canCommit =
    !!checked && checked.issueCount === 0 && checked.rowCount > 0 && !commit.isPending && !commit.data;
  const refusal = preview.error ?? commit.error;

  return (
    <section className="import-page" aria-labelledby={`${id}-title`}>
      <header className="page-heading">
        <h1 id={`${id}-title`}>{t('import.title')}</h1>
        <p className="muted">{t('import.help')}</p>
      </header>
      {choices.length === 0 ? (
        <EmptyState title={t('import.noProvince')} help={t('import.noProvinceHelp')} />
      ) : (
        <>
          <section className="toolbar" aria-label={t('period')}>
            <ProvincePicker
              units={choices}
              selected={unit}
              onSelect={(tinh) => {
                select({ tinh });
                changed();
              }}
            />
            <PeriodPicker
              period={period}
              years={meta.data.years ?? { first: period.year, last: period.year }}
              onChange={(p) => {
                select(periodChange(unit, p));
                changed();
              }}
            />
          </section>

          <div className="import-steps">
            <section className="import-step" aria-labelledby={`${id}-template`}>
              <h2 id={`${id}-template`}>{t('import.step.template')}</h2>
              <p className="muted">{t('import.templateHelp')}</p>
              {unit && (
                <p className="import-links">
                  <a className="button" href={templateUrl(unit.id, period.key, 'xlsx')} download>
                    {t('import.templateXlsx')}
                  </a>
                  <a className="button button-quiet" href={templateUrl(unit.id, period.key, 'csv')} download>
                    {t('import.templateCsv')}
                  </a>
                </p>
              )}
            </section>

            <section className="import-step" aria-labelledby={`${id}-file`}>
              <h2 id={`${id}-file`}>{t('import.step.file')}</h2>
              <FileDrop
                chosen={chosen}
                onChoose={(next) => {
                  setChosen(next);
                  changed();
                }}
              />
              <fieldset className="import-numbers">
                <legend>{t('import.numberFormat')}</legend>
                {(['vi', 'en'] as const).map((l) => (
                  <label key={l}>
                    <input
                      type="radio"
                      name={`${id}-numbers`}
                      value={l}
                      checked={numbers === l}
                      onChange={() => {
                        setNumbers(l);
                        changed();
                      }}
                    />
                    {t(l === 'vi' ? 'import.numberVi' : 'import.numberEn')}
                  </label>
                ))}
              </fieldset>
              <label className="import-source-field">
                {t('import.source')}
                <input
                  value={source}
                  maxLength={500}
                  placeholder={t('import.sourcePlaceholder')}
                  onChange={(e) => {
                    setSource(e.target.value);
                    changed();
                  }}
                />
              </label>
            </section>

            <section className="import-step" aria-labelledby={`${id}-check`}>
              <h2 id={`${id}-check`}>{t('import.step.check')}</h2>
              <div className="import-actions">
                <button
                  type="button"
                  className="button"
                  disabled={!chosen || preview.isPending || commit.isPending}
                  onClick={() => {
                    const r = request();
                    if (!r) return;
                    commit.reset();
                    preview.mutate(r);
                  }}
                >
                  {preview.isPending ? t('import.previewing') : t('import.preview')}
                </button>
                <button
                  type="button"
                  className="button button-primary"
                  disabled={!canCommit}
                  aria-describedby={checked && !canCommit && !commit.data ? `${id}-blocked` : undefined}
                  onClick={() => {
                    const r = request();
                    if (!r) return;
                    setProgress({ loaded: 0, total: r.file.size });
                    commit.mutate(r);
                  }}
                >
                  {t('import.commit')}
                </button>
              </div>
              {checked && checked.issueCount > 0 && (
                <p id={`${id}-blocked`} className="muted">
                  {t('import.commitBlocked')}
                </p>
              )}
              {commit.isPending && progress && (
                <ImportProgress progress={progress} rows={checked?.rowCount ?? 0} />
              )}
            </section>
          </div>

          <div aria-live="polite">
            {refusal && <Refusal error={refusal} />}
            {commit.data && <ImportResult result={commit.data} unitById={unitById} />}
            {checked && !commit.data && (
              <div className="import-preview" data-issues={checked.issueCount}>
                <p className="import-counts">
                  {t('import.counts', {
                    lines: formatNumber(checked.lines, locale),
                    rows: formatNumber(checked.rowCount, locale),
                    skipped: formatNumber(checked.skipped, locale),
                    issues: formatNumber(checked.issueCount, locale),
                  })}
                </p>
                {checked.issueCount === 0 ? (
                  <p className="notice">{t('import.noIssues')}</p>
                ) : (
                  <ImportIssues issues={checked.issues} issueCount={checked.issueCount} />
                )}
                {checked.rows.length > 0 && (
                  <ImportRows
                    rows={checked.rows}
                    rowCount={checked.rowCount}
                    unitById={unitById}
                    indicatorByKey={indicatorByKey}
                  />
                )}
              </div>
            )}
          </div>

          {unit && (
            <ExportPanel
              key={unit.id}
              unit={unit}
              years={meta.data.years ?? { first: period.year, last: period.year }}
              lastYear={period.year}
            />
          )}
        </>
      )}
    </section>
  );
}

function ImportProgress({ progress, rows }: { progress: SendProgress; rows: number }) {
  const { t, locale } = useI18n();
  const isSent = progress.loaded >= progress.total;
  const pct = progress.total > 0 ? progress.loaded / progress.total : 0;
  return (
    <div className="import-progress" role="status">
      {isSent ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {t('import.processing', { n: formatNumber(rows, locale) })}
        </>
      ) : (
        <>
          <progress value={progress.loaded} max={progress.total} />
          {t('import.uploading', {
            pct: new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent' }).format(pct),
          })}
        </>
      )}
    </div>
  );
}

function Refusal({ error }: { error: Error }) {
  const { t, locale } = useI18n();
  if (!(error instanceof ImportRefused)) return <ErrorState error={error} />;
  return (
    <div className="import-refused" data-status={error.status}>
      <p className="form-error" role="alert">
        <strong>{t('import.refused')}:</strong> {error.text[locale]}
      </p>
      {error.issues.length > 0 && <ImportIssues issues={error.issues} issueCount={error.issueCount} />}
    </div>
  );
}
