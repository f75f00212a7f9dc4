/**
 * Types of the admin API (catalog drafts, publishing, versions, import, delegation lists, routing preview) as
 * the admin pages see it. The guide itself is the authoring format of src-shared/contracts/catalog-source.ts,
 * imported as a type only (that module loads zod, which must stay out of the bundle).
 */
import type { MatterSource } from '@shared/contracts/catalog-source'

export type { MatterSource }

export type MatterStatus = '在用' | '暂停' | '取消'

/** A page of a list route. */
export interface Paged<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

/** A row of `GET /api/admin/matters`. */
export interface DraftSummary {
  id: string
  key: string
  /** 业务办理项编码 */
  code: string
  departmentCode: string
  name: string
  status: MatterStatus
  /** Guide fields an import could not fill (e.g. basis, materials); publishing refuses them until written. */
  missing: string[]
  /** 'seed', 'admin', 'import'… */
  origin: string
  updatedAt: string
}

/**
 * `GET /api/admin/matters/:id`: the summary plus the whole guide. The guide of an imported draft may lack
 * fields, hence a plain record; a complete one is a MatterSource.
 */
export interface Draft extends DraftSummary {
  content: Record<string, unknown>
}

export interface DraftQuery {
  department?: string
  q?: string
  incomplete?: boolean
  page?: number
  pageSize?: number
}

/** Body of `PUT /api/admin/matters/:id`. */
export interface DraftUpdate {
  content: Record<string, unknown>
  status?: MatterStatus
}

/** One problem of `POST /api/admin/catalog/validate` (and of a refused publication). */
export interface QaProblem {
  matterId: string
  rule: string
  message: string
}

export interface CatalogCounts {
  matters?: number
  handheld?: number
  township?: number
  village?: number
}

export interface PublishResult {
  version: number
  counts: CatalogCounts
}

/** A row of `GET /api/admin/catalog/versions`. */
export interface CatalogVersion {
  version: number
  publishedAt: string
  publishedBy: string
  note: string
  republishOf: number | null
  counts: CatalogCounts
}

export interface MatterRef {
  id: string
  name: string
}

/** `GET /api/admin/catalog/versions/:from/diff/:to` */
export interface VersionDiff {
  from: number
  to: number
  added: MatterRef[]
  removed: MatterRef[]
  changed: (MatterRef & { fields: string[] })[]
}

/** One imported matter that lacks guide fields. `row` as the server names it: 第 12 行, departments[0].matters[3]. */
export interface ImportReportRow {
  row: string
  key: string
  name: string
  missing: string[]
}

/** Answer of `POST /api/admin/catalog/import`. */
export interface ImportResult {
  created: number
  updated: number
  incomplete: number
  report: ImportReportRow[]
}

export type ExportFormat = 'json' | 'xlsx'
export type TemplateFormat = 'xlsx' | 'csv'

/** Department with matters in use: `GET /api/departments`. */
export interface DepartmentRef {
  code: string
  name: string
  shortName: string
}

/** A published matter as `GET /api/matters` lists it (what the delegation pages need of it). */
export interface PublishedMatter {
  id: string
  code: string
  name: string
  level: number
  department: { code: string; name: string }
}

export type PowerSource = 'delegated' | 'entrusted' | 'authorized'

/** A row of `GET /api/admin/delegations`. */
export interface Delegation {
  id: string
  countyCode: string
  matterId: string
  townshipCodes: 'ALL' | string[]
  toVillages: boolean
  powerSource: PowerSource
  powerSourceName: string
  documentNo: string
  /** YYYY-MM-DD */
  effectiveFrom: string
  effectiveUntil: string | null
  takenUp: boolean
  recall: { documentNo: string | null; reason: string | null; at: string } | null
}

export interface DelegationQuery {
  county?: string
  matterId?: string
  page?: number
  pageSize?: number
}

/** Body of `POST /api/admin/delegations`. */
export interface DelegationInput {
  countyCode: string
  matterId: string
  townshipCodes: 'ALL' | string[]
  toVillages: boolean
  powerSource: PowerSource
  documentNo: string
  effectiveFrom: string
  takenUp: boolean
}

/** Body of `POST /api/admin/delegations/:id/recall`. */
export interface RecallInput {
  effectiveUntil: string
  documentNo: string
  reason: string
}

export type QueueKind = 'village' | 'township' | 'county_department' | 'city_department'

/** `GET /api/routing/preview` */
export interface RoutePreview {
  queue: { id: string; kind: QueueKind; name: string }
  reason: string
}
