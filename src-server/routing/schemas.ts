import { z } from 'zod';
import { IsoDateSchema as date } from '../../src-shared/contracts/common';

export const RoutingPreviewQuery = z.object({
  matterId: z.uuid({ error: '事项编号格式不正确' }),
  regionCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, { error: '地区代码应为 6、9 或 12 位数字' }),
  at: date.optional(),
});
