/**
 * `/bao-cao/ke-hoach?tinh=v34-14&nam=2026`: a province's plans of a year, by indicator, with their
 * source documents; its staff add, change and delete them (a plan derived from "vượt X% so với kế
 * hoạch" is computed live and saved as derived). Others may look; the API decides who writes.
 */
import { makePeriod, vintageOfPeriod } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { ProvincePicker } from '../../shared/pickers/province-picker.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { indicatorsQuery, metaQuery, unitsQuery } from '../../shared/reference/reference-queries.ts';
import { canEdit, useSession } from '../../shared/session/use-session.ts';
import { PlanForm } from './plan-form.tsx';
import { type PlanView, plansQuery } from './plans-queries.ts';
import { PlansTable } from './plans-table.tsx';
import './plans.css';
import { yearInVietnam } from '../../shared/clock.ts';

const route = getRouteApi('/bao-cao/ke-hoach');

/** Plans cover the current year and the years of a five-year plan ahead. */
const YEARS_AHEAD = 5;

export function PlansPage() {
  const { t, locale, name } = useI18n();
  const id = useId();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { user } = useSession();
  const meta = useQuery(metaQuery());
  const units = useQuery(unitsQuery());
  const indicators = useQuery(indicatorsQuery());
  const [editing, setEditing] = useState<PlanView | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [showDemo, setShowDemo] = useState(true);
  const thisYear = yearInVietnam();
  const year = search.nam ?? thisYear;
  const vintage = vintageOfPeriod(makePeriod('year', year));
  const choices = (units.data?.units ?? [])
    .filter((u) => u.vintage === vintage)
    .sort(
      (a, b) =>
        Number(canEdit(user, b.id)) - Number(canEdit(user, a.id)) || name(a).localeCompare(name(b), locale),
    );
  const unit = choices.find((u) => u.id === search.tinh) ?? choices[0];
  const plans = useQuery({ ...plansQuery(unit?.id ?? ''), enabled: !!unit });

  if (meta.isError || units.isError || indicators.isError)
    return (
      <ErrorState
        error={meta.error ?? units.error ?? indicators.error}
        onRetry={() => void Promise.all([meta.refetch(), units.refetch(), indicators.refetch()])}
      />
    );
  if (!meta.data || !units.data || !indicators.data) return <LoadingState />;
  if (!unit) return <EmptyState title={t('plans.noProvince')} />;

  const first = meta.data.years?.first ?? year;
  const years = Array.from(
    { length: thisYear + YEARS_AHEAD - first + 1 },
    (_, i) => thisYear + YEARS_AHEAD - i,
  );
  const indicatorByKey = new Map(indicators.data.indicators.map((i) => [i.key, i]));
  const order = new Map(indicators.data.indicators.map((i, n) => [i.key, n]));
  const mayEdit = canEdit(user, unit.id);
  const shown = (plans.data?.targets ?? [])
    .filter((p) => p.period.startsWith(String(year)) && (showDemo || !p.isDemo))
    .sort(
      (a, b) =>
        (order.get(a.indicatorKey) ?? 0) - (order.get(b.indicatorKey) ?? 0) ||
        a.period.localeCompare(b.period),
    );
  const select = (patch: { tinh?: string; nam?: number }) => {
    setEditing(null);
    setNotice(null);
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  };
  const planIndicators = indicators.data.indicators.filter((i) => i.unit !== 'rank');

  return (
    <section className="plans-page" aria-labelledby={`${id}-title`}>
      <section className="toolbar" aria-label={t('province')}>
        <ProvincePicker units={choices} selected={unit} onSelect={(tinh) => select({ tinh })} />
        <label>
          {t('plans.year')}
          <select value={year} onChange={(e) => select({ nam: Number(e.target.value) })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="plans-demo-toggle">
          <input type="checkbox" checked={showDemo} onChange={(e) => setShowDemo(e.target.checked)} />{' '}
          {t('plans.showDemo')}
        </label>
      </section>
      <header className="page-heading admin-heading">
        <div>
          <h1 id={`${id}-title`}>
            {t('plans.title', { year })} <span className="muted">· {name(unit)}</span>
          </h1>
          <p className="muted">{t('plans.help')}</p>
          {!mayEdit && <p className="notice">{t('plans.readOnly')}</p>}
        </div>
        {mayEdit && editing === null && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setNotice(null);
              setEditing('new');
            }}
          >
            {t('plans.add')}
          </button>
        )}
      </header>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {editing !== null && (
        <PlanForm
          key={editing === 'new' ? 'new' : editing.id}
          unitId={unit.id}
          year={year}
          indicators={planIndicators}
          plan={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(t('plans.saved'));
          }}
        />
      )}
      {plans.isError && <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.isPending && <LoadingState />}
      {plans.data && shown.length === 0 && (
        <EmptyState title={t('plans.empty')} help={mayEdit ? t('plans.emptyHelp') : undefined} />
      )}
      {plans.data && shown.length > 0 && (
        <PlansTable
          plans={shown}
          indicatorByKey={indicatorByKey}
          canEdit={mayEdit}
          onEdit={(plan) => {
            setNotice(null);
            setEditing(plan);
          }}
          onDeleted={() => setNotice(t('plans.deleted'))}
        />
      )}
    </section>
  );
}
