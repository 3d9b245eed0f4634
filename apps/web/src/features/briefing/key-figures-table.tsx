/** The printed report's key figures: figure, plan, verdict and change, a row per indicator, numbered. */
import { useI18n } from '../../i18n/use-i18n.ts';
import type { FigureRow } from './key-figures.ts';

export function KeyFiguresTable({ rows, isAllDemo }: { rows: readonly FigureRow[]; isAllDemo: boolean }) {
  const { t } = useI18n();
  const proRata = rows.find((r) => r.proRata)?.proRata;
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
    </>
  );
}
