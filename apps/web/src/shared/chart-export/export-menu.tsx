/**
 * Download buttons for a chart or a table: its data as CSV and XLSX, its picture as SVG and PNG.
 * A labelled group of plain buttons (reachable by Tab, said as "Tải CSV — Bảng so sánh"), not a
 * pop-up menu: four choices do not need hiding. Files are built only when a button is pressed.
 */

import { csvText } from '@cds/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { downloadBlob } from './download-file.ts';
import { type LegendEntry, pngBlob, svgBlob } from './svg-image.ts';
import { type Sheet, xlsxBlob } from './xlsx-file.ts';
import './export-menu.css';

type Format = 'csv' | 'xlsx' | 'svg' | 'png';

interface Props {
  /** What is downloaded, for the buttons' accessible names ("Bảng so sánh"). */
  label: string;
  /** The file name without extension (see `fileStem`). */
  fileName: string;
  /** The data: CSV takes the first sheet, XLSX all of them. */
  sheets?: () => readonly Sheet[];
  /** The chart's <svg>, and the title written above it in the picture. */
  svg?: () => SVGSVGElement | null | undefined;
  title?: string;
  /** The series' names, colours and dashes, drawn under the chart in the picture (the page's legend is HTML). */
  legend?: readonly LegendEntry[];
}

export function ExportMenu({ label, fileName, sheets, svg, title, legend }: Props) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const formats: Format[] = [
    ...(sheets ? (['csv', 'xlsx'] as const) : []),
    ...(svg ? (['svg', 'png'] as const) : []),
  ];

  const run = async (format: Format) => {
    setProblem(null);
    try {
      if (format === 'csv' || format === 'xlsx') {
        const data = sheets?.() ?? [];
        const first = data[0];
        if (!first) return;
        const blob =
          format === 'csv'
            ? new Blob([csvText(first.rows)], { type: 'text/csv;charset=utf-8' })
            : await xlsxBlob(data);
        downloadBlob(blob, `${fileName}.${format}`);
        return;
      }
      const element = svg?.();
      if (!element) throw new Error(t('export.noChart'));
      downloadBlob(
        format === 'svg' ? svgBlob(element, { title, legend }) : await pngBlob(element, { title, legend }),
        `${fileName}.${format}`,
      );
    } catch (error) {
      setProblem(`${t('export.failed')}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <fieldset className="export-menu" aria-label={t('export.groupOf', { what: label })}>
      <legend className="export-menu-label">{t('export.download')}</legend>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className="button button-small button-quiet"
          data-format={format}
          aria-label={t('export.as', { format: format.toUpperCase(), what: label })}
          onClick={() => void run(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      {problem && (
        <span className="form-error" role="alert">
          {problem}
        </span>
      )}
    </fieldset>
  );
}
