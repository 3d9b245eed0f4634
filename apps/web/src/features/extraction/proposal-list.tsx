/**
 * The proposals beside the report: one section per form they go to (province and period), each
 * proposal with a box to take it or leave it, its indicator, figure and kind, and its words as a
 * link to where they stand in the report. Plans are listed apart: they are not figures of a period.
 */
import { type IndicatorUnit, parsePeriod, periodLabel } from '@cds/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { IndicatorView, UnitView } from '../../shared/reference/reference-queries.ts';
import type { ProposalGroup } from './proposal-groups.ts';
import { proposalText } from './proposal-text.ts';

type Item = ProposalGroup['items'][number];

interface Props {
  forms: readonly ProposalGroup[];
  plans: readonly Item[];
  indicators: ReadonlyMap<string, IndicatorView>;
  units: ReadonlyMap<string, UnitView>;
  chosen: ReadonlySet<number>;
  selected: number | null;
  onChoose: (index: number, isChosen: boolean) => void;
  onShow: (index: number) => void;
}

export function ProposalList({ forms, plans, indicators, units, chosen, selected, onChoose, onShow }: Props) {
  const { t, locale, name } = useI18n();
  const unitName = (id: string) => {
    const unit = units.get(id);
    return unit ? `${name(unit)}${unit.vintage === 63 ? ` ${t('extract.former')}` : ''}` : id;
  };
  const periodName = (key: string) => {
    const period = parsePeriod(key);
    return period ? periodLabel(period, locale) : key;
  };
  const row = ({ index, proposal }: Item, isChoosable: boolean) => {
    const indicator = indicators.get(proposal.indicatorKey);
    const unit = (indicator?.unit ?? 'count') as IndicatorUnit;
    const label = indicator ? name(indicator) : proposal.indicatorKey;
    return (
      <li key={index} data-proposal={index} className={selected === index ? 'is-selected' : undefined}>
        {isChoosable ? (
          <label className="proposal-choice">
            <input
              type="checkbox"
              checked={chosen.has(index)}
              onChange={(event) => onChoose(index, event.target.checked)}
            />
            <span className="proposal-indicator">{label}</span>
          </label>
        ) : (
          <span className="proposal-indicator">{label}</span>
        )}
        <strong className="proposal-value">{proposalText(proposal, unit, locale)}</strong>
        {proposal.kind === 'derived' && <span className="badge badge-derived">{t('extract.derived')}</span>}
        <button type="button" className="link-button proposal-quote" onClick={() => onShow(index)}>
          “{proposal.quote}”
        </button>
      </li>
    );
  };
  return (
    <div className="proposal-list">
      {forms.map((group) => (
        <section
          key={`${group.unitId}|${group.period}`}
          aria-label={`${periodName(group.period)} · ${unitName(group.unitId)}`}
        >
          <h2>
            {periodName(group.period)} · {unitName(group.unitId)}
          </h2>
          {!group.isReport && <p className="muted">{t('extract.otherPeriod')}</p>}
          {!group.canEdit && <p className="form-error">{t('extract.notYours')}</p>}
          <ul>{group.items.map((item) => row(item, group.canEdit))}</ul>
        </section>
      ))}
      {plans.length > 0 && (
        <section aria-label={t('extract.plans')}>
          <h2>{t('extract.plans')}</h2>
          <p className="muted">
            {t('extract.plansHelp')} <Link to="/bao-cao/ke-hoach">{t('extract.plansLink')}</Link>
          </p>
          <ul>
            {plans.map((item) => (
              <li key={item.index} data-proposal={item.index}>
                <span className="proposal-indicator">
                  {indicators.get(item.proposal.indicatorKey)
                    ? name(indicators.get(item.proposal.indicatorKey) as IndicatorView)
                    : item.proposal.indicatorKey}{' '}
                  ({periodName(item.proposal.period)})
                </span>
                <strong className="proposal-value">
                  {proposalText(
                    item.proposal,
                    (indicators.get(item.proposal.indicatorKey)?.unit ?? 'count') as IndicatorUnit,
                    locale,
                  )}
                </strong>
                <button
                  type="button"
                  className="link-button proposal-quote"
                  onClick={() => onShow(item.index)}
                >
                  “{item.proposal.quote}”
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
