/**
 * The printed report's key figures: figure, plan, verdict and change, a row per indicator,
 * numbered; under it, the reports the real figures are quoted from, with their quotes.
 */
import { useI18n } from '../../i18n/use-i18n.ts';
import { useSourceText } from '../../shared/source-text.ts';
import { type FigureRow, sourceNotes } from './key-figures.ts';

export function KeyFiguresTable({ rows, isAllDemo }: { rows: readonly FigureRow[]; isAllDemo: boolean }) {
  const { t } = useI18n();
  const sourceText = useSourceText();
  const proRata = rows.find((r) => r.proRata)?.proRata;
  const notes = sourceNotes(rows, sourceText);
  return (
    <>
      <table className="key-figures">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('briefing.print.indicator')}</th>
            <th scope="col" className="num">
              {t('briefing.print.value')}
            </th>
            <th scope="col" className="num">
              {t('briefing.print.plan')}
            </th>
            <th scope="col">{t('briefing.print.status')}</th>
            <th scope="col">{t('briefing.print.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} id={`fig-${row.n}`} data-indicator={row.key}>
              <td className="row-n">{row.n}</td>
              <th scope="row">{row.name}</th>
              <td className="num">
                {row.value}
                {row.isDemo && !isAllDemo && <span className="row-flag"> ({t('briefing.demo')})</span>}
                {row.isDerived && <span className="row-flag"> ({t('briefing.print.derived')})</span>}
              </td>
              <td className="num">
                {row.plan}
                {row.isPlanDemo && !isAllDemo && <span className="row-flag"> ({t('briefing.demo')})</span>}
                {row.isPlanDerived && <span className="row-flag"> ({t('briefing.print.planDerived')})</span>}
              </td>
              <td>
                {row.status && <span className={`status-dot status-${row.status}`} aria-hidden="true" />}
                {row.statusText}
              </td>
              <td>{row.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {isAllDemo && <p className="table-note">{t('briefing.print.allDemoNote')}</p>}
      {proRata && (
        <p className="table-note">{t('briefing.print.proRataNote', { n: proRata.months, of: proRata.of })}</p>
      )}
      {notes.length > 0 && (
        <ul className="table-note source-notes" aria-label={t('source')}>
          {notes.map((note) => (
            <li key={note.citation}>
              {t('source')} {note.rows.map((r) => `[${r.n}]`).join(' ')}: {note.citation}
              {note.rows
                .filter((r) => r.quote)
                .map((r) => (
                  <span key={r.n} lang="vi" className="source-quote">
                    {' '}
                    [{r.n}] «{r.quote}»
                  </span>
                ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
