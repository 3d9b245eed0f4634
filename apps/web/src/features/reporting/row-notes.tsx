/**
 * What a row needs said at full width under it: the reviewer's comment on a returned figure (what
 * the staff must correct, so it stands out), why the figure looks like a slip (it asks for a
 * note, never blocks), and a problem of the row as a whole (changed by someone else meanwhile).
 */
import { useI18n } from '../../i18n/use-i18n.ts';
import { figureText } from './figure-text.ts';
import { formatDate } from './format-date.ts';
import { ProposalCallout } from './proposal-callout.tsx';
import type { FormRowModel } from './use-period-form.ts';

interface Props {
  row: FormRowModel;
  error: string | null;
  onConfirm: () => void;
  onReject: () => void;
}

export function RowNotes({ row, error, onConfirm, onReject }: Props) {
  const { t, locale, name } = useI18n();
  const { revision } = row.data;
  const comment =
    revision?.reviewComment && (revision.status === 'returned' || revision.status === 'draft')
      ? revision
      : null;
  const flags = row.isEditable ? row.flags : [];
  const proposal = row.isEditable && row.isDirty ? row.proposal : null;
  if (!comment && flags.length === 0 && !error && !proposal) return null;
  return (
    <tr className="row-notes" data-notes-for={row.key}>
      <td />
      <td colSpan={7}>
        {proposal && (
          <ProposalCallout
            indicator={name(row.indicator)}
            proposal={proposal}
            onConfirm={onConfirm}
            onReject={onReject}
          />
        )}
        {comment && (
          <div className="returned-callout" role="note">
            <strong>
              {t('form.returnedBy', {
                name: comment.reviewedBy?.displayName ?? '',
                date: comment.reviewedAt ? formatDate(comment.reviewedAt, locale) : '',
              })}
            </strong>{' '}
            <q className="review-comment">{comment.reviewComment}</q>
            {comment.status === 'draft' && <span className="muted"> · {t('form.returnedFixed')}</span>}
          </div>
        )}
        {flags.length > 0 && (
          <div className="flag-callout" data-flags={flags.map((f) => f.code).join(' ')}>
            {flags.map((f) => (
              <p key={f.code}>⚠ {f.message[locale]}</p>
            ))}
            {row.text.note.trim() === '' && <p className="muted">{t('form.flagAsk')}</p>}
          </div>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
            {revision && ` ${t('form.serverNow', { value: figureText(revision, row.unit, locale) })}`}
          </p>
        )}
      </td>
    </tr>
  );
}
