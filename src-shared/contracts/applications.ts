// Contracts of applications (办件), uploads and the clerk's queues, shared by server and mini-program.
import { z } from 'zod';
import { caseStatuses, clerkActions, specialProcedures } from '../applications/state-machine';
import { ConsentSchema, IdNumberSchema, PersonNameSchema, PhoneSchema } from './identity';
import { pageOf } from './catalog-admin';
import { consentMethodLabels } from '../applications/consent';

const uuid = (what: string) => z.string().uuid({ error: `${what}不正确` });
const note = (max: number, what = '说明') => z.string().trim().max(max, { error: `${what}最多 ${max} 个字` });
const required = (max: number, what: string, min = 1) =>
  z.string({ error: `请填写${what}` }).trim().min(min, { error: min > 1 ? `${what}至少 ${min} 个字` : `请填写${what}` }).max(max, { error: `${what}最多 ${max} 个字` });

export const CaseStatusSchema = z.enum(caseStatuses);
export const QueueKindSchema = z.enum(['village', 'township', 'county_department', 'city_department']);

// ---- uploads -------------------------------------------------------------------------------------------
export const UploadSchema = z.object({
  id: z.string(),
  mime: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  size: z.number().int(),
  sha256: z.string(),
  fileName: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  hasPreview: z.boolean(),
  createdAt: z.string(),
});
export type Upload = z.infer<typeof UploadSchema>;

/** 我的材料: files I uploaded before, with the materials they were given for, to use again. */
export const MyMaterialSchema = UploadSchema.extend({
  usedFor: z.array(z.object({ materialName: z.string(), matterName: z.string(), receiptNo: z.string() })),
});
export const MyMaterialPageSchema = pageOf(MyMaterialSchema);

// ---- submitting ----------------------------------------------------------------------------------------
export const MaterialFilesSchema = z.object({
  materialId: z.string({ error: '材料编号不正确' }).min(1).max(64),
  uploadIds: z.array(uuid('文件编号'), { error: '请上传材料文件' }).min(1, { error: '请至少上传一个文件' }).max(10, { error: '每项材料最多 10 个文件' }),
});

export { ConsentSchema };
export { consentMethodLabels };

export const OnBehalfSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('family'), familyMemberId: uuid('家庭成员') }),
    z.object({
      kind: z.literal('station'),
      applicant: z.object({ name: PersonNameSchema, idNumber: IdNumberSchema, phone: PhoneSchema.optional() }),
      consent: ConsentSchema,
    }),
  ],
  { error: '代办方式不正确' },
);

export const SubmitApplicationBody = z.object({
  matterId: uuid('事项编号'),
  /** The published catalog version the resident read (default: the current one). */
  version: z.number().int().positive().optional(),
  situationId: z.string().min(1).max(64).optional(),
  /** Township or village of the case; default the applicant's profile. */
  regionCode: z.string().regex(/^\d{9}(\d{3})?$/, { error: '办理地区应选择到乡镇（街道）或村（社区）' }).optional(),
  form: z.record(z.string(), z.unknown(), { error: '请填写申请表' }),
  materials: z.array(MaterialFilesSchema, { error: '材料清单格式不正确' }).max(50),
  onBehalf: OnBehalfSchema.optional(),
});
export type SubmitApplication = z.infer<typeof SubmitApplicationBody>;

export const SupplementBody = z.object({
  materials: z.array(MaterialFilesSchema).max(50).default([]),
  form: z.record(z.string(), z.unknown()).optional(),
  note: note(500).optional(),
});
export const WithdrawBody = z.object({ reason: required(200, '撤回原因', 2) });

// ---- a case as people see it -----------------------------------------------------------------------------
export const QueueRefSchema = z.object({ id: z.string(), kind: QueueKindSchema, name: z.string() });

export const CorrectionItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('material'), materialId: z.string().min(1).max(64), note: required(200, '补正要求') }),
  z.object({ kind: z.literal('field'), field: z.string().min(1).max(40), note: required(200, '补正要求') }),
]);
export const CorrectionSchema = z.object({
  requestedAt: z.string(),
  note: z.string().nullable(),
  items: z.array(CorrectionItemSchema.and(z.object({ label: z.string() }))),
});

