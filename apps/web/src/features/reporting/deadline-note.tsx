/**
 * How long is left until a report is due ("còn 7 ngày", "quá hạn 23 ngày"), or that everything
 * has been sent: a deadline says nothing once nothing waits for the staff.
 */
import { useI18n } from '../../i18n/use-i18n.ts';

export function DeadlineNote({ daysLeft, isDone }: { daysLeft: number; isDone: boolean }) {
  const { t } = useI18n();
  if (isDone) return <span className="deadline deadline-done">{t('deadline.done')}</span>;
  const text =
    daysLeft > 1
      ? t('deadline.left', { n: daysLeft })
      : daysLeft === 1
        ? t('deadline.leftOne')
        : daysLeft === 0
          ? t('deadline.today')
          : daysLeft === -1
            ? t('deadline.overdueOne')
            : t('deadline.overdue', { n: -daysLeft });
  const tone = daysLeft < 0 ? 'deadline-overdue' : daysLeft <= 3 ? 'deadline-soon' : '';
  return <span className={`deadline ${tone}`}>{text}</span>;
}
