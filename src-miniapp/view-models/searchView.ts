// Renderer-free logic of the search screens (no Taro: tested in tests/search/miniapp-search.test.ts): a result's
// name cut into highlighted parts, the recent searches kept on the phone.
import type { SearchItem } from '@shared/contracts/search'
import type { KeyValueStorage } from '../services/sessionStore'

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
