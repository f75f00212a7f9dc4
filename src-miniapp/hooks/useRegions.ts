import { listRegions } from '../services/api'
import { missingCodeError } from '../services/errors'
import type { Region } from '../services/types'
import { useApi, type ApiState } from './useApi'

export type UseRegionsResult = ApiState<Region[]>

/** Children of `parent` (e.g. '4105' → the counties of 安阳市); an empty code fails at once without a request. */
export function useRegions(parent: string): UseRegionsResult {
  return useApi(['regions', parent], () => (parent ? listRegions(parent) : Promise.reject(missingCodeError())))
}
