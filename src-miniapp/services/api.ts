import { ApiError } from './errors'
import { request } from './http'
import type { Region } from './types'

export type { Region, RegionLevel } from './types'

/** Direct children of a region: `GET /api/regions?parent=<code>`. */
export async function listRegions(parent: string): Promise<Region[]> {
  const data = await request<unknown>('/api/regions', { query: { parent } })
  if (!Array.isArray(data)) {
    throw new ApiError({ status: 200, code: 'BAD_RESPONSE', message: '服务返回的数据格式不正确' })
  }
  return data as Region[]
}
