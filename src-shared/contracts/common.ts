import { z } from 'zod';
import { isIsoDate } from '../calendar/china-date';

/** A calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' })
  .refine(isIsoDate, { error: '不是有效日期' });

/** Every non-2xx answer: `{error:{code, message, details?, requestId}}` (the contract's error format). */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().describe('给用户看的中文说明'),
    details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    requestId: z.string(),
  }),
});