export const ClockSchema = z.object({
  acceptDue: z.string(),
  finishDue: z.string().nullable(),
  /** 受理 not done by the deadline: counts as accepted from receipt (行政许可法 第三十二条). */
  deemedAccepted: z.boolean(),
  paused: z.boolean(),
  overdue: z.boolean(),
  /** Acceptance: warning from day 3, alarm at day 5; finish: yellow at 80 %, red when past. */
  flag: z.enum(['none', 'warning', 'alarm', 'yellow', 'red']),
  elapsedWorkingDays: z.number().int(),
  totalWorkingDays: z.number().int(),
  /** A date falls in a year without an official holiday notice: counted Monday to Friday (暂按工作日估算). */
  estimated: z.boolean(),
});

export const TimelineEntrySchema = z.object({
  at: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  from: CaseStatusSchema.nullable(),
  to: CaseStatusSchema,
  note: z.string().nullable(),
  actor: z.string(),
  /** Staff only. */
  internalNote: z.string().nullable().optional(),
});

export const CaseMaterialSchema = z.object({
  materialId: z.string(),
  name: z.string(),
  necessity: z.enum(['required', 'optional', 'deferrable']).nullable(),
  files: z.array(UploadSchema.extend({ round: z.number().int() })),
});

export const FinishResultSchema = z.object({
  certificateNo: note(60, '证照编号').optional(),
  delivery: z.enum(['窗口领取', '邮寄送达', '电子证照', '短信通知', '无需送达'], { error: '请选择送达方式' }),
  fileUploadId: uuid('结果文件').optional(),
});
export const OutcomeSchema = z.object({
  kind: z.enum(['finished', 'denied', 'rejected', 'withdrawn']),
  certificateNo: z.string().nullable(),
  delivery: z.string().nullable(),
  fileUploadId: z.string().nullable(),
  reason: z.string().nullable(),
  legalBasis: z.string().nullable(),
});

export const ApplicationSchema = z.object({
  id: z.string(),
  receiptNo: z.string(),
  status: CaseStatusSchema,
  statusLabel: z.string(),
  matter: z.object({ id: z.string(), name: z.string(), version: z.number().int(), departmentCode: z.string() }),
  situation: z.object({ id: z.string(), name: z.string() }).nullable(),
  queue: QueueRefSchema,
  routeReason: z.string(),
  routeReasonCode: z.string(),
  delegationDocument: z.string().nullable(),
  acceptDue: z.string(),
  acceptanceNo: z.string().nullable(),
  promiseDays: z.number().int(),
  instant: z.boolean(),
  clock: ClockSchema,
  applicant: z.object({ name: z.string(), idNumber: z.string(), phone: z.string().nullable(), masked: z.boolean() }),
  filedAs: z.enum(['self', 'family', 'station']),
  filedBy: z.string().describe('谁提交的：本人、亲属代办（姓名）、某某便民服务站代办'),
  consent: z.object({ method: z.string(), note: z.string() }).nullable(),
  regionCode: z.string(),
  form: z.record(z.string(), z.unknown()),
  formFields: z.array(z.object({ key: z.string(), label: z.string(), type: z.string() })),
  materials: z.array(CaseMaterialSchema),
  correction: CorrectionSchema.nullable(),
  outcome: OutcomeSchema.nullable(),
  claimedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  claimedByMe: z.boolean(),
  /** What the caller may do now (buttons), from the state machine. */
  allowedActions: z.array(z.string()),
  revision: z.number().int(),
  submittedAt: z.string(),
  acceptedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  timeline: z.array(TimelineEntrySchema),
});
export type Application = z.infer<typeof ApplicationSchema>;

export const SubmittedSchema = ApplicationSchema;

