/** The legend of every panel, said once above them: each province's colour and dash, and the marks. */
import { useI18n } from '../../i18n/use-i18n.ts';
import { colorOf, dashOf, NATIONAL_INK, REGION_INK } from './series-style.ts';

function LineSample({ color, dash, width = 2.25 }: { color: string; dash?: string; width?: number }) {
  return (
    <svg width="32" height="12" aria-hidden="true" className="line-sample">
      <line
        x1="1"
        x2="31"
        y1="6"
        y2="6"
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dash || undefined}
      />
    </svg>
  );
}

export function CompareLegend({
  unitIds,
  nameOf,
  showNational,
}: {
  unitIds: readonly string[];
  nameOf: (id: string) => string;
  showNational: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="compare-legend">
      <ul aria-label={t('compare.provinces')}>
        {unitIds.map((id, i) => (
          <li key={id}>
            <LineSample color={colorOf(i)} dash={dashOf(i)} />
            {nameOf(id)}
          </li>
        ))}
        {showNational && (
          <>
            <li>
              <LineSample color={NATIONAL_INK} width={2} />
              {t('compare.national')}
            </li>
            <li>
              <LineSample color={REGION_INK} dash="6 3" width={1.5} />
              {t('compare.region', { name: '' }).replace(/[:\s]+$/, '')}
            </li>
          </>
        )}
      </ul>
      <p className="muted marks">
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="5" fill="#fff" stroke="#333" strokeWidth="2" />
        </svg>{' '}
        {t('hollowPointHelp')} ·{' '}
        <svg width="10" height="10" aria-hidden="true">
          <circle cx="5" cy="5" r="3.5" fill="#333" />
        </svg>{' '}
        {t('demoPointHelp')} · <LineSample color="#333" dash="1 4" width={1.5} /> {t('compare.legendPlan')}
      </p>
    </div>
  );
}
