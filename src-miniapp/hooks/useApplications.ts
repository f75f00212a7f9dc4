import {
  getApplication,
  getDraft,
  getGuideAt,
  listMyApplications,
  listQueueCases,
  listQueues,
  listTransferTargets
} from '../services/applications'
import { listFamily } from '../services/api'
import { listMyMaterials } from '../services/materialFiles'
import type { Paged } from '@shared/contracts/catalog-admin'
import type {
  Application,
  ApplicationDraft,
  ApplicationSummary,
  FamilyMember,
  Guide,
  MyMaterial,
  QueueCasesFilter,
  QueueRef,
  QueueSummary
} from '../services/types'
import { useApi, type ApiState } from './useApi'

/**
 * Reads of the applications module for the pages, all through SWR (./useApi). The names ('applications', 'case',
 * 'queues', 'queue-cases'…) are what useRefresh() asks again after a change.
 */

/** The clerk workbench asks again every so often while it is open: cases arrive while the clerk looks. */
const WORKBENCH_REFRESH_MS = 30_000

/** 我的办件 of the signed-in resident (keyed by token: another login reloads). */
export function useMyApplications(token: string | null, page = 1): ApiState<Paged<ApplicationSummary>> {
  return useApi(token ? ['applications', token, page] : null, () => listMyApplications({ page, pageSize: 20 }))
}

/** One case, as its reader may see it. */
export function useApplication(id: string, options: { poll?: boolean } = {}): ApiState<Application> {
  return useApi(id ? ['case', id] : null, () => getApplication(id), { refreshInterval: options.poll ? WORKBENCH_REFRESH_MS : 0 })
}

/** The saved draft of a matter (null when there is none), asked fresh when the wizard opens. */
export function useDraft(matterId: string, token: string | null): ApiState<ApplicationDraft | null> {
  return useApi(token && matterId ? ['draft', matterId, token] : null, () => getDraft(matterId), { fresh: true })
}

/** 我的材料: files uploaded before, to use again. */
export function useMyMaterials(token: string | null): ApiState<Paged<MyMaterial>> {
  return useApi(token ? ['my-materials', token] : null, () => listMyMaterials(1, 50))
}

/** Bound family members (亲情代办). */
export function useFamily(token: string | null): ApiState<FamilyMember[]> {
  return useApi(token ? ['family', token] : null, listFamily)
}

/** The queues of the clerk's scope with their counts. */
export function useQueues(token: string | null): ApiState<QueueSummary[]> {
  return useApi(token ? ['queues', token] : null, listQueues, { refreshInterval: WORKBENCH_REFRESH_MS })
}

/** A page of a queue's cases. */
export function useQueueCases(queueId: string, filter: QueueCasesFilter): ApiState<Paged<ApplicationSummary>> {
  return useApi(queueId ? ['queue-cases', queueId, filter] : null, () => listQueueCases(queueId, filter), {
    refreshInterval: WORKBENCH_REFRESH_MS
  })
}

/** Queues a case may be transferred to (asked only when the transfer form opens). */
export function useTransferTargets(id: string | null): ApiState<QueueRef[]> {
  return useApi(id ? ['transfer-targets', id] : null, () => listTransferTargets(id!))
}

/** A matter's guide at the version a case was filed under. */
export function useGuideAt(id: string, version: number | null): ApiState<Guide> {
  return useApi(id && version ? ['guide-at', id, version] : null, () => getGuideAt(id, version!))
}
