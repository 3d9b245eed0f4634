/**
 * The export panel folded into a button, for the province page's heading: a <details> disclosure,
 * so it opens and closes with the keyboard and needs no script of its own.
 */
import { useI18n } from '../../i18n/use-i18n.ts';
import type { UnitView } from '../../shared/reference/reference-queries.ts';
import { ExportPanel } from './export-panel.tsx';
import './importing.css';

export interface ExportMenuProps {
  unit: UnitView;
  years: { first: number; last: number };
  /** The year of the period shown: the range ends there at first. */
  lastYear: number;
}

export function ExportMenu(props: ExportMenuProps) {
  const { t } = useI18n();
  return (
    <details className="figures-export">
      <summary className="button button-quiet">{t('export.button')}</summary>
      <ExportPanel key={props.unit.id} {...props} />
    </details>
  );
}
