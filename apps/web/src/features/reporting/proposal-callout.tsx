/**
 * Under a row filled from a report: the report's sentence with the figure's words marked, and what
 * staff do with it. Proposed: "Xác nhận" (it is sent with the next save) or "Bỏ" (the row goes back
 * to what it held); the value above may be corrected first. Confirmed: said, and still rejectable.
 */

import { useI18n } from '../../i18n/use-i18n.ts';
import type { ReportProposal } from '../../shared/drafts/draft-store.ts';
import { formatDate } from './format-date.ts';

interface Props {
  indicator: string;
  proposal: ReportProposal;
  onConfirm: () => void;
  onReject: () => void;
}

/** The sentence with the quote marked (the first place it occurs). */
function MarkedSentence({ sentence, quote }: { sentence: string; quote: string }) {
  const at = sentence.indexOf(quote);
  if (at === -1) return <q>{sentence}</q>;
  return (
    <q>
      {sentence.slice(0, at)}
      <mark>{quote}</mark>
      {sentence.slice(at + quote.length)}
    </q>
  );
}

export function ProposalCallout({ indicator, proposal, onConfirm, onReject }: Props) {
  const { t, locale } = useI18n();
  const { report } = proposal;
  const isProposed = proposal.status === 'proposed';
  return (
    <div className={`proposal-callout${isProposed ? '' : ' is-confirmed'}`} data-proposal={proposal.status}>
      <p>
        <strong>
          {proposal.kind === 'derived' ? t('proposal.derivedFrom') : t('proposal.from')} {report.title}
          {report.date && ` (${formatDate(report.date, locale)})`}:
        </strong>{' '}
        <MarkedSentence sentence={proposal.sentence} quote={proposal.quote} />
      </p>
      <p className="proposal-actions">
        {isProposed ? (
          <>
            <span className="muted">{t('proposal.check')}</span>{' '}
            <button
              type="button"
              className="button button-primary button-small"
              onClick={onConfirm}
              aria-label={t('proposal.confirmOf', { indicator })}
            >
              {t('proposal.confirm')}
            </button>
          </>
        ) : (
          <span className="proposal-confirmed">✓ {t('proposal.confirmed')}</span>
        )}{' '}
        <button
          type="button"
          className="link-button"
          onClick={onReject}
          aria-label={t('proposal.rejectOf', { indicator })}
        >
          {t('proposal.reject')}
        </button>
      </p>
    </div>
  );
}
