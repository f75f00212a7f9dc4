// Contracts of the admin API: catalog drafts, publishing, versions, import, delegation lists and the routing
// preview. The server declares them as its routes' answers (and checks its answers against them in tests);
// the mini-program imports the inferred types only (`import type`), so zod stays out of its bundle.
import { z } from 'zod';
import { matterStatusWords } from '../catalog/matter-status';

/** A page of a list route. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const MatterStatusSchema = z.enum(matterStatusWords);

/** A row of `GET /api/admin/matters`. */
export const DraftSummarySchema = z.object({
  id: z.uuid(),
  key: z.string(),
  /** 业务办理项编码 */
  code: z.string(),
  departmentCode: z.string(),
  departmentName: z.string().optional(),
  name: z.string(),
  status: MatterStatusSchema,
  /** Guide fields an import could not fill (e.g. basis, materials); publishing refuses them until written. */
  missing: z.array(z.string()),
  /** seed, admin, import */
  origin: z.string(),
  updatedAt: z.string(),
});
export const DraftPageSchema = pageOf(DraftSummarySchema);

/** `GET /api/admin/matters/:id`: the summary and the whole guide (an imported draft's may be incomplete). */
export const DraftSchema = DraftSummarySchema.extend({ content: z.record(z.string(), z.unknown()) });

/** One problem of `POST /api/admin/catalog/validate` (and of a refused publication). */
export const QaProblemSchema = z.object({ matterId: z.string(), rule: z.string(), message: z.string() });
export const ValidateResultSchema = z.object({ errors: z.array(QaProblemSchema) });

export const CatalogCountsSchema = z.object({
  matters: z.number().int().optional(),
  handheld: z.number().int().optional(),
  township: z.number().int().optional(),
  village: z.number().int().optional(),
});
export const PublishResultSchema = z.object({ version: z.number().int(), counts: CatalogCountsSchema });
export const RepublishResultSchema = PublishResultSchema.extend({ republishOf: z.number().int() });

/** A row of `GET /api/admin/catalog/versions`. */
export const CatalogVersionSchema = z.object({
  version: z.number().int(),
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
  note: z.string(),
  republishOf: z.number().int().nullable(),
  counts: CatalogCountsSchema,
});
export const CatalogVersionListSchema = z.array(CatalogVersionSchema);

const MatterRefSchema = z.object({ id: z.string(), name: z.string() });
/** `GET /api/admin/catalog/versions/:from/diff/:to` */
export const VersionDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  added: z.array(MatterRefSchema),
  removed: z.array(MatterRefSchema),
  changed: z.array(MatterRefSchema.extend({ fields: z.array(z.string()) })),
});

/** `POST /api/admin/catalog/import`: counts and the matters that lack guide fields (`row`: 第 12 行, matters[3]). */
export const ImportReportSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  incomplete: z.number().int(),
  departmentsCreated: z.number().int(),
  report: z.array(z.object({ row: z.string(), key: z.string(), name: z.string(), missing: z.array(z.string()) })),
});

/** `GET /api/admin/catalog/export?format=json`: our department-file format with every published matter. */
export const CatalogExportSchema = z.object({
  version: z.number().int(),
  departments: z.array(z.looseObject({ code: z.string(), name: z.string(), matters: z.array(z.unknown()) })),
});

export const PowerSourceSchema = z.enum(['delegated', 'entrusted', 'authorized']);

/** A row of `GET /api/admin/delegations` (and the answer of creating or recalling one). */
export const DelegationSchema = z.object({
  id: z.uuid(),
  countyCode: z.string(),
  matterId: z.uuid(),
  matterName: z.string().optional(),
  townshipCodes: z.union([z.literal('ALL'), z.array(z.string())]),
  toVillages: z.boolean(),
  powerSource: PowerSourceSchema,
  powerSourceName: z.string(),
  /** YYYY-MM-DD */
  effectiveFrom: z.string(),
  effectiveUntil: z.string().nullable(),
  documentNo: z.string(),
  takenUp: z.boolean(),
  recall: z.object({ documentNo: z.string().nullable(), reason: z.string().nullable(), at: z.string() }).nullable(),
  createdAt: z.string(),
});
export const DelegationPageSchema = pageOf(DelegationSchema);

export const QueueKindSchema = z.enum(['village', 'township', 'county_department', 'city_department']);
/** `GET /api/routing/preview` */
export const RoutingPreviewSchema = z.object({
  queue: z.object({ id: z.string(), kind: QueueKindSchema, name: z.string() }),
  reason: z.string(),
  reasonCode: z.string(),
  delegationId: z.string().nullable(),
});

export type DraftSummary = z.infer<typeof DraftSummarySchema>;
export type Draft = z.infer<typeof DraftSchema>;
export type QaProblem = z.infer<typeof QaProblemSchema>;
export type PublishResult = z.infer<typeof PublishResultSchema>;
export type CatalogVersion = z.infer<typeof CatalogVersionSchema>;
export type VersionDiff = z.infer<typeof VersionDiffSchema>;
export type ImportReport = z.infer<typeof ImportReportSchema>;
export type Delegation = z.infer<typeof DelegationSchema>;
export type RoutingPreview = z.infer<typeof RoutingPreviewSchema>;
