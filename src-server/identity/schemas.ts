import { z } from 'zod';

export { AddFamilyMemberBody, DevLoginBody, StaffLoginBody, UpdateProfileBody, WechatLoginBody } from '../../src-shared/contracts/identity';

export const ProfileQuery = z.object({
  full: z.enum(['true', 'false'], { error: 'full 只能是 true 或 false' }).optional().describe('为 true 时返回本人完整证件号和手机号'),
});
export const IdParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });
export const FamilyAnswerParams = IdParams.extend({ answer: z.enum(['accept', 'decline'], { error: '只能同意（accept）或拒绝（decline）' }) });
export const RevealBody = z
  .object({
    field: z.enum(['idNumber', 'phone']),
    reason: z.string().trim().min(4, { error: '请写明查看原因（至少 4 个字）' }).max(200),
  })
  .strict();
export const RevealResultSchema = z.object({ field: z.enum(['idNumber', 'phone']), value: z.string() });

export { StationFamilyBindingSchema, StationFamilyConfirmBody, StationFamilyLookupBody } from '../../src-shared/contracts/identity';
