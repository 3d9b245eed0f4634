/**
 * What a submission did, with its counts, and where the report stands now (the same line as the
 * footer's); focused when it appears, so it is heard and seen.
 */
import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { FormStanding } from './form-standing.ts';
import { FormStandingLine } from './form-standing-line.tsx';

export interface Outcome {
  isSubmit: boolean;
  written: number;
  submitted: number;
  unchanged: number;
}

export function FormOutcome({ outcome, standing }: { outcome: Outcome; standing: FormStanding }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div ref={box} className="form-outcome" role="status" tabIndex={-1}>
      <strong>{t('form.submitted', { submitted: outcome.submitted })}</strong>
      <FormStandingLine standing={standing} />
      <p>{t('form.submittedDetail', { written: outcome.written, unchanged: outcome.unchanged })}</p>
      <p>{t('form.submittedHelp')}</p>
      <p>
        <Link to="/bao-cao" className="button">
          {t('form.toInbox')}
        </Link>
      </p>
    </div>
  );
}
