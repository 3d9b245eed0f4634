/** One province's reports in the inbox: a row per period, the whole row a link to its form. */
import { periodLabel, periodOf } from '@cds/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { IndicatorView } from '../../shared/reference/reference-queries.ts';
import { DeadlineNote } from './deadline-note.tsx';
import { formatDate } from './format-date.ts';
import { ReportStatusBadge } from './report-status-badge.tsx';
import type { InboxItem } from './reporting-queries.ts';
import { ReturnedList } from './returned-list.tsx';
import { StatusCountList } from './status-count-list.tsx';

interface Props {
  unitId: string;
  unitName: string;
  items: InboxItem[];
  indicators: readonly IndicatorView[];
}

export function InboxTable({ unitId, unitName, items, indicators }: Props) {
  const { t, locale } = useI18n();
  const headingId = `inbox-${unitId}`;
  return (
    <section className="inbox-unit" aria-labelledby={headingId}>
      <h2 id={headingId}>{unitName}</h2>
      <table className="review-table inbox-table" data-unit={unitId}>
        <thead>
          <tr>
            <th scope="col">{t('period')}</th>
            <th scope="col">{t('inbox.deadline')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('inbox.figures')}</th>
            <th scope="col">{t('inbox.returned')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const isDone = item.counts.not_started + item.counts.draft + item.counts.returned === 0;
            return (
              <tr key={item.period} data-period={item.period} className="row-with-link">
                <th scope="row">
                  <Link
                    to="/bao-cao/$unitId/$period"
                    params={{ unitId: item.unitId, period: item.period }}
                    className="row-link"
                  >
                    {periodLabel(periodOf(item.period), locale)}
                  </Link>
                </th>
                <td>
                  <span className="nowrap">{formatDate(item.deadline, locale)}</span>{' '}
                  <DeadlineNote daysLeft={item.daysLeft} isDone={isDone} />
                </td>
                <td>
                  <ReportStatusBadge status={item.status} />
                </td>
                <td>
                  <StatusCountList counts={item.counts} />
                </td>
                <td className="cell-returned">
                  <ReturnedList returned={item.returned} indicators={indicators} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
