import { ApiError } from '../services/errors'
import type { ListFilter } from '../services/catalog'
import type { Guide, MatterPage, MatterQuery, MatterSummary } from '../services/types'

/**
 * Renderer-free rules behind the catalog hooks (hooks/useCatalog.ts): the whole published list for the home page,
 * the paged list of a department or topic (「加载更多」), and one guide. Unit-tested with fake fetchers.
 */

export type MatterPageFetcher = (query: MatterQuery) => Promise<MatterPage>
export type ListQuery = Omit<MatterQuery, 'page' | 'pageSize'>

/** The most the server gives in one page. */
export const MAX_PAGE_SIZE = 100

/** Matters of several pages in order, each once (a matter seen on two pages when the catalog changed meanwhile). */
function distinct(pages: readonly MatterPage[]): MatterSummary[] {
  const seen = new Set<string>()
  const items: MatterSummary[] = []
  for (const page of pages) {
    for (const matter of page.items) {
      if (seen.has(matter.id)) continue
      seen.add(matter.id)
      items.push(matter)
    }
  }
  return items
}

/**
 * Every published matter, a page of 100 at a time: the first page says how many there are, the others are asked
 * for together. Used by the home page's topics, 「常用事项」, name search and the delegation pickers.
 */
export async function fetchAllMatters(fetchPage: MatterPageFetcher, query: ListQuery = {}): Promise<MatterSummary[]> {
  const first = await fetchPage({ ...query, page: 1, pageSize: MAX_PAGE_SIZE })
  const pages = Math.ceil(first.total / MAX_PAGE_SIZE)
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => fetchPage({ ...query, page: i + 2, pageSize: MAX_PAGE_SIZE }))
  )
  return distinct([first, ...rest])
}

// ---------------------------------------------------------------------------------------------------------
// The paged list of one department or topic (「加载更多」)

export const LIST_PAGE_SIZE = 20

/** The list's filter as the query of `GET /api/matters` (without page); null when the link named none. */
export function listQuery(filter: ListFilter | null, onlineOnly: boolean): ListQuery | null {
  if (!filter) return null
  return {
    ...(filter.kind === 'topic' ? { topic: filter.topic } : { department: filter.code }),
    ...(onlineOnly ? { online: true } : {})
  }
}

/**
 * The query of page `index` (0-based) after `previous`, or null when there is nothing more to ask for: the last
 * page was empty (a list that stops growing is not asked forever) or every matter has had its page.
 */
export function pageQuery(query: ListQuery, index: number, previous: MatterPage | null): MatterQuery | null {
  if (previous && (previous.items.length === 0 || index * LIST_PAGE_SIZE >= previous.total)) return null
  return { ...query, page: index + 1, pageSize: LIST_PAGE_SIZE }
}

export interface MatterList {
  items: MatterSummary[]
  /** How many matters match in all; null until the first page has come. */
  total: number | null
  /** Whether 「加载更多」 makes sense. */
  hasMore: boolean
}

/** What the loaded pages show. */
export function matterList(pages: readonly MatterPage[]): MatterList {
  const last = pages[pages.length - 1]
  const items = distinct(pages)
  if (!last) return { items, total: null, hasMore: false }
  const hasMore = pageQuery({}, pages.length, last) !== null && items.length < last.total
  return { items, total: last.total, hasMore }
}

// ---------------------------------------------------------------------------------------------------------
// One guide

export type GuideFetcher = (id: string, county?: string) => Promise<Guide>

export function missingMatterError(): ApiError {
  return new ApiError({ status: 0, code: 'MISSING_ID', message: '缺少事项编号，无法打开办事指南' })
}

/** The guide of matter `id` for `county` (''/undefined: the server's default county); no id fails at once. */
export function fetchGuide(id: string, county: string | undefined, fetch: GuideFetcher): Promise<Guide> {
  if (!id) return Promise.reject(missingMatterError())
  return fetch(id, county || undefined)
}
