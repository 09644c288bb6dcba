import { z } from 'zod';
import { text } from './text.js';

/** ISO 4217 alphabetic code. */
export const Currency = text({ max: 3 })
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR')
  .describe('ISO 4217 currency code');

/** Money in integer minor units (cents), never floats. */
export const MinorUnits = z.number().int().min(0).max(2_000_000_000);

/** `{ min, max, currency }` with min <= max, as budgets and rates are given. */
export const MoneyRangeInput = z
  .strictObject({
    min: MinorUnits.optional(),
    max: MinorUnits.optional(),
    currency: Currency,
  })
  .superRefine((range, ctx) => {
    if (range.min !== undefined && range.max !== undefined && range.max < range.min) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'must not be less than min' });
    }
  });

export const MoneyRange = z.object({
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
  currency: z.string(),
});

export const Money = z.strictObject({ amount: MinorUnits, currency: Currency });
