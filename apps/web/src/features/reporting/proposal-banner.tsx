/**
 * Above a period form holding rows proposed from a report: how many wait to be confirmed (they are
 * neither saved nor sent until then), a button to confirm them all once checked, and links to the
 * other forms still holding proposals (the previous year a report let derive) — also once this
 * form's are all confirmed or sent.
 */
import { parsePeriod, periodLabel } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { otherFormsWithProposals } from '../../shared/drafts/proposal-drafts.ts';
import { unitsQuery } from '../../shared/reference/reference-queries.ts';

interface Props {
  count: number;
  storageKey: string;
  onConfirmAll: () => void;
}

export function ProposalBanner({ count, storageKey, onConfirmAll }: Props) {
  const { t, locale, name } = useI18n();
  const units = useQuery(unitsQuery());
  const others = useMemo(() => {
    try {
      return otherFormsWithProposals(window.localStorage, storageKey);
    } catch {
      return [];
    }
  }, [storageKey]);
  const unitName = (id: string) => {
    const unit = units.data?.units.find((u) => u.id === id);
    return unit ? name(unit) : id;
  };
  if (count === 0 && others.length === 0) return null;
  return (
    <div className={count > 0 ? 'proposal-banner' : 'proposal-banner is-others'} role="note">
      {count > 0 && (
        <p>
          {t('proposal.banner', { n: count })}{' '}
          <button type="button" className="button button-small" onClick={onConfirmAll}>
            {t('proposal.confirmAll', { n: count })}
          </button>
        </p>
      )}
      {others.length > 0 && (
        <p>
          {t('proposal.otherForms')}{' '}
          {others.map((o, i) => {
            const period = parsePeriod(o.period);
            return (
              <span key={`${o.unitId}.${o.period}`}>
                {i > 0 && ', '}
                <Link to="/bao-cao/$unitId/$period" params={{ unitId: o.unitId, period: o.period }}>
                  {period ? periodLabel(period, locale) : o.period} · {unitName(o.unitId)} ({o.rows})
                </Link>
              </span>
            );
          })}
        </p>
      )}
    </div>
  );
}
