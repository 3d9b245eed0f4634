/**
 * `/bao-cao`: the staff's reports, one table per province they report for: each period due, its
 * deadline, where it stands and the figures the reviewer returned, each a link to its form.
 * Periods needing the staff come first (the API's order: returned, then by deadline). Any other
 * period, from 2015, of any province they report for opens from the picker above the tables.
 */
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/use-i18n.ts';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { indicatorsQuery, unitsQuery } from '../../shared/reference/reference-queries.ts';
import { useSession } from '../../shared/session/use-session.ts';
import { InboxTable } from './inbox-table.tsx';
import { OpenPeriodForm } from './open-period-form.tsx';
import { type InboxItem, inboxQuery } from './reporting-queries.ts';
import './reporting.css';

export function InboxPage() {
  const { t, name } = useI18n();
  const { user } = useSession();
  const inbox = useQuery(inboxQuery());
  const units = useQuery(unitsQuery());
  const indicators = useQuery(indicatorsQuery());
  const failed = inbox.error ?? units.error ?? indicators.error;

  const heading = (
    <header className="page-heading">
      <h1 id="inbox-title">{t('inbox.title')}</h1>
      <p className="muted">{t('inbox.help')}</p>
    </header>
  );
  if (failed)
    return (
      <section aria-labelledby="inbox-title">
        {heading}
        <ErrorState error={failed} onRetry={() => void inbox.refetch()} />
      </section>
    );
  if (!inbox.data || !units.data || !indicators.data)
    return (
      <section aria-labelledby="inbox-title">
        {heading}
        <LoadingState />
      </section>
    );

  const byUnit = new Map<string, InboxItem[]>();
  for (const item of inbox.data.items) byUnit.set(item.unitId, [...(byUnit.get(item.unitId) ?? []), item]);
  const unitName = (id: string) => {
    const unit = units.data.units.find((u) => u.id === id);
    return unit ? name(unit) : id;
  };

  return (
    <section className="inbox" aria-labelledby="inbox-title">
      {heading}
      {user && <OpenPeriodForm units={units.data.units} editableUnitIds={user.editableUnitIds} />}
      {byUnit.size === 0 && <EmptyState title={t('inbox.empty')} help={t('inbox.emptyHelp')} />}
      {[...byUnit].map(([unitId, items]) => (
        <InboxTable
          key={unitId}
          unitId={unitId}
          unitName={unitName(unitId)}
          items={items}
          indicators={indicators.data.indicators}
        />
      ))}
    </section>
  );
}
