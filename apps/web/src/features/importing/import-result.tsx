/** What a commit wrote: new or changed figures, unchanged ones, and a link to review each report it made. */
import { formatNumber, parsePeriod, periodLabel } from '@cds/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { UnitView } from '../../shared/reference/reference-queries.ts';
import type { CommitAnswer } from './importing-queries.ts';

export function ImportResult({
  result,
  unitById,
}: {
  result: CommitAnswer;
  unitById: ReadonlyMap<string, UnitView>;
}) {
  const { t, locale, name } = useI18n();
  return (
    <section className="import-result" role="status" aria-labelledby="import-result-title">
      <h3 id="import-result-title">{t('import.done')}</h3>
      <p>
        {result.written === 0
          ? t('import.nothingNew')
          : t('import.result', {
              written: formatNumber(result.written, locale),
              unchanged: formatNumber(result.unchanged, locale),
            })}
      </p>
      {result.submissions.length > 0 && (
        <>
          <h4>{t('import.submissions')}</h4>
          <ul className="import-submissions">
            {result.submissions.map((s) => {
              const unit = unitById.get(s.unitId);
              const period = parsePeriod(s.period);
              return (
                <li key={`${s.unitId} ${s.period}`}>
                  <strong>{unit ? name(unit) : s.unitId}</strong>{' '}
                  {t('import.submissionRows', {
                    period: period ? periodLabel(period, locale) : s.period,
                    n: formatNumber(s.rows, locale),
                  })}{' '}
                  ·{' '}
                  <Link to="/duyet/$unitId/$period" params={{ unitId: s.unitId, period: s.period }}>
                    {t('import.openReview')}
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
