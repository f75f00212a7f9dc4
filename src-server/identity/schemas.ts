import { z } from 'zod';
import { ConsentSchema } from '../../src-shared/contracts/applications';
import { IdNumberSchema } from '../../src-shared/contracts/identity';

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

/** A station clerk confirms a pending family binding in person: the person's ID number and how they consented. */
export const StationFamilyLookupBody = z.object({ idNumber: IdNumberSchema }).strict();
export const StationFamilyConfirmBody = z.object({ idNumber: IdNumberSchema, consent: ConsentSchema }).strict();
export const StationFamilyBindingSchema = z.object({
  id: z.string(),
  requesterName: z.string(),
  requesterIdNumber: z.string().describe('发起绑定的居民的证件号（脱敏）'),
  memberName: z.string(),
  relation: z.string(),
  status: z.enum(['pending', 'active']),
  createdAt: z.string(),
});
