import { useEffect, useState } from 'react'

import { listUnfoundSearches, searchMatters, suggestMatters } from '../services/search'
import { createRecentSearches } from '../view-models/searchView'
import type { SearchAnswer, SuggestAnswer, UnfoundPage } from '../services/search'
import { taroStorage } from '../services/store'
import { useApi, type ApiState } from './useApi'

/** The results of a submitted search (null query: nothing asked). */
export function useSearchResults(query: string | null, county?: string): ApiState<SearchAnswer> {
  return useApi(query ? ['search', query, county ?? ''] : null, () => searchMatters(query as string, { limit: 20, county }))
}

/** `value` once it has stayed the same for `ms` (typing pauses). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

/** Suggestions while typing (after a 200 ms pause). */
export function useSuggestions(typing: string): ApiState<SuggestAnswer> {
  const settled = useDebounced(typing.trim(), 200)
  return useApi(settled ? ['search-suggest', settled] : null, () => suggestMatters(settled))
}

const recent = createRecentSearches(taroStorage)

/** The searches kept on this phone, newest first. */
export function useRecentSearches(): { list: string[]; add: (text: string) => void; clear: () => void } {
  const [list, setList] = useState<string[]>(() => recent.list())
  return {
    list,
    add: (text) => setList(recent.add(text)),
    clear: () => setList(recent.clear())
  }
}

/** Admins: searches that found nothing over the last `days`. */
export function useUnfoundSearches(days: number): ApiState<UnfoundPage> {
  return useApi(['search-unfound', days], () => listUnfoundSearches({ days, pageSize: 50 }), { fresh: true })
}
