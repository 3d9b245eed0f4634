/**
 * Every province of the period's vintage with where its report stands: status, counts, approved
 * figures per indicator family, on time or late. Column headers are buttons that sort the table
 * (`aria-sort` says how it is sorted); the user's own provinces are marked, and each province the
 * user reports for or reviews links to its form of the period.
 */
import { FAMILIES, formatNumber, type ReportStatus } from '@cds/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { formatDateTime, formatDay } from '../../shared/format-date.ts';
import type { UnitView } from '../../shared/reference/reference-queries.ts';
import type { Completeness } from './completeness-queries.ts';
import { type SortDirection, type SortKey, sortCompleteness, timeliness } from './sort-completeness.ts';

interface Props {
  data: Completeness;
  unitById: ReadonlyMap<string, UnitView>;
  ownUnitIds: ReadonlySet<string>;
  /** Whether the user may open the province's form of the period (they report for it or review it). */
  canOpen: (unitId: string) => boolean;
  today: string;
}

const COLUMNS: readonly { key: SortKey; label: MessageKey; isNumber?: boolean }[] = [
  { key: 'name', label: 'completeness.province' },
  { key: 'status', label: 'completeness.status' },
  { key: 'approved', label: 'completeness.approved', isNumber: true },
  { key: 'submitted', label: 'completeness.submitted', isNumber: true },
];

export function CompletenessTable({ data, unitById, ownUnitIds, canOpen, today }: Props) {
  const { t, locale, name } = useI18n();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'name',
    direction: 'ascending',
  });
  const rows = sortCompleteness(
    data.units.map((u) => {
      const unit = unitById.get(u.unitId);
      return { ...u, name: unit ? name(unit) : u.unitId };
    }),
    sort.key,
    sort.direction,
    { deadline: data.deadline, today, locale },
  );
  const families = FAMILIES.filter((f) => data.units.some((u) => u.byFamily[f]));
  const sortBy = (key: SortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const header = (key: SortKey, label: MessageKey, className?: string) => (
    <th key={key} scope="col" className={className} aria-sort={sort.key === key ? sort.direction : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={() => sortBy(key)}
        title={t('completeness.sortBy', { column: t(label) })}
      >
        {t(label)}
        <span aria-hidden="true" className="sort-mark">
          {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );

  return (
    <div className="completeness-scroll">
      <table className="review-table completeness-table">
        <caption className="visually-hidden">{t('completeness.tableLabel')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => header(c.key, c.label, c.isNumber ? 'num' : undefined))}
            <th scope="col" className="num">
              {t('completeness.open')}
            </th>
            <th scope="col" className="num">
              {t('completeness.notStarted')}
            </th>
            {families.map((f) => (
              <th key={f} scope="col" className="num family-col" title={t('completeness.byFamily')}>
                {t(`family.${f}`)}
              </th>
            ))}
            {header('timeliness', 'completeness.timeliness')}
            {header('firstSubmittedAt', 'completeness.firstSent')}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const when = timeliness(row.onTime, data.deadline, today);
            const isOwn = ownUnitIds.has(row.unitId);
            return (
              <tr key={row.unitId} data-unit={row.unitId} className={isOwn ? 'is-own' : undefined}>
                <th scope="row">
                  {canOpen(row.unitId) ? (
                    <Link
                      to="/bao-cao/$unitId/$period"
                      params={{ unitId: row.unitId, period: data.period }}
                      title={t('completeness.openForm')}
                    >
                      {row.name}
                    </Link>
                  ) : (
                    row.name
                  )}
                  {isOwn && <span className="muted"> · {t('completeness.own')}</span>}
                </th>
                <td>
                  <StatusBadge status={row.status} />
                </td>
                <td className="num">{formatNumber(row.counts.approved, locale)}</td>
                <td className="num">{formatNumber(row.counts.submitted, locale)}</td>
                <td className="num">{formatNumber(row.counts.draft + row.counts.returned, locale)}</td>
                <td className="num">{formatNumber(row.counts.not_started, locale)}</td>
                {families.map((f) => {
                  const c = row.byFamily[f];
                  if (!c)
                    return (
                      <td key={f} className="num muted">
                        —
                      </td>
                    );
                  const total = Object.values(c).reduce((a, b) => a + b, 0);
                  const label = t('completeness.familyCell', {
                    family: t(`family.${f}`),
                    approved: c.approved,
                    total,
                    submitted: c.submitted,
                  });
                  return (
                    <td key={f} className="num" title={label}>
                      <span className="visually-hidden">{label}</span>
                      <span aria-hidden="true">
                        {formatNumber(c.approved, locale)}/{formatNumber(total, locale)}
                        {c.submitted > 0 && (
                          <span className="pending-count"> +{formatNumber(c.submitted, locale)}</span>
                        )}
                      </span>
                    </td>
                  );
                })}
                <td>
                  <span className={`timeliness timeliness-${when}`}>{t(`completeness.${when}`)}</span>
                </td>
                <td
                  className="nowrap"
                  title={row.firstSubmittedAt ? formatDateTime(row.firstSubmittedAt, locale) : undefined}
                >
                  {row.firstSubmittedAt ? formatDay(row.firstSubmittedAt, locale) : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function StatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useI18n();
  return (
    <span className={`completeness-status completeness-${status}`} data-status={status}>
      {t(`report.status.${status}`)}
    </span>
  );
}
