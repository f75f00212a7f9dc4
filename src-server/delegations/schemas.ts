import { z } from 'zod';
import { IsoDateSchema as date } from '../../src-shared/contracts/common';


export const CreateDelegationBody = z
  .object({
    countyCode: z.string().regex(/^\d{6}$/, { error: '县区代码应为 6 位数字' }),
    matterId: z.uuid({ error: '事项编号格式不正确' }),
    townshipCodes: z.union([z.literal('ALL'), z.array(z.string().regex(/^\d{9}$/, { error: '乡镇代码应为 9 位数字' })).min(1).max(60)]),
    /** Down to the village stations of those townships (村级延伸). */
    toVillages: z.boolean().default(false),
    powerSource: z.enum(['delegated', 'entrusted', 'authorized'], { error: '权力来源应为 delegated（上级下放）、entrusted（上级委托）或 authorized（上级授权）' }),
    documentNo: z.string().trim().min(4, { error: '请填写决定文号，例如 安殷编〔2021〕6号' }).max(64),
    effectiveFrom: date,
    takenUp: z.boolean().default(true),
  })
  .strict();
export type CreateDelegationInput = z.infer<typeof CreateDelegationBody>;

export const RecallBody = z
  .object({
    effectiveUntil: date,
    documentNo: z.string().trim().min(4, { error: '请填写收回文号' }).max(64),
    reason: z.string().trim().min(2, { error: '请写明收回原因' }).max(500),
  })
  .strict();

export const DelegationParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });
export const DelegationListQuery = z.object({
  county: z.string().regex(/^\d{6}$/).optional(),
  matterId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
