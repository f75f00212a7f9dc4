// Contracts of notifications: WeChat subscribe-message templates, the resident's consents, and the admins' view
// of messages that were not delivered (dead letters).
import { z } from 'zod';
import { pageOf } from './catalog-admin';

/** One WeChat template per event a resident may agree to be told about. */
export const templateKeys = ['accepted', 'correction', 'finished', 'refused', 'answered'] as const;
export type TemplateKey = (typeof templateKeys)[number];
export const TemplateKeySchema = z.enum(templateKeys, { error: '消息模板不正确' });

export const templateLabels: Record<TemplateKey, string> = {
  accepted: '受理通知',
  correction: '补正通知',
  finished: '办结通知',
  refused: '不予受理/不予许可通知',
  answered: '咨询答复通知',
};

/** Everything a message may be owed for: the templates, and the rating reminder (sent with the 办结 template). */
export const outboxEvents = [...templateKeys, 'rating_reminder'] as const;
export type OutboxEvent = (typeof outboxEvents)[number];
export const outboxEventLabels: Record<OutboxEvent, string> = { ...templateLabels, rating_reminder: '评价提醒' };

export const TemplateListSchema = z.object({
  /** Only the configured templates: the mini-program asks consent for these at the submit tap. */
  templates: z.array(z.object({ key: TemplateKeySchema, templateId: z.string(), title: z.string() })),
});
export type TemplateList = z.infer<typeof TemplateListSchema>;

export const RecordConsentSchema = z.object({
  applicationId: z.string().uuid({ error: '办件编号不正确' }).optional(),
  accepted: z
    .array(TemplateKeySchema, { error: '请列出同意接收的消息模板' })
    .min(1, { error: '请至少列出一个同意接收的消息模板' })
    .max(templateKeys.length, { error: `最多 ${templateKeys.length} 个消息模板` })
    .refine((keys) => new Set(keys).size === keys.length, { error: '同一个消息模板请只列一次' }),
});
export type RecordConsent = z.infer<typeof RecordConsentSchema>;
export const ConsentRecordedSchema = z.object({ recorded: z.number().int() });

export const NotificationStatusSchema = z.enum(['pending', 'sent', 'skipped', 'dead']);
export const AdminNotificationsQuery = z.object({
  status: z.enum(['dead', 'skipped', 'pending'], { error: '状态应为 dead、skipped 或 pending' }).default('dead'),
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, { error: '页码应为正整数' }).max(10_000).default(1),
  pageSize: z.coerce.number({ error: '每页条数应为数字' }).int().min(1).max(100, { error: '每页最多 100 条' }).default(20),
});
export const AdminNotificationSchema = z.object({
  id: z.string(),
  event: z.string(),
  eventLabel: z.string(),
  status: NotificationStatusSchema,
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  applicationId: z.string().nullable(),
  receiptNo: z.string().nullable(),
  matterName: z.string().nullable(),
  countyCode: z.string().nullable(),
});
export type AdminNotification = z.infer<typeof AdminNotificationSchema>;
export const AdminNotificationPageSchema = pageOf(AdminNotificationSchema);
export type AdminNotificationPage = z.infer<typeof AdminNotificationPageSchema>;
export const NotificationIdParams = z.object({ id: z.string().uuid({ error: '消息编号不正确' }) });
