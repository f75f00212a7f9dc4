import { request } from './http'
import { badResponse } from './identity'
// Type-only: the contract module imports zod, which must stay out of the bundle.
import type { SearchAlias, SearchAnswer, SuggestAnswer, UnfoundPage } from '@shared/contracts/search'

export type { SearchAlias, SearchAnswer, SearchItem, SuggestAnswer, UnfoundPage, UnfoundSearch } from '@shared/contracts/search'

/**
 * Matter search for residents (`GET /api/search`, suggestions, clicks) and its admin side (searches that found
 * nothing, aliases). What the screens derive from it is in view-models/searchView.ts.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function parseSearchAnswer(data: unknown): SearchAnswer {
  if (!isObject(data) || !Array.isArray(data.items)) throw badResponse()
  return data as unknown as SearchAnswer
}

/** `GET /api/search?q=&limit=&county=`: best first, with highlights and the reason of each. */
export async function searchMatters(q: string, options: { limit?: number; county?: string } = {}): Promise<SearchAnswer> {
  const data = await request<unknown>('/api/search', {
    query: { q, limit: options.limit, county: options.county || undefined },
    auth: false
  })
  return parseSearchAnswer(data)
}

/** `GET /api/search/suggest?q=`: names and aliases completing what is typed (Chinese or pinyin). */
export async function suggestMatters(q: string): Promise<SuggestAnswer> {
  const data = await request<unknown>('/api/search/suggest', { query: { q }, auth: false })
  if (!isObject(data) || !Array.isArray(data.items)) throw badResponse()
  return data as unknown as SuggestAnswer
}

/** `POST /api/search/clicks`: which result a search led to (not who). Failing to note it never stops the resident. */
export async function recordSearchClick(queryId: string | null, matterId: string): Promise<void> {
  if (!queryId) return
  try {
    await request<unknown>('/api/search/clicks', { method: 'POST', data: { queryId, matterId }, auth: false })
  } catch {
    // the log is for admins; the guide opens anyway
  }
}

/** `GET /api/admin/search/unfound?days=&page=&pageSize=`: searches that found nothing, grouped by text. */
export async function listUnfoundSearches(query: { days?: number; page?: number; pageSize?: number } = {}): Promise<UnfoundPage> {
  const data = await request<unknown>('/api/admin/search/unfound', { query })
  if (!isObject(data) || !Array.isArray(data.items)) throw badResponse()
  return data as unknown as UnfoundPage
}

/** `POST /api/admin/search/aliases {matterId, alias}` (201); 409 when the matter has it already. */
export async function addSearchAlias(matterId: string, alias: string): Promise<SearchAlias> {
  const data = await request<unknown>('/api/admin/search/aliases', { method: 'POST', data: { matterId, alias } })
  if (!isObject(data) || typeof data.alias !== 'string') throw badResponse()
  return data as unknown as SearchAlias
}
