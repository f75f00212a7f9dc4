import { request } from './http'
import { badResponse } from './identity'
import type { KeyValueStorage } from './sessionStore'
// Type-only: the contract module imports zod, which must stay out of the bundle.
import type { SearchAlias, SearchAnswer, SearchItem, SuggestAnswer, UnfoundPage } from '@shared/contracts/search'

export type { SearchAlias, SearchAnswer, SearchItem, SuggestAnswer, UnfoundPage, UnfoundSearch } from '@shared/contracts/search'

/**
 * Matter search for residents (`GET /api/search`, suggestions, clicks) and its admin side (searches that found
 * nothing, aliases). Renderer-free helpers too: highlighted parts of a name, the recent searches kept on the phone.
 * Types come from src-shared/contracts/search.ts (type-only, through ./types).
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

// ---------------------------------------------------------------------------------------------------------
// Renderer-free helpers

export interface NamePart {
  text: string
  hit: boolean
}

/** A name cut into plain and highlighted parts from the server's spans (UTF-16 offsets), in order. */
export function highlightParts(name: string, spans: SearchItem['highlights']): NamePart[] {
  const parts: NamePart[] = []
  let at = 0
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)
  for (const s of sorted) {
    const start = Math.max(at, Math.min(s.start, name.length))
    const end = Math.min(s.end, name.length)
    if (start > at) parts.push({ text: name.slice(at, start), hit: false })
    if (end > start) parts.push({ text: name.slice(start, end), hit: true })
    at = Math.max(at, end)
  }
  if (at < name.length) parts.push({ text: name.slice(at), hit: false })
  return parts
}

const RECENT_KEY = 'zsb.recentSearches'
export const RECENT_LIMIT = 10

/** The searches kept on the phone (Taro storage), newest first, without repeats. */
export function createRecentSearches(storage: KeyValueStorage) {
  const read = (): string[] => {
    const value = storage.get(RECENT_KEY)
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, RECENT_LIMIT) : []
  }
  return {
    list: read,
    add(text: string): string[] {
      const clean = text.trim().slice(0, 50)
      if (!clean) return read()
      const next = [clean, ...read().filter((t) => t !== clean)].slice(0, RECENT_LIMIT)
      storage.set(RECENT_KEY, next)
      return next
    },
    clear(): string[] {
      storage.remove(RECENT_KEY)
      return []
    }
  }
}

/** The service hotline shown where the assistant is offered (转人工). */
export const SERVICE_HOTLINE = '12345'
