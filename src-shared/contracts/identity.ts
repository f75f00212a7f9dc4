// Contracts of the identity API (login, profile, family members, staff), shared by server and mini-program.
import { z } from 'zod';
import { scopeKinds, staffRoles, type StaffRole } from '../identity/roles';
import {
  idNumberMessages,
  idNumberProblem,
  MAX_FAMILY_MEMBERS,
  normalizeIdNumber,
  personNameMaxLength,
  personNameMessage,
  personNamePattern,
  phoneMessage,
  phonePattern,
} from '../identity/personal-numbers';
import { familyBindMethods, familyStatuses } from '../identity/family-binding';
import { CONSENT_NOTE_MAX, CONSENT_NOTE_MIN, consentMethods } from '../applications/consent';

export { MAX_FAMILY_MEMBERS };

const trimmed = (max: number) => z.string().trim().min(1).max(max);

export const IdNumberSchema = z
  .string()
  .max(40)
  .transform(normalizeIdNumber)
  .superRefine((value, ctx) => {
    const problem = idNumberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: idNumberMessages[problem] });
  });

export const PhoneSchema = z
  .string()
  .max(20)
  .transform((v) => v.replace(/[\s-]/g, ''))
  .refine((v) => phonePattern.test(v), { error: phoneMessage });

export const PersonNameSchema = trimmed(personNameMaxLength).regex(personNamePattern, { error: personNameMessage });

export const StaffRoleSchema = z.enum(staffRoles);
export type { StaffRole };

export const ScopeSchema = z.object({
  kind: z.enum(scopeKinds),
  regionCode: z.string(),
  regionName: z.string(),
  departmentCode: z.string().nullable(),
});
export type Scope = z.infer<typeof ScopeSchema>;

export const ProfileSchema = z.object({
  name: z.string().nullable(),
  /** Masked, except in the owner's own view where `idNumber` may be full (see `full`). */
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionPath: z.array(z.object({ code: z.string(), name: z.string() })),
  verified: z.boolean().describe('实名信息是否已填写'),
});

export const ResidentUserSchema = z.object({
  id: z.string(),
  kind: z.literal('resident'),
  role: z.literal('resident'),
  profile: ProfileSchema,
});

export const StaffUserSchema = z.object({
  id: z.string(),
  kind: z.literal('staff'),
  role: StaffRoleSchema,
  username: z.string(),
  displayName: z.string(),
  scope: z.array(ScopeSchema),
});

export const UserSchema = z.discriminatedUnion('kind', [ResidentUserSchema, StaffUserSchema]);
export type User = z.infer<typeof UserSchema>;

export const LoginResultSchema = z.object({ token: z.string(), expiresAt: z.string(), user: UserSchema });

export const WechatLoginBody = z.object({ code: z.string().trim().min(1).max(128) }).strict();
export const DevLoginBody = z
  .object({ openid: z.string().trim().regex(/^[A-Za-z0-9_-]{3,64}$/, { error: 'openid 为 3–64 位字母、数字、下划线或连字符' }) })
  .strict();
export const StaffLoginBody = z
  .object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) })
  .strict();

export const UpdateProfileBody = z
  .object({
    name: PersonNameSchema,
    idNumber: IdNumberSchema,
    phone: PhoneSchema,
    regionCode: z.string().regex(/^\d{9}(\d{3})?$/, { error: '请选择所在的乡镇（街道）或村（社区）' }),
  })
  .strict();
export type UpdateProfileInput = z.infer<typeof UpdateProfileBody>;

export const FamilyRelationSchema = z.enum(['配偶', '父母', '子女', '祖父母', '外祖父母', '孙子女', '兄弟姐妹', '其他']);

export const AddFamilyMemberBody = z
  .object({ name: PersonNameSchema, idNumber: IdNumberSchema, relation: FamilyRelationSchema })
  .strict();

export const FamilyMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  relation: FamilyRelationSchema,
  idNumber: z.string().describe('脱敏'),
  createdAt: z.string(),
  status: z.enum(familyStatuses).describe('pending：等待本人确认或到便民服务站当面确认；active：可以代办'),
  bindMethod: z.enum(familyBindMethods).nullable().describe('guardian 监护人直接绑定未成年子女；confirmed 本人确认；station 便民服务站确认'),
  boundAt: z.string().nullable(),
});
export const FamilyListSchema = z.array(FamilyMemberSchema);

/** A pending binding that names the caller (matched by the ID number of their profile), for them to answer. */
export const FamilyRequestSchema = z.object({
  id: z.string(),
  requesterName: z.string().describe('发起绑定的居民姓名'),
  relation: FamilyRelationSchema.describe('您是对方的（对方所选的关系）'),
  createdAt: z.string(),
});
export const FamilyRequestListSchema = z.array(FamilyRequestSchema);

/**
 * `GET /api/auth/demo-accounts[?county=]` (demo mode only): the demo staff accounts that exist, for the staff
 * login page. Without `county`: the city admin and the county admins; with it: that county's accounts.
 * `password`: the demo password when it is the one the README publishes (DEMO_PASSWORD unset), else null.
 */
export const DemoAccountSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  /** 市级管理员 · 县级管理员 · 乡镇窗口 · 乡镇分管领导 · 部门窗口 · 服务站 */
  kind: z.string(),
  countyCode: z.string().nullable(),
});
export const DemoAccountListSchema = z.object({ password: z.string().nullable(), accounts: z.array(DemoAccountSchema) });
export const DemoAccountQuery = z.object({ county: z.string().regex(/^\d{6}$/, { error: '县区代码应为 6 位数字' }).optional() });
export type DemoAccountList = z.infer<typeof DemoAccountListSchema>;

/** How a person present at a station consented (代办 filed for them, a family binding confirmed): recorded with it. */
export const ConsentSchema = z.object({
  method: z.enum(consentMethods, { error: '请选择本人同意的方式' }),
  note: z
    .string({ error: '请填写同意情况说明' })
    .trim()
    .min(CONSENT_NOTE_MIN, { error: `同意情况说明至少 ${CONSENT_NOTE_MIN} 个字` })
    .max(CONSENT_NOTE_MAX, { error: `同意情况说明最多 ${CONSENT_NOTE_MAX} 个字` }),
});

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
export type StationFamilyBinding = z.infer<typeof StationFamilyBindingSchema>;
