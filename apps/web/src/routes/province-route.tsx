/**
 * `/tinh/$unitId`: a province's overview, with the entry dialog for those who may enter figures,
 * each figure's history and the export menu for signed-in users. The route composes the
 * features; none imports another.
 */
import { EntryDialog } from '../features/entry/entry-dialog.tsx';
import { FigureHistoryDialog } from '../features/figure-history/figure-history-dialog.tsx';
import { ExportMenu } from '../features/importing/export-menu.tsx';
import { OverviewPage } from '../features/overview/overview-page.tsx';

export function ProvinceRoute() {
  return <OverviewPage editor={EntryDialog} history={FigureHistoryDialog} exporter={ExportMenu} />;
}
