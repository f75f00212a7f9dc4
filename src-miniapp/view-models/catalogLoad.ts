import { ApiError, toApiError } from '../services/errors'
import type { Guide, MatterPage, MatterQuery, MatterSummary } from '../services/types'
import type { LoadResult } from './load'

/**
 * Renderer-free loading behind the catalog hooks (useCatalog.ts): the whole published list for the home page,
 * the paged list of a department or topic, and one guide. Unit-tested with fake fetchers; never throws.
 */

export type MatterPageFetcher = (query: MatterQuery) => Promise<MatterPage>

/** The most the server gives in one page. */
export const MAX_PAGE_SIZE = 100

/**
 * Every published matter, a page of 100 at a time: the first page says how many there are, the others are asked
 * for together. Used by the home page's topics, 「常用事项」 and name search (376 matters: 4 requests).
 */
export async function loadAllMatters(
  fetchPage: MatterPageFetcher,
  query: Omit<MatterQuery, 'page' | 'pageSize'> = {}
): Promise<LoadResult<MatterSummary[]>> {
  try {
    const first = await fetchPage({ ...query, page: 1, pageSize: MAX_PAGE_SIZE })
    const pages = Math.ceil(first.total / MAX_PAGE_SIZE)
    const rest = await Promise.all(
      Array.from({ length: Math.max(0, pages - 1) }, (_, i) => fetchPage({ ...query, page: i + 2, pageSize: MAX_PAGE_SIZE }))
    )
    const seen = new Set<string>()
    const items: MatterSummary[] = []
    for (const page of [first, ...rest]) {
      for (const matter of page.items) {
        if (seen.has(matter.id)) continue
        seen.add(matter.id)
        items.push(matter)
      }
    }
    return { ok: true, data: items }
  } catch (err) {
    return { ok: false, error: toApiError(err) }
  }
}

// ---------------------------------------------------------------------------------------------------------
// The paged list of one department or topic (「加载更多」)

export const LIST_PAGE_SIZE = 20

export interface MatterListState {
  items: MatterSummary[]
  /** How many matters match in all; null until the first page has come. */
  total: number | null
  /** Pages loaded so far. */
  pages: number
  loading: boolean
  error: ApiError | null
}

export const initialMatterList: MatterListState = { items: [], total: null, pages: 0, loading: true, error: null }

/** The query of the next page to ask for. */
export function nextPageQuery(state: MatterListState, filter: Omit<MatterQuery, 'page' | 'pageSize'>): MatterQuery {
  return { ...filter, page: state.pages + 1, pageSize: LIST_PAGE_SIZE }
}

/** Whether 「加载更多」 makes sense: the first page has come, no failure waits, and some are not shown yet. */
export function hasMore(state: MatterListState): boolean {
  return state.total !== null && state.items.length < state.total && state.pages * LIST_PAGE_SIZE < state.total
}

export function startLoading(state: MatterListState): MatterListState {
  return { ...state, loading: true, error: null }
}

/** A page came: its matters are added (any already shown are not repeated). */
export function addPage(state: MatterListState, page: MatterPage): MatterListState {
  const known = new Set(state.items.map((m) => m.id))
  return {
    items: [...state.items, ...page.items.filter((m) => !known.has(m.id))],
    total: page.total,
    pages: state.pages + 1,
    loading: false,
    error: null
  }
}

/** A page failed: what is shown stays, with the error (「重试」 asks for the same page again). */
export function pageFailed(state: MatterListState, error: unknown): MatterListState {
  return { ...state, loading: false, error: toApiError(error) }
}

// ---------------------------------------------------------------------------------------------------------
// One guide

export type GuideFetcher = (id: string, county?: string) => Promise<Guide>

export function missingMatterError(): ApiError {
  return new ApiError({ status: 0, code: 'MISSING_ID', message: '缺少事项编号，无法打开办事指南' })
}

/** The guide of matter `id` for `county` (''/undefined: the server's default county). */
export async function loadGuide(id: string, county: string | undefined, fetchGuide: GuideFetcher): Promise<LoadResult<Guide>> {
  if (!id) return { ok: false, error: missingMatterError() }
  try {
    return { ok: true, data: await fetchGuide(id, county || undefined) }
  } catch (err) {
    return { ok: false, error: toApiError(err) }
  }
}

/** Loader key of a guide: the matter and the county (a new county loads the guide again). */
export function guideKey(id: string, county: string | undefined): string {
  return `${id}|${county ?? ''}`
}

export function parseGuideKey(key: string): { id: string; county: string } {
  const at = key.lastIndexOf('|')
  return at < 0 ? { id: key, county: '' } : { id: key.slice(0, at), county: key.slice(at + 1) }
}
