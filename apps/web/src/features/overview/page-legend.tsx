/**
 * The page's one legend, in its header: the status bands of every card (`StatusLegend`), what
 * each label on a card means — only the labels the page shows — and the pace markers. The cards
 * then carry a label only where it changes how their number is read. On a phone it starts folded
 * to one line, so that the summary strip is on the first screen; a tap opens it.
 */
import { useI18n } from '../../i18n/use-i18n.ts';
import { useNarrowScreen } from '../../shared/layout/use-narrow-screen.ts';
import type { SummaryItem } from './overview-queries.ts';
import { StatusLegend } from './status-legend.tsx';

const PACES = ['achieved', 'on_track', 'behind', 'off_track'] as const;

export function PageLegend({ items, hasPace }: { items: readonly SummaryItem[]; hasPace: boolean }) {
  const { t } = useI18n();
  const shown = items.filter((i) => i.figure.value !== null);
  const has = {
    demo: shown.some((i) => i.figure.isDemo && !i.figure.isPartlyDemo),
    partlyDemo: shown.some((i) => i.figure.isPartlyDemo),
    derived: shown.some((i) => i.figure.basis === 'restated' || i.target?.isDerived),
    incomplete: shown.some((i) => !i.figure.isComplete && !i.coverage),
    ytd: shown.some((i) => i.coverage),
  };
  const isAnyBadge = Object.values(has).some(Boolean);
  const narrow = useNarrowScreen();
  return (
    // Keyed by the screen's width class: open on a wide screen, folded on a phone, whatever it was.
    <details className="page-legend" open={!narrow} key={narrow ? 'narrow' : 'wide'}>
      <summary>{t('briefing.legend.title')}</summary>
      <StatusLegend />
      {isAnyBadge && (
        <div className="badge-legend">
          <span className="muted">{t('briefing.legend.badges')}:</span>
          <ul>
            {has.demo && (
              <li>
                <span className="badge badge-demo">{t('demo')}</span> {t('briefing.legend.demo')}
              </li>
            )}
            {has.partlyDemo && (
              <li>
                <span className="badge badge-partly-demo">{t('partlyDemo')}</span>{' '}
                {t('briefing.legend.partlyDemo')}
              </li>
            )}
            {has.derived && (
              <li>
                <span className="badge badge-derived">{t('derivedTarget')}</span> / {t('restated')}:{' '}
                {t('briefing.legend.derived')}
              </li>
            )}
            {has.incomplete && (
              <li>
                <span className="badge badge-incomplete">{t('incomplete')}</span>{' '}
                {t('briefing.legend.incomplete')}
              </li>
            )}
            {has.ytd && (
              <li>
                <span className="legend-ytd">{t('briefing.legend.ytdBadge')}</span> {t('briefing.legend.ytd')}
              </li>
            )}
          </ul>
        </div>
      )}
      {hasPace && (
        <div className="badge-legend pace-legend" title={t('briefing.pace.method')}>
          <span className="muted">{t('briefing.pace.title')}:</span>
          <ul>
            {PACES.map((status) => (
              <li key={status}>
                <span className={`pace-dot pace-${status}`} aria-hidden="true" />
                {t(`briefing.pace.${status}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
