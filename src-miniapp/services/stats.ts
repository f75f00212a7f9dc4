import { downloadFile } from './files'
import { request } from './http'
import { badResponse } from './identity'
// Type-only: the contract module imports zod, which must stay out of the bundle.
import type { Stats, StatsQuery } from '@shared/contracts/stats'

export type { Stats, StatsQuery } from '@shared/contracts/stats'

const query = (q: StatsQuery) => ({ county: q.county || undefined, township: q.township || undefined, from: q.from, to: q.to })

/** `GET /api/admin/stats?county=&township=&from=&to=`: the figures of a county (or township, or the city) and period. */
export async function getStats(q: StatsQuery): Promise<Stats> {
  const data = await request<unknown>('/api/admin/stats', { query: query(q) })
  if (typeof data !== 'object' || data === null || !('cases' in data)) throw badResponse()
  return data as Stats
}

/** `GET /api/admin/stats/export?…`: the same figures as an XLSX file. */
export function downloadStats(q: StatsQuery): Promise<void> {
  return downloadFile('/api/admin/stats/export', query(q), 'stats.xlsx')
}
