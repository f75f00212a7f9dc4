import { ApiError } from './errors'
import { request } from './http'
import type { Region, RegionDetail } from './types'

export type { Region, RegionDetail, RegionLevel } from './types'

const badResponse = () =>
  new ApiError({ status: 200, code: 'BAD_RESPONSE', message: '服务返回的数据格式不正确' })

/** Direct children of a region: `GET /api/regions?parent=<code>`. */
export async function listRegions(parent: string): Promise<Region[]> {
  const data = await request<unknown>('/api/regions', { query: { parent } })
  if (!Array.isArray(data)) throw badResponse()
  return data as Region[]
}

/** One region with its path from the city down to itself: `GET /api/regions/:code`. */
export async function getRegion(code: string): Promise<RegionDetail> {
  const data = await request<unknown>(`/api/regions/${encodeURIComponent(code)}`)
  if (typeof data !== 'object' || data === null || typeof (data as { name?: unknown }).name !== 'string') {
    throw badResponse()
  }
  const detail = data as RegionDetail
  return { ...detail, path: Array.isArray(detail.path) ? detail.path : [] }
}
