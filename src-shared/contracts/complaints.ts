// Contracts of 投诉建议: a resident's complaint or suggestion to a county, and its admin's answer.
import { z } from 'zod';
import { IsoDateSchema } from './common';
import { pageOf } from './catalog-admin';

export { complaintKindLabels, complaintStatusLabels } from '../feedback/labels';
const uuid = (what: string) => z.string({ error: `${what}不正确` }).uuid({ error: `${what}不正确` });

export const SubmitComplaintBody = z.object({
  kind: z.enum(['complaint', 'suggestion'], { error: '请选择投诉或建议' }),
  /** The county concerned; default the resident's profile. */
  countyCode: z.string({ error: '请选择区县' }).regex(/^4105\d{2}$/, { error: '请选择安阳市的区县' }).optional(),
  text: z.string({ error: '请填写内容' }).trim().min(1, { error: '请填写内容' }).min(5, { error: '内容至少 5 个字' }).max(1000, { error: '内容最多 1000 个字' }),
  matterId: uuid('事项编号').optional(),
  applicationId: uuid('办件编号').optional(),
});
export type SubmitComplaint = z.infer<typeof SubmitComplaintBody>;

export const ComplaintSchema = z.object({
  id: z.string(),
  kind: z.enum(['complaint', 'suggestion']),
  kindLabel: z.string(),
  countyCode: z.string(),
  countyName: z.string(),
  matter: z.object({ id: z.string(), name: z.string() }).nullable(),
  application: z.object({ id: z.string(), receiptNo: z.string() }).nullable(),
  text: z.string(),
  status: z.enum(['open', 'answered']),
  statusLabel: z.string(),
  dueDate: IsoDateSchema,
  overdue: z.boolean(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Complaint = z.infer<typeof ComplaintSchema>;
export const ComplaintPageSchema = pageOf(ComplaintSchema);
export type ComplaintPage = z.infer<typeof ComplaintPageSchema>;

export const ComplaintListQuery = z.object({
  status: z.enum(['open', 'answered'], { error: '状态应为 open 或 answered' }).optional(),
  page: z.coerce.number().int().min(1, { error: '页码应从 1 开始' }).default(1),
  pageSize: z.coerce.number().int().min(1, { error: '每页条数应为 1 到 100' }).max(100, { error: '每页条数应为 1 到 100' }).default(20),
});
export const AnswerComplaintBody = z.object({
  answer: z.string({ error: '请填写答复' }).trim().min(1, { error: '请填写答复' }).min(5, { error: '答复至少 5 个字' }).max(1000, { error: '答复最多 1000 个字' }),
});
