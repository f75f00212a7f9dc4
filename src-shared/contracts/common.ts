import { z } from 'zod';
import { isIsoDate } from '../calendar/china-date';

/** A calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' })
  .refine(isIsoDate, { error: '不是有效日期' });
