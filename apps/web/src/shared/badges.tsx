/**
 * Small labels that say what kind of figure this is — demo, partly demo, derived, incomplete —
 * or that a real figure is being compared with demo data.
 */
import { useI18n } from '../i18n/use-i18n.ts';

export function DemoBadge() {
  const { t } = useI18n();
  return (
    <span className="badge badge-demo" title={t('demoBanner')}>
      {t('demo')}
    </span>
  );
}

/** A value summed from real and demo parts: neither a real figure nor wholly demo. */
export function PartlyDemoBadge() {
  const { t } = useI18n();
  return (
    <span className="badge badge-partly-demo" title={t('partlyDemoHelp')}>
      {t('partlyDemo')}
    </span>
  );
}

/**
 * A real figure's plan, change or rank computed against demo data, said at the end of the line it
 * qualifies ("Hạng 1/63 · so với số liệu minh họa"): inline rather than a pill, so that a card
 * with all three stays readable.
 */
export function VsDemoNote({ children, title }: { children: string; title: string }) {
  return (
    <>
      {' · '}
      <span className="vs-demo" title={title}>
        {children}
      </span>
    </>
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
