import type { Region } from '../services/types'
import { initialLoadState, loadByCode, settleLoadState, type LoadResult, type LoadState } from './load'

/** Renderer-free loading of a region's children (behind useRegions); see ./load. */

export type RegionsFetcher = (parent: string) => Promise<Region[]>

export type RegionsResult = LoadResult<Region[]>

export type RegionsState = LoadState<Region[]>

export const initialRegionsState: RegionsState = initialLoadState<Region[]>()

export function loadRegions(parent: string, fetchRegions: RegionsFetcher): Promise<RegionsResult> {
  return loadByCode(parent, fetchRegions)
}

/** State after a load finished. */
export const settleRegionsState: (result: RegionsResult) => RegionsState = settleLoadState
