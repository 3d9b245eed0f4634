/**
 * A card's rank among the provinces, by the rules of `ranking/rank-shown.ts` in core: "Hạng r/N"
 * with N the provinces of the ranking's vintage; "· n tỉnh có số liệu" when fewer have data; the
 * reason when too few have data for a rank to mean anything; "≈" for a bound or approximate figure;
 * flagged when a real figure is ranked among demo figures. For a rank indicator (DTI, ICT Index):
 * its move in places, or why a move cannot be computed (5/63 then 3/34 is no move).
 */
import { formatNumber } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import { VsDemoNote } from '../../shared/badges.tsx';
import type { SummaryItem } from './overview-queries.ts';

interface Props {
  item: SummaryItem;
}

function RankMove({ item }: Props) {
  const { locale } = useI18n();
  const move = item.rankMove;
  if (!move) return null;
  if (move.notComparable)
    return <p className="card-rank muted rank-not-comparable">{move.notComparable[locale]}</p>;
  if (!move.label) return null;
  const tone = !move.places ? 'neutral' : move.places > 0 ? 'good' : 'bad';
  return <p className={`card-rank tone-${tone}`}>{move.label[locale]}</p>;
}

export function CardRank({ item }: Props) {
  const { t, locale } = useI18n();
  if (item.rankMove) return <RankMove item={item} />;
  const rank = item.rank;
  if (!rank) return null;
  if (rank.rank === null) {
    return rank.withheld ? <p className="card-rank muted rank-withheld">{rank.withheld[locale]}</p> : null;
  }
  const moved = rank.previousRank === null ? null : rank.previousRank - rank.rank;
  return (
    <p className="card-rank">
      {t('rank')}{' '}
      {rank.isApproximate && (
        <abbr className="rank-approximate" title={t('rankApproximate')}>
          ≈
        </abbr>
      )}
      <strong>{formatNumber(rank.rank, locale)}</strong>/{formatNumber(rank.of, locale)}
      {rank.isTied ? ` (${t('tied')})` : ''}
      {moved !== null && moved !== 0 && (
        <span className={moved > 0 ? 'tone-good' : 'tone-bad'}>
          {' '}
          {moved > 0 ? '▲' : '▼'}
          {formatNumber(Math.abs(moved), locale)}
        </span>
      )}
      {rank.isOnPartialFigure && <span className="muted"> · {t('rankOnPartial')}</span>}
      {rank.isPartialField && (
        <span className="muted"> · {t('rankWithData', { n: formatNumber(rank.rankedCount, locale) })}</span>
      )}
      {rank.isAgainstDemo && <VsDemoNote title={t('vsDemoHelp')}>{t('vsDemo')}</VsDemoNote>}
    </p>
  );
}
