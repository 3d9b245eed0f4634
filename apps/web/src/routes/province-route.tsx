/**
 * `/tinh/$unitId`: a province's overview, topped with the briefing's summary strip and a link
 * to the printed report, each card with its sparkline and pace to the plan; the entry dialog
 * for those who may enter figures, each figure's history and the export menu for signed-in
 * users. The route composes the features; none imports another.
 */
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { briefingQuery } from '../features/briefing/briefing-queries.ts';
import { SummaryStrip } from '../features/briefing/summary-strip.tsx';
import { EntryDialog } from '../features/entry/entry-dialog.tsx';
import { FigureHistoryDialog } from '../features/figure-history/figure-history-dialog.tsx';
import { ExportMenu } from '../features/importing/export-menu.tsx';
import type { CardTrend } from '../features/overview/card-trend.ts';
import { OverviewPage } from '../features/overview/overview-page.tsx';
import { RankHistorySection } from '../features/rank-history/rank-history-section.tsx';
import { useI18n } from '../i18n/use-i18n.ts';
import { indicatorsQuery } from '../shared/reference/reference-queries.ts';

const route = getRouteApi('/tinh/$unitId');

export function ProvinceRoute() {
  const { t } = useI18n();
  const { unitId } = route.useParams();
  const search = route.useSearch();
  const { period } = route.useRouteContext();
  const view = search.xem ?? 'reported';
  const indicators = useQuery(indicatorsQuery());
  const briefing = useQuery({ ...briefingQuery(unitId, period?.key, view), enabled: !!period });
  // This page's province, period and view only: never the previous selection's strip.
  const shown =
    briefing.data &&
    briefing.data.unit.id === unitId &&
    briefing.data.period === period?.key &&
    briefing.data.view === view
      ? briefing.data
      : undefined;
  const trends = shown ? new Map<string, CardTrend>(shown.items.map((i) => [i.indicatorKey, i])) : undefined;
  const strip = shown && indicators.data && (
    <SummaryStrip
      briefing={shown}
      indicatorByKey={new Map(indicators.data.indicators.map((i) => [i.key, i]))}
      actions={
        <Link
          className="button button-small strip-actions print-link"
          to="/tinh/$unitId/ban-in"
          params={{ unitId }}
          search={{ ky: shown.period, xem: search.xem, lang: search.lang }}
        >
          {t('briefing.printLink')}
        </Link>
      }
    />
  );
  return (
    <OverviewPage
      editor={EntryDialog}
      history={FigureHistoryDialog}
      exporter={ExportMenu}
      strip={strip || undefined}
      trends={trends}
      footer={<RankHistorySection unitId={unitId} />}
    />
  );
}
