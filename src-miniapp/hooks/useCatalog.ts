import { useCallback, useEffect, useRef, useState } from 'react'

import { getGuide, listDepartments, listMatters } from '../services/api'
import type { ListFilter } from '../services/catalog'
import { attempt, type LoadResult } from '../view-models/load'
import type { Department, Guide, MatterQuery, MatterSummary } from '../services/types'
import {
  addPage,
  guideKey,
  hasMore,
  initialMatterList,
  loadAllMatters,
  loadGuide,
  nextPageQuery,
  pageFailed,
  parseGuideKey,
  startLoading,
  type MatterListState
} from '../view-models/catalogLoad'
import { useLoader, type UseLoaderResult } from './useLoader'

/** Departments with their matter counts (home page, 按部门办). */
export function useDepartments(): UseLoaderResult<Department[]> {
  return useLoader('departments', loadDepartments)
}

const loadDepartments = () => attempt(listDepartments)

/**
 * Every published matter, loaded once per app run and shared by the pages that need it (home: topics, 常用事项,
 * name search). A failed load is forgotten, so 「重试」 asks again.
 */
let allMatters: Promise<LoadResult<MatterSummary[]>> | null = null

function loadAllCached(): Promise<LoadResult<MatterSummary[]>> {
  if (!allMatters) {
    allMatters = loadAllMatters(listMatters).then((result) => {
      if (!result.ok) allMatters = null
      return result
    })
  }
  return allMatters
}

export function useAllMatters(): UseLoaderResult<MatterSummary[]> {
  return useLoader('all', loadAllCached)
}

export interface UseMatterListResult extends MatterListState {
  hasMore: boolean
  /** The next page (「加载更多」, or reaching the bottom); also retries a failed page. */
  loadMore: () => void
}

/** The matters of one department or topic, 20 at a time; `onlineOnly` keeps the handheld ones. */
export function useMatterList(filter: ListFilter | null, onlineOnly: boolean): UseMatterListResult {
  const [state, setState] = useState<MatterListState>(initialMatterList)
  const stateRef = useRef(state)
  stateRef.current = state
  // Only answers for the current filter may change the list.
  const generation = useRef(0)

  // The filter as the query of `GET /api/matters` (without page); a new one starts the list again.
  const key = filter
    ? JSON.stringify({
        ...(filter.kind === 'topic' ? { topic: filter.topic } : { department: filter.code }),
        ...(onlineOnly ? { online: true } : {})
      })
    : ''

  const fetchNext = useCallback(
    (from: MatterListState, gen: number) => {
      if (!key) return
      const query = JSON.parse(key) as Omit<MatterQuery, 'page' | 'pageSize'>
      // Marked at once, so a second call before the next render (reaching the bottom and a tap) asks nothing.
      stateRef.current = startLoading(from)
      setState(stateRef.current)
      listMatters(nextPageQuery(from, query)).then(
        (page) => {
          if (gen === generation.current) setState((s) => addPage(s, page))
        },
        (err) => {
          if (gen === generation.current) setState((s) => pageFailed(s, err))
        }
      )
    },
    [key]
  )

  useEffect(() => {
    const gen = ++generation.current
    if (!key) {
      setState({ ...initialMatterList, loading: false })
      return
    }
    fetchNext(initialMatterList, gen)
    return () => {
      generation.current++
    }
  }, [key, fetchNext])

  const loadMore = useCallback(() => {
    const current = stateRef.current
    if (current.loading) return
    if (!current.error && !hasMore(current)) return
    fetchNext(current, generation.current)
  }, [fetchNext])

  return { ...state, hasMore: hasMore(state), loadMore }
}

export interface UseGuideResult extends UseLoaderResult<Guide> {
  /** True while another county's guide loads: the previous one stays on screen. */
  switching: boolean
}

const loadGuideByKey = (key: string) => {
  const { id, county } = parseGuideKey(key)
  return loadGuide(id, county, getGuide)
}

/** The guide of matter `id`, with the office and phones of `county`; a new county keeps the old guide shown. */
export function useGuide(id: string, county: string | undefined): UseGuideResult {
  const state = useLoader(guideKey(id, county), loadGuideByKey)
  const last = useRef<Guide | null>(null)
  if (state.data) last.current = state.data
  const previous = state.loading && last.current?.id === id ? last.current : null
  return { ...state, data: state.data ?? previous, switching: state.loading && previous !== null }
}
