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
});
export const FamilyListSchema = z.array(FamilyMemberSchema);
