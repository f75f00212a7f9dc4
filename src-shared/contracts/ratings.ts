// Contracts of 好差评 (ratings of ended cases), their follow-ups (差评回访), re-ratings (追评), clerks' appeals (申诉),
// the export in the national field names and the admin's deadline settings; shared by server and mini-program.
import { z } from 'zod';
import { IsoDateSchema } from './common';
import { pageOf } from './catalog-admin';

import { settingLabels, subItemLabels, type SettingKey } from '../feedback/labels';

export {
  appealStatusLabels, exportColumns, followUpStatusLabels, settingDefaults, settingKeys, settingLabels, starLabels, subItemLabels, type SettingKey,
} from '../feedback/labels';

const score = (what: string) =>
  z.number({ error: `请为${what}打分` }).int({ error: `${what}应为 1 到 5 分` }).min(1, { error: `${what}应为 1 到 5 分` }).max(5, { error: `${what}应为 1 到 5 分` });
const comment = z.string({ error: '评价内容应为文字' }).trim().max(500, { error: '文字评价最多 500 个字' }).optional();
const text = (what: string, max: number, min = 2) =>
  z.string({ error: `请填写${what}` }).trim().min(1, { error: `请填写${what}` }).min(min, { error: `${what}至少 ${min} 个字` }).max(max, { error: `${what}最多 ${max} 个字` });

export const RateCaseBody = z.object({
  stars: score('总体满意度'),
  efficiency: score(subItemLabels.efficiency),
  guideAccuracy: score(subItemLabels.guideAccuracy),
  convenience: score(subItemLabels.convenience),
  usability: score(subItemLabels.usability),
  comment,
});
export type RateCase = z.infer<typeof RateCaseBody>;

export const ReRateBody = z.object({ stars: score('追评满意度'), comment });
export const CallBackBody = z.object({ note: text('回访情况', 500) });
export const ReplyBody = z.object({ reply: text('整改答复', 1000, 5) });
export const AppealBody = z.object({ reason: text('申诉理由', 500, 5) });
export const AppealDecisionBody = z.object({
  upheld: z.boolean({ error: '请选择是否支持申诉' }),
  decision: text('审核意见', 500),
});

export const FollowUpStatusSchema = z.enum(['open', 'called', 'replied']);
export const AppealStatusSchema = z.enum(['pending', 'upheld', 'rejected']);

export const RatingSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  channel: z.string(),
  stars: z.number().int(),
  starsLabel: z.string(),
  efficiency: z.number().int(),
  guideAccuracy: z.number().int(),
  convenience: z.number().int(),
  usability: z.number().int(),
  comment: z.string().nullable(),
  ratedAt: z.string(),
  reStars: z.number().int().nullable(),
  reStarsLabel: z.string().nullable(),
  reComment: z.string().nullable(),
  reRatedAt: z.string().nullable(),
  /** An admin upheld a clerk's appeal: kept on record, not counted. */
  excluded: z.boolean(),
});
export type Rating = z.infer<typeof RatingSchema>;

export const FollowUpSchema = z.object({
  id: z.string(),
  ratingId: z.string(),
  applicationId: z.string(),
  receiptNo: z.string(),
  matterName: z.string(),
  queue: z.object({ id: z.string(), name: z.string() }),
  countyCode: z.string(),
  status: FollowUpStatusSchema,
  statusLabel: z.string(),
  stars: z.number().int(),
  starsLabel: z.string(),
  comment: z.string().nullable(),
  ratedAt: z.string(),
  callBackDue: IsoDateSchema,
  replyDue: IsoDateSchema,
  callBackOverdue: z.boolean(),
  replyOverdue: z.boolean(),
  calledAt: z.string().nullable(),
  callNote: z.string().nullable(),
  repliedAt: z.string().nullable(),
  reply: z.string().nullable(),
  handledBy: z.string().nullable(),
  createdAt: z.string(),
  /** For staff: whether an appeal of the rating is pending or decided (null: none yet). */
  appealStatus: AppealStatusSchema.nullable(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;
export const FollowUpPageSchema = pageOf(FollowUpSchema);
export type FollowUpPage = z.infer<typeof FollowUpPageSchema>;
export const FollowUpListQuery = z.object({
  status: FollowUpStatusSchema.optional(),
  page: z.coerce.number().int().min(1, { error: '页码应从 1 开始' }).default(1),
  pageSize: z.coerce.number().int().min(1, { error: '每页条数应为 1 到 100' }).max(100, { error: '每页条数应为 1 到 100' }).default(20),
});

/** A resident's follow-up as the resident sees it: the reply, not the clerks' notes. */
export const RatingViewSchema = z.object({
  rating: RatingSchema.nullable(),
  followUp: z
    .object({ status: FollowUpStatusSchema, statusLabel: z.string(), callBackDue: IsoDateSchema, replyDue: IsoDateSchema, reply: z.string().nullable(), repliedAt: z.string().nullable() })
    .nullable(),
  /** The case ended and has no rating yet, and the caller is its resident. */
  canRate: z.boolean(),
  /** The follow-up was replied and the resident has not re-rated yet. */
  canReRate: z.boolean(),
});
export type RatingView = z.infer<typeof RatingViewSchema>;

export const AppealSchema = z.object({
  id: z.string(),
  ratingId: z.string(),
  receiptNo: z.string(),
  matterName: z.string(),
  countyCode: z.string(),
  queueName: z.string(),
  stars: z.number().int(),
  starsLabel: z.string(),
  comment: z.string().nullable(),
  reason: z.string(),
  appealedBy: z.string(),
  status: AppealStatusSchema,
  statusLabel: z.string(),
  decision: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Appeal = z.infer<typeof AppealSchema>;
export const AppealPageSchema = pageOf(AppealSchema);
export type AppealPage = z.infer<typeof AppealPageSchema>;
export const AppealListQuery = FollowUpListQuery.extend({ status: AppealStatusSchema.optional() });

export const RatingExportRowSchema = z.object({
  办件编号: z.string(),
  评价渠道: z.string(),
  评价时间: z.string(),
  满意度代码: z.number().int().min(1).max(5),
  文字评价: z.string(),
  行政区划: z.string(),
});
export type RatingExportRow = z.infer<typeof RatingExportRowSchema>;
export const RatingExportQuery = z
  .object({
    format: z.enum(['json', 'csv', 'xlsx'], { error: 'format 应为 json、csv 或 xlsx' }).default('json'),
    county: z.string().regex(/^\d{6}$/, { error: '区县代码应为 6 位数字' }).optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: '开始日期不能晚于结束日期', path: ['to'] });

const days = (key: SettingKey) =>
  z.number({ error: `${settingLabels[key]}应为 1 到 60 之间的整数` }).int({ error: `${settingLabels[key]}应为 1 到 60 之间的整数` })
    .min(1, { error: `${settingLabels[key]}应为 1 到 60 之间的整数` }).max(60, { error: `${settingLabels[key]}应为 1 到 60 之间的整数` });
export const SettingsSchema = z.object({
  'followUp.callBackDays': z.number().int(),
  'followUp.replyDays': z.number().int(),
  'complaint.answerDays': z.number().int(),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const SettingsBody = z
  .strictObject(
    { 'followUp.callBackDays': days('followUp.callBackDays').optional(), 'followUp.replyDays': days('followUp.replyDays').optional(), 'complaint.answerDays': days('complaint.answerDays').optional() },
    { error: '只能设置差评回访、整改答复和投诉建议答复的时限' },
  )
  .refine((b) => Object.keys(b).length > 0, { error: '请至少填写一项设置' });
