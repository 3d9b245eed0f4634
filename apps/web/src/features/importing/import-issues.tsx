/** Every problem of a file, by line and column, in the reader's language: what to fix before importing. */
import { formatNumber } from '@cds/core';
import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { ImportIssueView } from './importing-queries.ts';

export function ImportIssues({
  issues,
  issueCount,
}: {
  issues: readonly ImportIssueView[];
  issueCount: number;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <section className="import-issues" aria-labelledby={id}>
      <h3 id={id}>{t('import.issuesTitle', { n: formatNumber(issueCount, locale) })}</h3>
      {issues.length < issueCount && (
        <p className="muted">
          {t('import.issuesMore', {
            shown: formatNumber(issues.length, locale),
            n: formatNumber(issueCount, locale),
          })}
        </p>
      )}
      <div className="import-scroll">
        <table className="review-table import-table">
          <thead>
            <tr>
              <th scope="col">{t('import.line')}</th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue) => (
              <tr
                key={`${issue.line} ${issue.column ?? ''} ${issue.code} ${issue.message.en}`}
                data-line={issue.line}
              >
                <td className="num">{formatNumber(issue.line, locale)}</td>
                <td>{issue.column ?? <span className="muted">{t('import.wholeRow')}</span>}</td>
                <td>{issue.message[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
