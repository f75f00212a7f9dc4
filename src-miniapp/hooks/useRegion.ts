import { getRegion } from '../services/api'
import type { RegionDetail } from '../services/types'
import { loadRegion } from '../view-models/loadRegion'
import { useLoader, type UseLoaderResult } from './useLoader'

export { regionHeading } from '../view-models/loadRegion'

export type UseRegionResult = UseLoaderResult<RegionDetail>

const load = (code: string) => loadRegion(code, getRegion)

/** One region with its path (e.g. '410505101' → 水冶镇, 安阳市 · 殷都区 · 水冶镇). */
export function useRegion(code: string): UseRegionResult {
  return useLoader(code, load)
}
