// Contracts of the admin API: the catalog office's drafts, publishing, versions and import (src-server/catalog),
// the counties' delegation lists (src-server/delegations) and the routing preview (src-server/routing). The
// response schemas describe exactly what those routes answer; the request schemas are the ones the routes check.
// The mini-program imports this module with `import type` only (zod must stay out of its bundle).
import { z } from 'zod';
import { IsoDateSchema } from './common';
import { MatterSourceSchema } from './catalog-source';

/** An ISO 8601 instant as the server writes it (`Date.prototype.toISOString`). */
const instant = z.iso.datetime();
const int = () => z.number().int();

/** One page of a list route: `GET /api/admin/matters`, `GET /api/admin/delegations` (and `GET /api/matters`). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: int(), page: int(), pageSize: int() });

// ---------------------------------------------------------------------------------------------------------
// Drafts (`/api/admin/matters`)

/** 事项状态: 暂停 and 取消 matters are not shown to residents once published. */
export const MatterStatusSchema = z.enum(['在用', '暂停', '取消']);

/** What every draft answer holds (src-server/catalog/present-draft.ts), without the guide. */
const DraftFields = z.object({
  id: z.string(),
  /** 事项标识, e.g. disability-card-new. */
  key: z.string(),
  /** 业务办理项编码 */
  code: z.string(),
  departmentCode: z.string(),
  name: z.string(),
  status: MatterStatusSchema,
  /** Guide fields an import could not fill (e.g. basis, materials); publishing refuses them until written. */
  missing: z.array(z.string()),
  /** Where the draft came from: seed, import… */
  origin: z.string(),
  updatedAt: instant,
});

/** A row of `GET /api/admin/matters` (the guide left out, the department's name added). */
export const DraftSummarySchema = DraftFields.extend({ departmentName: z.string() });

/**
 * The guide of a draft in the authoring format (MatterSourceSchema). A draft made by an import may lack fields
 * until they are written, hence a plain record.
 */
export const DraftContentSchema = z.record(z.string(), z.unknown());

/** `GET /api/admin/matters/:id`, `PUT /api/admin/matters/:id`, `POST /api/admin/matters` (201): the draft with its guide. */
export const DraftSchema = DraftFields.extend({ content: DraftContentSchema });

export const DraftPageSchema = pageOf(DraftSummarySchema);

/** Query of `GET /api/admin/matters`. */
export const DraftListQuerySchema = z.object({
  department: z.string().regex(/^[a-z]{2,6}$/).optional(),
  q: z.string().trim().max(40).optional(),
  incomplete: z.enum(['true', 'false']).optional(),
  page: z.coerce.number<number>().int().min(1).default(1),
  pageSize: z.coerce.number<number>().int().min(1).max(200).default(50),
});

/** Body of `PUT /api/admin/matters/:id`: the whole guide, and optionally a new status. */
export const DraftUpdateSchema = z
  .object({ content: MatterSourceSchema, status: MatterStatusSchema.optional() })
  .strict();

// ---------------------------------------------------------------------------------------------------------
// Checking, publishing, versions (`/api/admin/catalog/…`)

/** One problem the publishing rules find (src-server/catalog/quality-rules.ts QaError). */
export const QaProblemSchema = z.object({
  matterId: z.string(),
  /** The matter's name, so a list of problems reads without looking each one up. */
  name: z.string(),
  /** Rule id: complete, limits, instant, online, codes, steps, aliases, form, situations, unique, delegation. */
  rule: z.string(),
  message: z.string(),
});

/** `POST /api/admin/catalog/validate`: every problem ([] = ready to publish). */
export const ValidateResultSchema = z.object({ errors: z.array(QaProblemSchema) });

/** Figures of a version: matters in use, handheld (掌上办), township-level and village-level ones. */
export const CatalogCountsSchema = z.object({ matters: int(), handheld: int(), township: int(), village: int() });

/** Body of `POST /api/admin/catalog/publish` and `POST /api/admin/catalog/versions/:version/republish`. */
export const PublishBodySchema = z
  .object({ note: z.string().trim().min(2, { error: '请写明本次发布的说明' }).max(500) })
  .strict();

/**
 * `POST /api/admin/catalog/publish`: the new version (422 catalog_invalid with every problem as
 * `{field: matterId, message: '[rule] …'}` when the rules refuse it).
 */
export const PublishResultSchema = z.object({ version: int(), counts: CatalogCountsSchema });

/** `POST /api/admin/catalog/versions/:version/republish`: the new version, a copy of `republishOf`. */
export const RepublishResultSchema = PublishResultSchema.extend({ republishOf: int() });

