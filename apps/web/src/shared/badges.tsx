/** Small labels that say what kind of figure this is: demo, derived, incomplete. */
import type { Translate } from '../i18n/use-i18n.ts';

export function DemoBadge({ t }: { t: Translate }) {
  return (
    <span className="badge badge-demo" title={t('demoBanner')}>
      {t('demo')}
    </span>
  );
}

export function Badge({
  tone,
  children,
  title,
}: {
  tone: 'derived' | 'incomplete' | 'info';
  children: string;
  title?: string;
}) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}
