import { listRegions } from '../services/api'
import type { Region } from '../services/types'
import { loadRegions } from '../view-models/loadRegions'
import { useLoader, type UseLoaderResult } from './useLoader'

export { loadRegions } from '../view-models/loadRegions'

export type UseRegionsResult = UseLoaderResult<Region[]>

const load = (parent: string) => loadRegions(parent, listRegions)

/** Children of `parent` (e.g. '4105' → the counties of 安阳市). */
export function useRegions(parent: string): UseRegionsResult {
  return useLoader(parent, load)
}
