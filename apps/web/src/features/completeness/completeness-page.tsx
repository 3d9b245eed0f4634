/**
 * `/bao-cao/tien-do?ky=2026-11`: which provinces have reported a period, for any signed-in user.
 * Administrators and viewers watch the national picture; staff and reviewers find their own
 * provinces marked in the same table. The period picker keeps the choice in the URL.
 */
import { parsePeriod, periodContaining, periodLabel, previousPeriod } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import { formatDate } from '../../shared/format-date.ts';
import { PeriodPicker } from '../../shared/pickers/period-picker.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { metaQuery, unitsQuery } from '../../shared/reference/reference-queries.ts';
import { canEdit, canReview, useSession } from '../../shared/session/use-session.ts';
import { completenessQuery } from './completeness-queries.ts';
import { CompletenessTable } from './completeness-table.tsx';
import './completeness.css';
import { todayInVietnam } from '../../shared/clock.ts';

const route = getRouteApi('/bao-cao/tien-do');

export function CompletenessPage() {
  const { t, locale } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { user } = useSession();
  const meta = useQuery(metaQuery());
  const units = useQuery(unitsQuery());
  const today = todayInVietnam();
  const period = parsePeriod(search.ky ?? '') ?? previousPeriod(periodContaining(today, 'month'));
  const completeness = useQuery(completenessQuery(period.key));

  if (meta.isError || units.isError)
    return (
      <ErrorState
        error={meta.error ?? units.error}
        onRetry={() => void Promise.all([meta.refetch(), units.refetch()])}
      />
    );
  if (!meta.data || !units.data) return <LoadingState />;

  const unitById = new Map(units.data.units.map((u) => [u.id, u]));
  const own = new Set(
    user?.assignments.flatMap((a) => (a.role !== 'admin' && a.unitId ? [a.unitId] : [])) ?? [],
  );
  const data = completeness.data?.period === period.key ? completeness.data : undefined;
  const sent = data?.units.filter((u) => u.onTime !== null) ?? [];

  return (
    <section className="completeness-page" aria-labelledby="completeness-title">
      <section className="toolbar" aria-label={t('period')}>
        <PeriodPicker
          period={period}
          years={meta.data.years ?? { first: period.year, last: period.year }}
          onChange={(p) => void navigate({ search: (prev) => ({ ...prev, ky: p.key }), replace: true })}
        />
      </section>
      <header className="page-heading">
        <h1 id="completeness-title">{t('completeness.title', { period: periodLabel(period, locale) })}</h1>
        <p className="muted">{t('completeness.help')}</p>
      </header>
      {completeness.isError && (
        <ErrorState error={completeness.error} onRetry={() => void completeness.refetch()} />
      )}
      {!data && !completeness.isError && <LoadingState />}
      {data && data.units.length === 0 && <EmptyState title={t('completeness.empty')} />}
      {data && data.units.length > 0 && (
        <>
          <p className="completeness-summary" data-units={data.units.length}>
            {t('completeness.summary', {
              units: data.units.length,
              due: data.due,
              deadline: formatDate(data.deadline, locale),
              sent: sent.length,
              onTime: sent.filter((u) => u.onTime).length,
              late: sent.filter((u) => !u.onTime).length,
            })}
          </p>
          <CompletenessTable
            data={data}
            unitById={unitById}
            ownUnitIds={own}
            canOpen={(id) => canEdit(user, id) || canReview(user, id)}
            today={today}
          />
        </>
      )}
    </section>
  );
}
