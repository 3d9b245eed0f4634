/**
 * `/tinh/$unitId/ban-in?ky=2026`: a province's period report for a meeting, one printed A4 page —
 * the summary strip, the key figures with plan and change, small charts of what is furthest
 * behind, and sentences drafted from the figures, each pointing at the rows it states. "Sao chép"
 * copies the sentences as plain text; "In" prints. On screen the page is drawn as the sheet it
 * prints on; in print the dashboard's frame is hidden (briefing.css), and a report longer than
 * the sheet is scaled to fit it rather than cut onto a second page.
 */
import { parsePeriod, periodLabel } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { indicatorsQuery } from '../../shared/reference/reference-queries.ts';
import { type Briefing, briefingQuery, periodSummaryQuery } from './briefing-queries.ts';
import { monthText } from './briefing-wording.ts';
import { keyFigureRows } from './key-figures.ts';
import { KeyFiguresTable } from './key-figures-table.tsx';
import { PrintCharts } from './print-charts.tsx';
import { SentenceList, sentencesText } from './sentence-list.tsx';
import { type StripIndicator, SummaryStrip } from './summary-strip.tsx';
import './briefing.css';
import './print-sheet.css';

const route = getRouteApi('/tinh/$unitId/ban-in');

/** The printable height of an A4 page with 12 mm margins, in CSS pixels (96 per inch). */
const PRINTABLE_HEIGHT = ((297 - 2 * 12) / 25.4) * 96;

export function PrintPage() {
  const { t, locale } = useI18n();
  const { unitId } = route.useParams();
  const search = route.useSearch();
  const view = search.xem ?? 'reported';
  const indicators = useQuery(indicatorsQuery());
  const briefing = useQuery(briefingQuery(unitId, search.ky, view));
  const period = briefing.data?.period;
  const summary = useQuery({ ...periodSummaryQuery(unitId, period ?? '', view), enabled: !!period });
  const [copyStatus, setCopyStatus] = useState('');

  if (briefing.isError || summary.isError || indicators.isError) {
    return (
      <ErrorState
        error={briefing.error ?? summary.error ?? indicators.error}
        onRetry={() => void Promise.all([briefing.refetch(), summary.refetch(), indicators.refetch()])}
      />
    );
  }
  if (!briefing.data || !summary.data || !indicators.data) return <LoadingState />;

  const data = briefing.data;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sentencesText(data.sentences, locale));
      setCopyStatus(t('briefing.print.copied'));
    } catch {
      setCopyStatus(t('briefing.print.copyFailed'));
    }
  };
  return (
    <div className="print-view">
      <div className="print-toolbar">
        <Link
          to="/tinh/$unitId"
          params={{ unitId }}
          search={{ ky: data.period, xem: search.xem, lang: search.lang }}
          className="button button-quiet"
        >
          ← {t('briefing.print.back')}
        </Link>
        <button type="button" className="button" onClick={() => void copy()}>
          {t('briefing.print.copy')}
        </button>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('briefing.print.print')}
        </button>
        <p className="copy-status" role="status" aria-live="polite">
          {copyStatus}
        </p>
      </div>
      <Sheet
        briefing={data}
        rows={keyFigureRows(
          summary.data,
          data,
          new Map(indicators.data.indicators.map((i) => [i.key, i])),
          locale,
          t,
        )}
        indicatorByKey={new Map(indicators.data.indicators.map((i) => [i.key, i]))}
      />
    </div>
  );
}

function Sheet({
  briefing,
  rows,
  indicatorByKey,
}: {
  briefing: Briefing;
  rows: ReturnType<typeof keyFigureRows>;
  indicatorByKey: ReadonlyMap<string, StripIndicator>;
}) {
  const { t, locale, name } = useI18n();
  const sheet = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(1);
  // Measured on screen, where the sheet is as wide as the printed page's text: the scale that
  // keeps the report on one page (print applies it).
  useLayoutEffect(() => {
    // The charts' download buttons are on screen only (one row beside each other).
    const buttons = [...(sheet.current?.querySelectorAll<HTMLElement>('.chart-downloads') ?? [])];
    const height = (sheet.current?.scrollHeight ?? 0) - Math.max(0, ...buttons.map((b) => b.offsetHeight));
    setFit(height > PRINTABLE_HEIGHT ? Math.floor((PRINTABLE_HEIGHT / height) * 100) / 100 : 1);
  });
  const period = parsePeriod(briefing.period);
  const isAllDemo = rows.length > 0 && rows.every((r) => r.isDemo && (r.plan === '—' || r.isPlanDemo));
  const rowOf = (key: string) => rows.find((r) => r.key === key)?.n;
  return (
    <article
      className="print-sheet"
      aria-labelledby="print-title"
      data-fit={fit}
      style={{ '--print-fit': fit } as CSSProperties}
    >
      <div ref={sheet} className="print-sheet-body">
        <header className="print-header">
          <h1 id="print-title">{t('briefing.print.heading', { unit: name(briefing.unit) })}</h1>
          <p className="print-subtitle">
            {t('briefing.print.subtitle', {
              period: period ? periodLabel(period, locale) : briefing.period,
              asOf: briefing.asOf.period
                ? t('briefing.asOf', { month: monthText(briefing.asOf.period, locale) })
                : t('briefing.asOfNone'),
            })}
          </p>
          {briefing.hasDemo && <p className="print-demo-note">{t('briefing.print.demoNote')}</p>}
        </header>
        <SummaryStrip briefing={briefing} indicatorByKey={indicatorByKey} isCompact rowOf={rowOf} />
        <section className="print-section" aria-labelledby="print-figures">
          <h2 id="print-figures">{t('briefing.print.keyFigures')}</h2>
          <KeyFiguresTable rows={rows} isAllDemo={isAllDemo} />
        </section>
        <PrintCharts briefing={briefing} indicatorByKey={indicatorByKey} />
        <section className="print-section" aria-labelledby="print-sentences">
          <h2 id="print-sentences">{t('briefing.print.sentences')}</h2>
          {briefing.lead && <p className="print-lead">{briefing.lead[locale]}</p>}
          <SentenceList sentences={briefing.sentences} rowOf={rowOf} indicatorByKey={indicatorByKey} />
        </section>
        <footer className="print-footer">{t('briefing.print.generated')}</footer>
      </div>
    </article>
  );
}
