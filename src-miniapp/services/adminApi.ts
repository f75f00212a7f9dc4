import { badResponse } from './identity'
import { downloadFile, uploadFile, type PickedFile } from './files'
import { request } from './http'
import type {
  CatalogVersion,
  Delegation,
  DelegationInput,
  DelegationQuery,
  Draft,
  DraftSummary,
  DraftUpdate,
  ExportFormat,
  ImportReport,
  Paged,
  PublishResult,
  QaProblem,
  RecallInput,
  RoutePreview,
  TemplateFormat,
  VersionDiff
} from '@shared/contracts/catalog-admin'

/** Filters of the draft list as the catalog page holds them (the query string spells `incomplete=true`). */
export interface DraftQuery {
  department?: string
  q?: string
  incomplete?: boolean
  page?: number
  pageSize?: number
}

/**
 * Calls of the admin pages (subpackage admin/): the catalog office's drafts, publishing, versions and import
 * (city admin), the counties' delegation lists (county admin; the city admin reads them) and the routing
 * preview. All go through ./http (JSON) or ./files (uploads and downloads); answers are checked just enough
 * that a wrong shape fails as BAD_RESPONSE instead of breaking a page.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

function paged<T>(data: unknown): Paged<T> {
  if (!isObject(data) || !Array.isArray(data.items) || typeof data.total !== 'number') throw badResponse()
  return data as unknown as Paged<T>
}

function object<T>(data: unknown, key: string): T {
  if (!isObject(data) || !(key in data)) throw badResponse()
  return data as T
}

const id = (value: string) => encodeURIComponent(value)

// ---------------------------------------------------------------------------------------------------------
// Drafts

/** `GET /api/admin/matters?department=&q=&incomplete=true&page=&pageSize=` */
export async function listDrafts(query: DraftQuery = {}): Promise<Paged<DraftSummary>> {
  const data = await request<unknown>('/api/admin/matters', {
    query: {
      department: query.department || undefined,
      q: query.q?.trim() || undefined,
      incomplete: query.incomplete ? 'true' : undefined,
      page: query.page,
      pageSize: query.pageSize
    }
  })
  return paged<DraftSummary>(data)
}

/** Every draft's name by id (for the problem lists): the list page by page, 200 at a time. */
export async function draftNames(): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  for (let page = 1; page <= 50; page++) {
    const result = await listDrafts({ page, pageSize: 200 })
    for (const d of result.items) names.set(d.id, d.name)
    if (result.items.length === 0 || page * result.pageSize >= result.total) break
  }
  return names
}

/** `GET /api/admin/matters/:id`: the draft with its whole guide. */
export async function getDraft(draftId: string): Promise<Draft> {
  const data = object<Draft>(await request<unknown>(`/api/admin/matters/${id(draftId)}`), 'content')
  if (!isObject(data.content)) return { ...data, content: {} }
  return data
}

/** `PUT /api/admin/matters/:id {content, status?}`: 400 with `content.<path>` details, 409 code taken. */
export async function saveDraft(draftId: string, update: DraftUpdate): Promise<Draft> {
  const data = await request<unknown>(`/api/admin/matters/${id(draftId)}`, { method: 'PUT', data: update })
  return object<Draft>(data, 'content')
}

// ---------------------------------------------------------------------------------------------------------
// Checking, publishing, versions

/** `POST /api/admin/catalog/validate`: every problem the publishing rules find ([] = ready to publish). */
export async function validateCatalog(): Promise<QaProblem[]> {
  const data = await request<unknown>('/api/admin/catalog/validate', { method: 'POST', data: {} })
  if (!isObject(data) || !Array.isArray(data.errors)) throw badResponse()
  return data.errors as QaProblem[]
}

/** `POST /api/admin/catalog/publish {note}`: 422 catalog_invalid with the problems (see problemsFromPublishError). */
export async function publishCatalog(note: string): Promise<PublishResult> {
  const data = await request<unknown>('/api/admin/catalog/publish', { method: 'POST', data: { note }, timeout: 120_000 })
  return object<PublishResult>(data, 'version')
}

/** `GET /api/admin/catalog/versions`, newest first. */
export async function listVersions(): Promise<CatalogVersion[]> {
  const data = await request<unknown>('/api/admin/catalog/versions')
  if (!Array.isArray(data)) throw badResponse()
  return data as CatalogVersion[]
}

