import { ApiError, toApiError } from '../services/errors'
import type { Region } from '../services/types'

/**
 * Plain (renderer-free) data-loading logic behind useRegions, so it can be unit-tested
 * with a fake fetcher. It never throws: failures come back as a Chinese-message ApiError.
 */

export type RegionsFetcher = (parent: string) => Promise<Region[]>

export type RegionsResult = { ok: true; data: Region[] } | { ok: false; error: ApiError }

export interface RegionsState {
  data: Region[] | null
  error: ApiError | null
  loading: boolean
}

export const initialRegionsState: RegionsState = { data: null, error: null, loading: true }

export async function loadRegions(parent: string, fetchRegions: RegionsFetcher): Promise<RegionsResult> {
  if (!parent) {
    return {
      ok: false,
      error: new ApiError({ status: 0, code: 'MISSING_PARENT', message: '缺少地区编码，无法加载' })
    }
  }
  try {
    const data = await fetchRegions(parent)
    return { ok: true, data }
  } catch (err) {
    return { ok: false, error: toApiError(err) }
  }
}

/** State after a load finished. */
export function settleRegionsState(result: RegionsResult): RegionsState {
  return result.ok
    ? { data: result.data, error: null, loading: false }
    : { data: null, error: result.error, loading: false }
}