/** A row of `GET /api/admin/catalog/versions` (newest first). */
export const CatalogVersionSchema = z.object({
  version: int(),
  publishedAt: instant,
  /** The staff account that published it (the column allows none). */
  publishedBy: z.string().nullable(),
  /** Who published it as people read it: 「张三（zhangsan）」, 系统初始化 for the version the seed published. */
  publisherName: z.string(),
  note: z.string(),
  /** When this version publishes an older one again, that one's number. */
  republishOf: int().nullable(),
  counts: CatalogCountsSchema,
});

export const CatalogVersionListSchema = z.array(CatalogVersionSchema);

export const MatterRefSchema = z.object({ id: z.string(), name: z.string() });

/** `GET /api/admin/catalog/versions/:from/diff/:to`: matters added, removed, and changed (which guide fields). */
export const VersionDiffSchema = z.object({
  from: int(),
  to: int(),
  added: z.array(MatterRefSchema),
  removed: z.array(MatterRefSchema),
  /**
   * `fields`: top-level guide fields that differ, plus `status` when the status changed; `changes`: the same
   * fields with their Chinese name and the value before and after as text (for lists, the items that differ).
   */
  changed: z.array(
    MatterRefSchema.extend({
      fields: z.array(z.string()),
      changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })),
    }),
  ),
});

// ---------------------------------------------------------------------------------------------------------
// Import and export

/** One imported matter that lacks guide fields. `row` as the server names it: 第 12 行, matters[3], departments[0].matters[2]. */
export const ImportReportRowSchema = z.object({ row: z.string(), key: z.string(), name: z.string(), missing: z.array(z.string()) });

/**
 * `POST /api/admin/catalog/import` (JSON body or multipart field `file`): what it did. A file with a row that
 * cannot become a draft imports nothing (422 import_invalid, each detail `{field: row, message}`).
 */
export const ImportReportSchema = z.object({
  created: int(),
  updated: int(),
  incomplete: int(),
  /** Departments met in the file that the catalog did not know. */
  departmentsCreated: int(),
  report: z.array(ImportReportRowSchema),
});

/** Query of `GET /api/admin/catalog/export` and of `GET /api/admin/catalog/template`. */
export const ExportQuerySchema = z.object({
  format: z.enum(['json', 'xlsx'], { error: 'format 应为 json 或 xlsx' }).default('json'),
  version: z.coerce.number<number>().int().min(1).optional(),
});
export const TemplateQuerySchema = z.object({
  format: z.enum(['xlsx', 'csv'], { error: 'format 应为 xlsx 或 csv' }).default('xlsx'),
});

// ---------------------------------------------------------------------------------------------------------
// Delegation lists (`/api/admin/delegations`)

export const PowerSourceSchema = z.enum(['delegated', 'entrusted', 'authorized'], {
  error: '权力来源应为 delegated（上级下放）、entrusted（上级委托）或 authorized（上级授权）',
});

/** A delegation as `POST /api/admin/delegations` (201) and `POST …/:id/recall` answer it (present-delegation.ts). */
export const DelegationSchema = z.object({
  id: z.string(),
  countyCode: z.string(),
  matterId: z.string(),
  /** 'ALL': every township of the county. */
  townshipCodes: z.union([z.literal('ALL'), z.array(z.string())]),
  /** Down to the village stations of those townships (村级延伸). */
  toVillages: z.boolean(),
  powerSource: PowerSourceSchema,
  /** 上级下放 · 上级委托 · 上级授权 */
  powerSourceName: z.string(),
  documentNo: z.string(),
  /** YYYY-MM-DD */
  effectiveFrom: z.string(),
  /** YYYY-MM-DD, the day of a recall; null while in force. */
  effectiveUntil: z.string().nullable(),
  takenUp: z.boolean(),
  /** `pending`: the recall's day (effectiveUntil) is still to come; until then the delegation is in force and the recall can be withdrawn. */
  recall: z.object({ documentNo: z.string().nullable(), reason: z.string().nullable(), at: instant, pending: z.boolean() }).nullable(),
  createdAt: instant,
});

/** A row of `GET /api/admin/delegations`: the delegation and its matter's name. */
export const DelegationRowSchema = DelegationSchema.extend({ matterName: z.string() });

export const DelegationPageSchema = pageOf(DelegationRowSchema);

/** Query of `GET /api/admin/delegations` (a county admin sees their own county; the city admin any). */
export const DelegationListQuerySchema = z.object({
  county: z.string().regex(/^\d{6}$/).optional(),
  matterId: z.uuid().optional(),
  page: z.coerce.number<number>().int().min(1).default(1),
  pageSize: z.coerce.number<number>().int().min(1).max(200).default(50),
});

