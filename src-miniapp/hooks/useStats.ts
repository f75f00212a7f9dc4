import { getStats, type Stats, type StatsQuery } from '../services/stats'
import { useApi, type ApiState } from './useApi'

/** The admin figures for a scope and period; the previous figures stay on screen while new ones load. */
export function useStats(q: StatsQuery): ApiState<Stats> {
  return useApi(['admin-stats', q.county ?? '', q.township ?? '', q.from ?? '', q.to ?? ''], () => getStats(q), { keepPrevious: true })
}
