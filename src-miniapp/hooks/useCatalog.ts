import { useCallback } from 'react'
import useSWRInfinite from 'swr/infinite'

import { getGuide, listDepartments, listMatters } from '../services/api'
import type { ListFilter } from '../services/catalog'
import { toApiError, type ApiError } from '../services/errors'
import type { Department, Guide, MatterQuery, MatterSummary } from '../services/types'
import { fetchAllMatters, fetchGuide, listQuery, matterList, pageQuery, type MatterList } from '../view-models/matterPages'
import { useApi, type ApiState } from './useApi'

/** Departments with their matter counts (home page, 按部门办). */
export function useDepartments(): ApiState<Department[]> {
  return useApi(['departments'], listDepartments)
}

/**
 * Every published matter, shared through the cache by the pages that need it (home: topics, 常用事项, name search;
 * the delegation pickers).
 */
export function useAllMatters(): ApiState<MatterSummary[]> {
  return useApi(['matters', 'all'], () => fetchAllMatters(listMatters))
}

export interface UseMatterListResult extends MatterList {
  /** A page is on its way. */
  loading: boolean
  error: ApiError | null
  /** Pages shown so far. */
  pages: number
  /** The next page (「加载更多」, or reaching the bottom); also retries a failed page. */
  loadMore: () => void
}

/** The matters of one department or topic, 20 at a time; `onlineOnly` keeps the handheld ones. */
export function useMatterList(filter: ListFilter | null, onlineOnly: boolean): UseMatterListResult {
  const query = listQuery(filter, onlineOnly)
  const { data, error, size, setSize, isValidating } = useSWRInfinite(
    (index, previous: Awaited<ReturnType<typeof listMatters>> | null) => {
      const next = query ? pageQuery(query, index, previous) : null
      return next ? (['matters', 'page', next] as const) : null
    },
    ([, , next]: readonly [string, string, MatterQuery]) => listMatters(next),
    { revalidateFirstPage: false }
  )
  const pages = data ?? []
  const list = matterList(pages)
  // A page asked for and not come yet; a failed page leaves `size` ahead of the pages shown.
  const loading = query !== null && isValidating && pages.length < size
  const failed = error ? toApiError(error) : null

  const loadMore = useCallback(() => {
    if (loading) return
    if (failed) void setSize(size)
    else if (list.hasMore) void setSize(size + 1)
  }, [loading, failed, list.hasMore, setSize, size])

  return { ...list, loading, error: loading ? null : failed, pages: pages.length, loadMore }
}

export interface UseGuideResult extends ApiState<Guide> {
  /** True while another county's guide loads: the previous one stays on screen. */
  switching: boolean
}

/** The guide of matter `id`, with the office and phones of `county`; a new county keeps the old guide shown. */
export function useGuide(id: string, county: string | undefined): UseGuideResult {
  const state = useApi(['guide', id, county ?? ''], () => fetchGuide(id, county, getGuide), { keepPrevious: true })
  const shown = state.data && state.data.id === id ? state.data : null
  return { ...state, data: shown, switching: state.loading && shown !== null }
}
