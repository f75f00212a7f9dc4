import { getRegion } from '../services/api'
import { missingCodeError } from '../services/errors'
import type { RegionDetail } from '../services/types'
import { useApi, type ApiState } from './useApi'

export { regionHeading } from '../view-models/regionHeading'

export type UseRegionResult = ApiState<RegionDetail>

/** One region with its path (e.g. '410505101' → 水冶镇, 安阳市 · 殷都区 · 水冶镇). */
export function useRegion(code: string): UseRegionResult {
  return useApi(['region', code], () => (code ? getRegion(code) : Promise.reject(missingCodeError())))
}