export const ApplicationSummarySchema = z.object({
  id: z.string(),
  receiptNo: z.string(),
  matterName: z.string(),
  status: CaseStatusSchema,
  statusLabel: z.string(),
  applicantName: z.string(),
  applicantIdNumber: z.string(),
  filedAs: z.enum(['self', 'family', 'station']),
  queue: QueueRefSchema,
  submittedAt: z.string(),
  dueDate: z.string().nullable(),
  /** 待受理: warning from working day 3, alarm from day 5; 办理中: yellow at 80 %, red when past. */
  flag: z.enum(['none', 'warning', 'alarm', 'yellow', 'red']),
  estimated: z.boolean(),
  claimedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type ApplicationSummary = z.infer<typeof ApplicationSummarySchema>;
export const ApplicationPageSchema = pageOf(ApplicationSummarySchema);

export const MyApplicationsQuery = z.object({
  status: z.enum(['open', 'ended']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

// ---- queues and clerk actions ----------------------------------------------------------------------------
export const QueueCountsSchema = z.object({
  submitted: z.number().int(),
  correction: z.number().int(),
  accepted: z.number().int(),
  special: z.number().int(),
  unclaimed: z.number().int(),
  /** 待受理 cases from working day 3 (即将超期（受理）) and from day 5 (受理超期). */
  acceptWarning: z.number().int(),
  acceptAlarm: z.number().int(),
  /** Accepted cases: yellow from 80 % of the promised days, red when past. */
  yellow: z.number().int(),
  red: z.number().int(),
});
export const QueueSummarySchema = QueueRefSchema.extend({ countyCode: z.string(), counts: QueueCountsSchema });
export const QueueListSchema = z.array(QueueSummarySchema);

export const QueueCasesQuery = z.object({
  status: CaseStatusSchema.optional(),
  flag: z.enum(['warning', 'alarm', 'yellow', 'red']).optional(),
  claimed: z.enum(['mine', 'unclaimed', 'any']).default('any'),
  q: z.string().trim().max(40).optional(),
  sort: z.enum(['due', 'submitted']).default('due'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const ActionBody = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('accept'), note: note(500).optional(), revision: z.number().int().optional() }),
    z.object({
      action: z.literal('request_correction'),
      items: z.array(CorrectionItemSchema, { error: '请逐项列出需要补正的内容' }).min(1, { error: '请至少列出一项需要补正的内容（一次性告知）' }).max(30),
      note: note(500).optional(),
      revision: z.number().int().optional(),
    }),
    z.object({ action: z.literal('finish'), result: FinishResultSchema, note: note(500).optional(), revision: z.number().int().optional() }),
    z.object({ action: z.literal('deny'), reason: required(500, '不予许可的理由', 4), legalBasis: required(300, '法律依据', 4), revision: z.number().int().optional() }),
    z.object({ action: z.literal('reject'), reason: required(500, '不予受理的理由', 4), legalBasis: required(300, '法律依据', 4), revision: z.number().int().optional() }),
    z.object({ action: z.literal('transfer'), targetQueueId: z.string({ error: '请选择转办到的窗口' }).min(3).max(48), reason: required(300, '转办原因', 2), revision: z.number().int().optional() }),
    z.object({ action: z.literal('release'), note: note(300).optional(), revision: z.number().int().optional() }),
    z.object({
      action: z.literal('special_start'),
      procedure: z.enum(Object.keys(specialProcedures) as [keyof typeof specialProcedures], { error: '请选择特别程序' }),
      expectedDays: z.number({ error: '请填写预计所需工作日' }).int().min(1, { error: '预计所需工作日至少 1 天' }).max(120, { error: '预计所需工作日不能超过 120 天' }),
      note: note(500).optional(),
      revision: z.number().int().optional(),
    }),
    z.object({ action: z.literal('special_end'), note: note(500).optional(), revision: z.number().int().optional() }),
  ],
  { error: `请选择操作：${clerkActions.join('、')}` },
);
export type ActionInput = z.infer<typeof ActionBody>;

export const TransferTargetsSchema = z.array(QueueRefSchema);

// ---- drafts ----------------------------------------------------------------------------------------------
export const DraftContentSchema = z.object({
  step: z.enum(['situation', 'materials', 'form', 'check']),
  version: z.number().int().positive(),
  situationId: z.string().max(64).nullable(),
  regionCode: z.string().max(12).nullable(),
  form: z.record(z.string(), z.unknown()),
  materials: z.array(z.object({ materialId: z.string().max(64), uploadIds: z.array(z.string().uuid()).max(10) })).max(50),
  onBehalf: z.object({ kind: z.literal('family'), familyMemberId: z.string().uuid() }).nullable().default(null),
});
export const ApplicationDraftSchema = DraftContentSchema.extend({ matterId: z.string(), updatedAt: z.string() });

// ---- holiday calendar (admins) ---------------------------------------------------------------------------
export const HolidayYearBody = z.object({
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' })).max(60),
  workdays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' })).max(20),
  notice: required(200, '通知文号或名称', 4),
});
export const HolidayYearSchema = z.object({
  year: z.number().int(),
  source: z.enum(['package', 'override', 'none']),
  holidays: z.array(z.string()),
  workdays: z.array(z.string()),
  notice: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
