/**
 * `/tinh/$unitId`: a province's overview, with the entry dialog for those who may enter figures.
 * The route composes the two features; neither imports the other.
 */
import { EntryDialog } from '../features/entry/entry-dialog.tsx';
import { OverviewPage } from '../features/overview/overview-page.tsx';

export function ProvinceRoute() {
  return <OverviewPage editor={EntryDialog} />;
}
