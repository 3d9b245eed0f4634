/**
 * One figure sent for review: the new figure beside the one published now, the plan, the change
 * from the previous period, why it may be a slip, the staff's note and source; and the decision.
 */
import type { IndicatorUnit } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { IndicatorView } from '../../shared/reference/reference-queries.ts';
import { type DecisionChoice, DecisionControl } from './decision-control.tsx';
import { DemoMark } from './demo-mark.tsx';
import { FigureChange } from './figure-change.tsx';
import { figureText, planText } from './figure-text.ts';
import type { FormRowView } from './reporting-queries.ts';

interface Props {
  row: FormRowView;
  indicator: IndicatorView;
  decision: DecisionChoice;
  comment: string;
  onChange: (decision: DecisionChoice, comment: string) => void;
  /** Why this reviewer may not decide on it (they entered or edited it): someone else decides. */
  refusal: string | null;
  /** The source most of the submission names, shown once above the table: a row shows only its own. */
  formSource: string | null;
  isDisabled: boolean;
  error: string | null;
}

export function DecisionRow({
  row,
  indicator,
  decision,
  comment,
  onChange,
  refusal,
  isDisabled,
  error,
  formSource,
}: Props) {
  const { t, locale, name } = useI18n();
  const revision = row.revision as NonNullable<FormRowView['revision']>;
  const unit = indicator.unit as IndicatorUnit;
  return (
    <tr
      data-row={row.indicator}
      data-revision={revision.id}
      className={decision ? `decided-${decision}` : undefined}
    >
      <th scope="row" className="cell-indicator">
        {name(indicator)}
        <span className="muted cell-by">
          {t('review.enteredBy', { name: revision.createdBy.displayName })}
        </span>
      </th>
      <td className="cell-new">{figureText(revision, unit, locale)}</td>
      <td>
        {row.published ? figureText(row.published, unit, locale) : t('form.none')}
        {row.published?.isDemo && <DemoMark />}
      </td>
      <td>
        {row.plan ? planText(row.plan, unit, locale) : t('form.none')}
        {row.plan?.isDemo && <DemoMark />}
      </td>
      <td>
        <FigureChange value={revision.value} previous={row.previous} unit={unit} />
      </td>
      <td className="cell-flags-list">
        {row.flags.length === 0
          ? t('form.none')
          : row.flags.map((f) => (
              <p key={f.code} className="flag-text">
                ⚠ {f.message[locale]}
              </p>
            ))}
      </td>
      <td className="cell-source">
        {revision.note && <p className="review-note">{revision.note}</p>}
        {revision.sourceRef !== formSource && (
          <p className="muted">
            {t('source')}: {revision.sourceRef}
          </p>
        )}
        {revision.sourceQuote && revision.sourceRef !== formSource && (
          <blockquote lang="vi">«{revision.sourceQuote}»</blockquote>
        )}
        {!revision.note && revision.sourceRef === formSource && (
          <span className="muted">{t('form.none')}</span>
        )}
      </td>
      <td>
        {refusal ? (
          <span className="muted">{refusal}</span>
        ) : (
          <DecisionControl
            indicator={name(indicator)}
            decision={decision}
            comment={comment}
            onChange={onChange}
            isDisabled={isDisabled}
            error={error}
          />
        )}
      </td>
    </tr>
  );
}