/** Body of `POST /api/admin/delegations` (county admins, for their county). */
export const CreateDelegationSchema = z
  .object({
    countyCode: z.string().regex(/^\d{6}$/, { error: '县区代码应为 6 位数字' }),
    matterId: z.uuid({ error: '事项编号格式不正确' }),
    townshipCodes: z.union([z.literal('ALL'), z.array(z.string().regex(/^\d{9}$/, { error: '乡镇代码应为 9 位数字' })).min(1).max(60)]),
    toVillages: z.boolean().default(false),
    powerSource: PowerSourceSchema,
    documentNo: z.string().trim().min(4, { error: '请填写决定文号，例如 安殷编〔2021〕6号' }).max(64),
    effectiveFrom: IsoDateSchema,
    takenUp: z.boolean().default(true),
  })
  .strict();

/** Body of `POST /api/admin/delegations/:id/recall` (409 when already recalled). */
export const RecallDelegationSchema = z
  .object({
    effectiveUntil: IsoDateSchema,
    documentNo: z.string().trim().min(4, { error: '请填写收回文号' }).max(64),
    reason: z.string().trim().min(2, { error: '请写明收回原因' }).max(500),
  })
  .strict();

/** Body of `POST /api/admin/delegations/:id/recall/withdraw`: why a recall that has not taken effect is withdrawn. */
export const WithdrawRecallSchema = z
  .object({ reason: z.string().trim().min(2, { error: '请写明撤回收回的原因' }).max(500) })
  .strict();

// ---------------------------------------------------------------------------------------------------------
// Routing preview (`GET /api/routing/preview`)

export const QueueKindSchema = z.enum(['village', 'township', 'county_department', 'city_department']);

/** Why a case goes where it goes (src-server/routing/decide-queue.ts RouteReason). */
export const RouteReasonCodeSchema = z.enum([
  'village_level',
  'delegated',
  'not_taken_up',
  'recalled',
  'not_delegated',
  'city_level',
  'no_township',
]);

export const RoutingPreviewQuerySchema = z.object({
  matterId: z.uuid({ error: '事项编号格式不正确' }),
  regionCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, { error: '地区代码应为 6、9 或 12 位数字' }),
  /** The day of submission; today (China time) when left out. */
  at: IsoDateSchema.optional(),
});

/** `GET /api/routing/preview`: the queue a case for (matter, place, day) would reach, and the reason in words. */
export const RoutingPreviewSchema = z.object({
  queue: z.object({ id: z.string(), kind: QueueKindSchema, name: z.string() }),
  reason: z.string(),
  reasonCode: RouteReasonCodeSchema,
  /** The delegation the decision rests on, if any. */
  delegationId: z.string().nullable(),
});

/** `GET /api/admin/catalog/export?format=json`: our department-file format with every published matter. */
export const CatalogExportSchema = z.object({
  version: int(),
  departments: z.array(z.looseObject({ code: z.string(), name: z.string(), matters: z.array(z.unknown()) })),
});

// ---------------------------------------------------------------------------------------------------------
// Types of these answers and bodies, for the admin pages (`import type` only) and the server alike

export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };
export type MatterStatus = z.infer<typeof MatterStatusSchema>;
export type DraftSummary = z.infer<typeof DraftSummarySchema>;
export type Draft = z.infer<typeof DraftSchema>;
/** The editor sends what it holds; the server checks the guide against MatterSourceSchema (400 with paths). */
export type DraftUpdate = { content: z.infer<typeof DraftContentSchema>; status?: MatterStatus };
export type QaProblem = z.infer<typeof QaProblemSchema>;
export type CatalogCounts = z.infer<typeof CatalogCountsSchema>;
export type PublishResult = z.infer<typeof PublishResultSchema>;
export type CatalogVersion = z.infer<typeof CatalogVersionSchema>;
export type MatterRef = z.infer<typeof MatterRefSchema>;
export type VersionDiff = z.infer<typeof VersionDiffSchema>;
export type ImportReportRow = z.infer<typeof ImportReportRowSchema>;
export type ImportReport = z.infer<typeof ImportReportSchema>;
export type ExportFormat = z.infer<typeof ExportQuerySchema>['format'];
export type TemplateFormat = z.infer<typeof TemplateQuerySchema>['format'];
export type PowerSource = z.infer<typeof PowerSourceSchema>;
export type Delegation = z.infer<typeof DelegationSchema>;
export type DelegationRow = z.infer<typeof DelegationRowSchema>;
export type DelegationQuery = Partial<z.input<typeof DelegationListQuerySchema>>;
export type DelegationInput = z.input<typeof CreateDelegationSchema>;
export type RecallInput = z.input<typeof RecallDelegationSchema>;
export type WithdrawRecallInput = z.input<typeof WithdrawRecallSchema>;
export type QueueKind = z.infer<typeof QueueKindSchema>;
export type RoutePreview = z.infer<typeof RoutingPreviewSchema>;