/** `GET /api/admin/catalog/versions/:from/diff/:to` */
export async function diffVersions(from: number, to: number): Promise<VersionDiff> {
  const data = await request<unknown>(`/api/admin/catalog/versions/${from}/diff/${to}`)
  const diff = object<VersionDiff>(data, 'changed')
  if (!Array.isArray(diff.added) || !Array.isArray(diff.removed) || !Array.isArray(diff.changed)) throw badResponse()
  return diff
}

/** `POST /api/admin/catalog/versions/:version/republish {note}`: the old version becomes a new one. */
export async function republishVersion(version: number, note: string): Promise<PublishResult> {
  const data = await request<unknown>(`/api/admin/catalog/versions/${version}/republish`, {
    method: 'POST',
    data: { note },
    timeout: 120_000
  })
  return object<PublishResult>(data, 'version')
}

// ---------------------------------------------------------------------------------------------------------
// Import and export

const IMPORT_PATH = '/api/admin/catalog/import'

function importResult(data: unknown): ImportReport {
  const result = object<ImportReport>(data, 'created')
  return { ...result, report: Array.isArray(result.report) ? result.report : [] }
}

/** `POST /api/admin/catalog/import` with a JSON body ({departments:[…]} or {matters:[…]}); 422 names the rows. */
export async function importCatalogJson(body: unknown): Promise<ImportReport> {
  return importResult(await request<unknown>(IMPORT_PATH, { method: 'POST', data: body, timeout: 120_000 }))
}

/** The same with a file (.json, .xlsx, .csv) as multipart field `file`. */
export async function importCatalogFile(file: PickedFile): Promise<ImportReport> {
  return importResult(await uploadFile(IMPORT_PATH, file, 'file'))
}

/** `GET /api/admin/catalog/export?format=`: the published catalog, saved as a file. */
export function downloadExport(format: ExportFormat): Promise<void> {
  return downloadFile('/api/admin/catalog/export', { format }, `anyang-catalog.${format}`)
}

/** `GET /api/admin/catalog/template?format=`: the blank import template. */
export function downloadTemplate(format: TemplateFormat): Promise<void> {
  return downloadFile('/api/admin/catalog/template', { format }, `catalog-template.${format}`)
}

// ---------------------------------------------------------------------------------------------------------
// Delegation lists and routing

/** `GET /api/admin/delegations?county=&matterId=&page=&pageSize=` */
export async function listDelegations(query: DelegationQuery = {}): Promise<Paged<Delegation>> {
  const data = await request<unknown>('/api/admin/delegations', {
    query: {
      county: query.county || undefined,
      matterId: query.matterId || undefined,
      page: query.page,
      pageSize: query.pageSize
    }
  })
  return paged<Delegation>(data)
}

/** `POST /api/admin/delegations` (201); county admins only, for their county. */
export async function createDelegation(input: DelegationInput): Promise<Delegation> {
  return object<Delegation>(await request<unknown>('/api/admin/delegations', { method: 'POST', data: input }), 'id')
}

/** `POST /api/admin/delegations/:id/recall {effectiveUntil, documentNo, reason}`; 409 when already recalled. */
export async function recallDelegation(delegationId: string, input: RecallInput): Promise<Delegation> {
  const data = await request<unknown>(`/api/admin/delegations/${id(delegationId)}/recall`, { method: 'POST', data: input })
  return object<Delegation>(data, 'id')
}

/** `POST /api/admin/delegations/:id/recall/withdraw {reason}`; 409 when the recall is already in effect. */
export async function withdrawRecall(delegationId: string, reason: string): Promise<Delegation> {
  const data = await request<unknown>(`/api/admin/delegations/${id(delegationId)}/recall/withdraw`, { method: 'POST', data: { reason } })
  return object<Delegation>(data, 'id')
}

/** `GET /api/routing/preview?matterId=&regionCode=&at=`: the queue a case would reach, and why. */
export async function previewRoute(matterId: string, regionCode: string, at: string): Promise<RoutePreview> {
  const data = await request<unknown>('/api/routing/preview', { query: { matterId, regionCode, at: at || undefined } })
  const preview = object<RoutePreview>(data, 'queue')
  if (!isObject(preview.queue) || typeof preview.reason !== 'string') throw badResponse()
  return preview
}
