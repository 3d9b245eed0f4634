/**
 * What staff send to save or submit a whole period's report in one form, and what a reviewer
 * sends to decide on a submission row by row. Unknown fields are refused (`strict`).
 */
import { z } from 'zod';
import { figureFieldsSchema, qualifierSchema } from './entry-schemas.ts';
import { idSchema, indicatorKeySchema, textSchema } from './query-schemas.ts';

const finite = z.number().finite();
const optionalText = (max: number) => textSchema.trim().max(max).nullable().default(null);

/**
 * One row of the period form: the figure as parsed by the form (the same number parser as
 * everywhere), and where it differs from the form's, its own source. A row with neither value
 * nor numerator nor denominator is empty: saving it removes that indicator's draft.
 */
export const periodFormRowSchema = z
  .object({
    indicatorKey: indicatorKeySchema,
    value: finite.nullable().default(null),
    numerator: finite.nullable().default(null),
    denominator: finite.nullable().default(null),
    qualifier: qualifierSchema.default('exact'),
    rankedOf: figureFieldsSchema.shape.rankedOf,
    /** Overrides the form's source for this row. */
    sourceRef: optionalText(500),
    sourceQuote: optionalText(2000),
    note: optionalText(2000),
    /**
     * The open revision the form showed for this row, as it was then: a row someone changed since
     * is refused (409) rather than overwritten unseen. Null when the form showed none.
     */
    basedOn: z
      .object({
        revisionId: idSchema,
        version: idSchema,
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();

export const periodFormSaveSchema = z
  .object({
    /** The one source of the whole form ("Báo cáo số 15/BC-STTTT ngày 10/01/2023"). */
    sourceRef: optionalText(500),
    /** The sentence of the report that states the figures, if quoted. */
    sourceQuote: optionalText(2000),
    rows: z.array(periodFormRowSchema).max(100),
    /** Send every filled row for review (refused, with every row's errors, unless all are valid). */
    submit: z.boolean().default(false),
  })
  .strict()
  .superRefine((form, ctx) => {
    const seen = new Set<string>();
    form.rows.forEach((row, i) => {
      if (seen.has(row.indicatorKey))
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'indicatorKey'],
          message: 'appears twice in the form',
        });
      seen.add(row.indicatorKey);
    });
  });

export const submissionReviewSchema = z
  .object({
    decisions: z
      .array(
        z
          .object({
            revisionId: idSchema,
            decision: z.enum(['approve', 'return']),
            /** The revision as the reviewer saw it: one changed since is refused (409). */
            version: idSchema.nullable().default(null),
            /** Required to return a figure: the staff see it in their inbox. */
            comment: textSchema.trim().max(1000).nullable().default(null),
          })
          .strict()
          .superRefine((d, ctx) => {
            if (d.decision === 'return' && (d.comment ?? '').length < 3)
              ctx.addIssue({
                code: 'custom',
                path: ['comment'],
                message: 'a returned figure needs a comment (at least 3 characters)',
              });
          }),
      )
      .min(1)
      .max(100),
  })
  .strict();

const days = z.number().int().min(0).max(366);
export const deadlineSettingsSchema = z
  .object({ month: days, quarter: days, half: days, year: days })
  .strict();

export type PeriodFormRow = z.infer<typeof periodFormRowSchema>;
export type PeriodFormSave = z.infer<typeof periodFormSaveSchema>;
export type SubmissionReview = z.infer<typeof submissionReviewSchema>;
