/**
 * What a province's staff send when they enter or correct a figure or a plan. The
 * API validates request bodies with these and the entry form builds them from the
 * same types. Unknown fields are refused (`strict`).
 */
import { z } from 'zod';
import { COMPARATORS } from '../progress/progress.ts';
import {
  indicatorKeySchema,
  periodKeySchema,
  reportPeriodSchema,
  textSchema,
  unitIdSchema,
} from './query-schemas.ts';

const finite = z.number().finite();

/**
 * Whether a figure is exact or what a report says around it: "trên 90%" (above: a lower bound),
 * "khoảng/gần 100%" (about), "dưới 5%" (below: an upper bound). See `figures/qualifier.ts`.
 */
export const qualifierSchema = z.enum(['exact', 'above', 'about', 'below']);

/** The N of a rank "r/N" as published (DTI 2022 ranked 63, DTI 2024 ranked 34). */
const rankedOfSchema = z.number().int().min(1).max(1000);

export const figureFieldsSchema = z.object({
  value: finite.nullable(),
  numerator: finite.nullable().default(null),
  denominator: finite.nullable().default(null),
  qualifier: qualifierSchema.default('exact'),
  /** Only for ranks: "12/63" sends value 12 and rankedOf 63. */
  rankedOf: rankedOfSchema.nullable().default(null),
  /** Where the figure comes from: a report, decision or document number. Required. */
  sourceRef: textSchema.trim().min(3, { message: 'must name the source (at least 3 characters)' }).max(500),
  note: textSchema.trim().max(2000).nullable().default(null),
});

export const revisionCreateSchema = figureFieldsSchema
  .extend({
    unitId: unitIdSchema,
    indicatorKey: indicatorKeySchema,
    // Checked for plausibility against the figure of the period before.
    period: reportPeriodSchema,
    /** Send for review at once instead of keeping a draft. */
    submit: z.boolean().default(false),
  })
  .strict();

/** A correction to a draft: only the fields sent change (no defaults, unlike creation). */
export const revisionUpdateSchema = z
  .object({
    value: finite.nullable(),
    numerator: finite.nullable(),
    denominator: finite.nullable(),
    qualifier: qualifierSchema,
    rankedOf: rankedOfSchema.nullable(),
    sourceRef: figureFieldsSchema.shape.sourceRef,
    note: textSchema.trim().max(2000).nullable(),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, {
    message: 'nothing to change: send at least one field',
  });

export const revisionReturnSchema = z.object({ comment: textSchema.trim().min(3).max(1000) }).strict();

export const revisionStatusSchema = z.enum(['draft', 'submitted', 'approved', 'returned', 'withdrawn']);

export const targetWriteSchema = z
  .object({
    /** Null for a national target (admins only). */
    unitId: unitIdSchema.nullable(),
    indicatorKey: indicatorKeySchema,
    period: periodKeySchema,
    comparator: z.enum(COMPARATORS).default('>='),
    value: finite,
    source: textSchema.trim().min(3).max(500),
    /**
     * A plan the report does not state but implies: "đạt 1.463 tỷ đồng, vượt 8% so với kế hoạch"
     * gives the plan 1.463 / 1,08. `value` must be what that gives (core deriveTargetFromPlanClaim);
     * the plan is stored as derived, with the claim.
     */
    derivedFrom: z
      .object({ actual: finite, claim: textSchema.trim().min(3).max(200) })
      .strict()
      .optional(),
  })
  .strict();

export type RevisionCreate = z.infer<typeof revisionCreateSchema>;
export type RevisionUpdate = z.infer<typeof revisionUpdateSchema>;
export type TargetWrite = z.infer<typeof targetWriteSchema>;
