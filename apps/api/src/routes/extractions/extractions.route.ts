/**
 * `POST /api/extractions`: a report's text read for figures (@cds/core `extractFigures`), for staff
 * to confirm in the period forms. Signed in; body `{ text, unitId?, period? }` where `unitId` is the
 * staff member's province (used when the text names none) and `period` the period to assume when the
 * text names none. Answer `{ unitId?, period?, proposals: [...] }`, each proposal with `quote ===
 * text.slice(start, end)`. Nothing is stored: a proposal becomes a figure only when a person
 * confirms it in the period form and a reviewer approves it.
 */
import { extractFigures, periodKeySchema, textSchema, unitIdSchema } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { extractionContext } from '../../extraction/extraction-context.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { signedIn, UNAUTHENTICATED } from '../../http/request-context.ts';
import { apiError, validate } from '../../http/validate.ts';

/** Some 300 pages of prose: the extractor reads 60,000 characters in a few milliseconds. */
export const MAX_REPORT_CHARS = 1_000_000;

export const extractionBodySchema = z
  .object({
    text: textSchema.min(1, { message: 'must hold the report’s text' }).max(MAX_REPORT_CHARS),
    unitId: unitIdSchema.optional(),
    period: periodKeySchema.optional(),
  })
  .strict();

export const extractionsRoute = new Hono<AppEnv>().post(
  '/',
  validate('json', extractionBodySchema),
  async (c) => {
    if (!signedIn(c)) return c.json(UNAUTHENTICATED, 401);
    const { text, unitId, period } = c.req.valid('json');
    const catalog = await c.var.catalog();
    if (unitId && !catalog.unit(unitId)) {
      const message = { vi: 'không có tỉnh, thành phố này', en: 'no such province' };
      return c.json(
        apiError('invalid_parameter', { vi: `Không có đơn vị ${unitId}`, en: `No unit ${unitId}` }, [
          { field: 'unitId', message },
        ]),
        400,
      );
    }
    // The text as sent: every proposal's start and end index it (the web sends it in NFC).
    const found = extractFigures(text, {
      ...extractionContext(catalog),
      ...(unitId ? { unitId } : {}),
      ...(period ? { period } : {}),
    });
    return c.json(found);
  },
);
