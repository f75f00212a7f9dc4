import { parseGuide } from './catalog'
import { isApiError } from './errors'
import { request } from './http'
import { badResponse } from './identity'
import type { Paged } from '@shared/contracts/catalog-admin'
import type {
  ActionInput,
  Application,
  ApplicationDraft,
  ApplicationSummary,
  DraftContent,
  Guide,
  QueueCasesFilter,
  QueueRef,
  QueueSummary,
  SubmitApplicationInput,
  SupplementInput
} from './types'

/**
 * Calls of the applications module: the resident's wizard (drafts, submit), tracking (my cases, a case, supplement,
 * withdraw) and the clerk workbench (queues, a queue's cases, claim, actions, transfer targets). Answers are checked
 * just enough that a wrong shape fails as BAD_RESPONSE instead of breaking a page.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

function asCase(data: unknown): Application {
  if (!isObject(data) || typeof data.id !== 'string' || typeof data.receiptNo !== 'string' || !Array.isArray(data.timeline)) {
    throw badResponse()
  }
  return data as unknown as Application
}

function asPage<T>(data: unknown): Paged<T> {
  if (!isObject(data) || !Array.isArray(data.items) || typeof data.total !== 'number') throw badResponse()
  return data as unknown as Paged<T>
}

function asList<T>(data: unknown): T[] {
  if (!Array.isArray(data)) throw badResponse()
  return data as T[]
}

const casePath = (id: string, tail = '') => `/api/applications/${encodeURIComponent(id)}${tail}`
const draftPath = (matterId: string) => `/api/applications/drafts/${encodeURIComponent(matterId)}`
const queuePath = (id: string, tail = '') => `/api/queues/${encodeURIComponent(id)}${tail}`

// ---- the resident --------------------------------------------------------------------------------------

/**
 * `POST /api/applications` with `Idempotency-Key`: sending the same attempt again (a lost answer, a double tap)
 * with the same key answers the same case instead of filing a second one.
 */
export async function submitApplication(body: SubmitApplicationInput, idempotencyKey: string): Promise<Application> {
  const data = await request<unknown>('/api/applications', {
    method: 'POST',
    data: body,
    header: { 'Idempotency-Key': idempotencyKey },
    timeout: 30_000
  })
  return asCase(data)
}

/** `GET /api/applications`: my cases, newest first. */
export async function listMyApplications(query: { status?: 'open' | 'ended'; page?: number; pageSize?: number } = {}): Promise<Paged<ApplicationSummary>> {
  return asPage(await request<unknown>('/api/applications', { query }))
}

/** `GET /api/applications/:id`: the case with its timeline, clock, correction and what the caller may do. */
export async function getApplication(id: string): Promise<Application> {
  return asCase(await request<unknown>(casePath(id)))
}

/** `POST /api/applications/:id/supplement`: answers a correction request (补正). */
export async function supplementApplication(id: string, body: SupplementInput): Promise<Application> {
  return asCase(await request<unknown>(casePath(id, '/supplement'), { method: 'POST', data: body }))
}

/** `POST /api/applications/:id/withdraw {reason}`: only before 受理. */
export async function withdrawApplication(id: string, reason: string): Promise<Application> {
  return asCase(await request<unknown>(casePath(id, '/withdraw'), { method: 'POST', data: { reason } }))
}

/** The guide of a matter at the published version a case was filed under (its form fields, for a correction). */
export async function getGuideAt(id: string, version: number): Promise<Guide> {
  return parseGuide(await request<unknown>(`/api/matters/${encodeURIComponent(id)}`, { query: { version } }))
}

/** `GET /api/applications/drafts/:matterId`; null when there is none (404). */
export async function getDraft(matterId: string): Promise<ApplicationDraft | null> {
  try {
    const data = await request<unknown>(draftPath(matterId))
    if (!isObject(data) || typeof data.step !== 'string') throw badResponse()
    return data as unknown as ApplicationDraft
  } catch (err) {
    if (isApiError(err) && err.status === 404) return null
    throw err
  }
}

/** `PUT /api/applications/drafts/:matterId`. */
export async function saveDraft(matterId: string, content: DraftContent): Promise<void> {
  await request<unknown>(draftPath(matterId), { method: 'PUT', data: content })
}

/** `DELETE /api/applications/drafts/:matterId` (204). */
export async function deleteDraft(matterId: string): Promise<void> {
  await request<unknown>(draftPath(matterId), { method: 'DELETE' })
}

// ---- the clerk -----------------------------------------------------------------------------------------

/** `GET /api/queues`: the queues of my scope with counts per status and clock flag. */
export async function listQueues(): Promise<QueueSummary[]> {
  return asList(await request<unknown>('/api/queues'))
}

/** `GET /api/queues/:id/applications`: a page of a queue's cases (personal data masked). */
export async function listQueueCases(queueId: string, filter: QueueCasesFilter = {}): Promise<Paged<ApplicationSummary>> {
  return asPage(await request<unknown>(queuePath(queueId, '/applications'), { query: filter }))
}

/** `POST /api/queues/:id/claim`: the next unclaimed case by due date, or null (204) when there is none. */
export async function claimNextCase(queueId: string): Promise<Application | null> {
  const data = await request<unknown>(queuePath(queueId, '/claim'), { method: 'POST' })
  return isObject(data) ? asCase(data) : null
}

/** `POST /api/applications/:id/claim`. */
export async function claimCase(id: string): Promise<Application> {
  return asCase(await request<unknown>(casePath(id, '/claim'), { method: 'POST' }))
}

/** `POST /api/applications/:id/actions`: 409 when the state (or another clerk) got there first. */
export async function actOnCase(id: string, body: ActionInput): Promise<Application> {
  return asCase(await request<unknown>(casePath(id, '/actions'), { method: 'POST', data: body }))
}

/** `GET /api/applications/:id/transfer-targets`: the queues a case may be transferred to. */
export async function listTransferTargets(id: string): Promise<QueueRef[]> {
  return asList(await request<unknown>(casePath(id, '/transfer-targets')))
}
