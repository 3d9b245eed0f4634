/**
 * `/bao-cao/tu-bao-cao`: staff turn a report into figures without retyping it. Paste the report or
 * choose its file (.docx, .txt, .pdf, read in the browser); the API proposes every figure it finds
 * (POST /api/extractions), shown beside the text with each figure's words marked; staff untick what
 * they do not want and hand the rest to the period forms they belong to, where each row waits,
 * with its sentence, to be confirmed, corrected or rejected. Nothing is stored before that.
 */
import type { IndicatorUnit } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useId, useMemo, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { nowIso } from '../../shared/clock.ts';
import { handToForms } from '../../shared/drafts/proposal-drafts.ts';
import { ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { indicatorsQuery, unitsQuery } from '../../shared/reference/reference-queries.ts';
import { canEdit, useSession } from '../../shared/session/use-session.ts';
import { useExtraction } from './extraction-queries.ts';
import { MarkedReport } from './marked-report.tsx';
import { groupProposals } from './proposal-groups.ts';
import { ProposalList } from './proposal-list.tsx';
import { type ReportDraft, ReportInput } from './report-input.tsx';
import './extraction.css';

const route = getRouteApi('/bao-cao/tu-bao-cao');

export function ExtractionPage() {
  const { t, locale, name } = useI18n();
  const id = useId();
  const search = route.useSearch();
  const navigate = useNavigate();
  const { user } = useSession();
  const units = useQuery(unitsQuery());
  const indicators = useQuery(indicatorsQuery());
  const extraction = useExtraction();
  const [report, setReport] = useState<ReportDraft>({ text: '', title: '', date: '' });
  /** The text the proposals were read from (the box may have changed since). */
  const [readText, setReadText] = useState('');
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [selected, setSelected] = useState<number | null>(null);
  const [showRequest, setShowRequest] = useState(0);
  const [handError, setHandError] = useState<string | null>(null);

  const unitById = useMemo(() => new Map((units.data?.units ?? []).map((u) => [u.id, u])), [units.data]);
  const indicatorByKey = useMemo(
    () => new Map((indicators.data?.indicators ?? []).map((i) => [i.key, i])),
    [indicators.data],
  );
  if (units.isError || indicators.isError)
    return (
      <ErrorState
        error={units.error ?? indicators.error}
        onRetry={() => void Promise.all([units.refetch(), indicators.refetch()])}
      />
    );
  if (!units.data || !indicators.data) return <LoadingState />;

  const ownUnits = units.data.units.filter((u) => canEdit(user, u.id) && user?.editableUnitIds !== null);
  const contextUnit = search.tinh ?? ownUnits.find((u) => u.vintage === 34)?.id ?? ownUnits[0]?.id;
  const answer = extraction.data;
  const groups = answer
    ? groupProposals(answer.proposals, answer, (unitId) => canEdit(user, unitId))
    : { forms: [], plans: [] };
  const figureCount = groups.forms.reduce((n, g) => n + g.items.length, 0);
  const chosenCount = groups.forms
    .filter((g) => g.canEdit)
    .reduce((n, g) => n + g.items.filter((i) => chosen.has(i.index)).length, 0);

  const read = () => {
    const text = report.text.normalize('NFC');
    setReadText(text);
    setSelected(null);
    setHandError(null);
    extraction.mutate(
      { text, ...(contextUnit ? { unitId: contextUnit } : {}) },
      {
        onSuccess: (found) =>
          setChosen(new Set(found.proposals.flatMap((p, i) => (p.kind === 'plan' ? [] : [i])))),
      },
    );
  };

  const hand = () => {
    if (!answer || !user) return;
    const unitOf = new Map(indicators.data.indicators.map((i) => [i.key, i.unit as IndicatorUnit]));
    const taken = answer.proposals.filter((p, i) => chosen.has(i) && canEdit(user, p.unitId));
    let storage: Storage;
    try {
      storage = window.localStorage;
    } catch {
      setHandError(t('extract.noStorage'));
      return;
    }
    const handed = handToForms(
      storage,
      user.login,
      taken,
      unitOf,
      { title: report.title.trim() || t('extract.untitled'), date: report.date || null, text: readText },
      locale,
      nowIso(),
    );
    const first =
      handed.find((h) => h.unitId === answer.unitId && h.period === answer.period) ??
      handed[handed.length - 1];
    if (first)
      void navigate({
        to: '/bao-cao/$unitId/$period',
        params: { unitId: first.unitId, period: first.period },
      });
  };

  const reportUnit = answer?.unitId ? unitById.get(answer.unitId) : undefined;
  const summary =
    answer &&
    (figureCount === 0 && groups.plans.length === 0
      ? t('extract.none')
      : t('extract.found', {
          n: figureCount,
          plans: groups.plans.length,
          unit: reportUnit
            ? `${name(reportUnit)}${reportUnit.vintage === 63 ? ` ${t('extract.former')}` : ''}`
            : (answer.unitId ?? '–'),
        }));

  return (
    <section className="extraction" aria-labelledby={`${id}-title`}>
      <header className="page-heading">
        <h1 id={`${id}-title`}>{t('extract.title')}</h1>
        <p className="muted">{t('extract.help')}</p>
      </header>
      <ReportInput
        draft={report}
        onDraft={setReport}
        units={ownUnits}
        unitId={contextUnit}
        onUnit={(tinh) =>
          void navigate({ to: '/bao-cao/tu-bao-cao', search: (prev) => ({ ...prev, tinh }), replace: true })
        }
        isReading={extraction.isPending}
        onRead={read}
      />
      {extraction.isError && (
        <p className="form-error" role="alert">
          {errorMessage(extraction.error, locale)}
        </p>
      )}
      {answer && (
        <div className="extraction-result">
          <p className="extraction-summary" role="status">
            {summary}
          </p>
          <div className="extraction-columns">
            <MarkedReport
              text={readText}
              proposals={answer.proposals}
              selected={selected}
              showRequest={showRequest}
              onSelect={(index) => {
                setSelected(index);
                document
                  .querySelector<HTMLElement>(
                    `[data-proposal="${index}"] input, [data-proposal="${index}"] button`,
                  )
                  ?.focus();
              }}
            />
            <div className="proposal-panel">
              <ProposalList
                forms={groups.forms}
                plans={groups.plans}
                indicators={indicatorByKey}
                units={unitById}
                chosen={chosen}
                selected={selected}
                onChoose={(index, isChosen) =>
                  setChosen((prev) => {
                    const next = new Set(prev);
                    if (isChosen) next.add(index);
                    else next.delete(index);
                    return next;
                  })
                }
                onShow={(index) => {
                  setSelected(index);
                  setShowRequest((n) => n + 1);
                }}
              />
              {figureCount > 0 && (
                <div className="hand-actions">
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={chosenCount === 0}
                    onClick={hand}
                  >
                    {t('extract.hand', { n: chosenCount })}
                  </button>
                  <p className="muted">{t('extract.handHelp')}</p>
                  {handError && (
                    <p className="form-error" role="alert">
                      {handError}
                    </p>
                  )}
                </div>
              )}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
