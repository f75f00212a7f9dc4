import { badResponse } from './identity'
import type { Department, Guide, GuidePlace, MatterPage, MatterSummary, Topic } from './types'

/**
 * Renderer-free rules of the resident catalog (办事指南): the life-event topics, the home page's name search,
 * 「常用事项」, links between the catalog pages and the county a resident does business in. No Taro here (unit
 * tested in tests/miniapp/catalog.test.ts); the pages and hooks only keep state and render.
 */

// ---------------------------------------------------------------------------------------------------------
// Topics (服务主题)

/**
 * The life events of TopicSchema (src-shared/contracts/catalog-source.ts), in its order: the schema module
 * loads zod, so the list is repeated here; a unit test checks that both stay the same.
 */
export const TOPICS: readonly Topic[] = [
  '生育收养',
  '户籍身份',
  '教育',
  '就业创业',
  '社会保障',
  '医疗卫生',
  '养老服务',
  '残疾人',
  '婚姻登记',
  '住房保障',
  '农业农村',
  '市场主体',
  '社会救助',
  '优待抚恤',
  '交通出行',
  '公共安全',
  '法律服务',
  '水电气暖',
  '死亡殡葬',
  '文化旅游',
  '生态环境',
  '税费缴纳',
  '劳动维权',
  '证件办理'
]

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value)
}

export interface TopicCount {
  topic: Topic
  count: number
}

/** Topics that have matters, in the order of TOPICS, with how many matters each has. */
export function topicCounts(matters: readonly Pick<MatterSummary, 'topics'>[]): TopicCount[] {
  const counts = new Map<string, number>()
  for (const matter of matters) {
    for (const topic of matter.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1)
  }
  return TOPICS.filter((topic) => (counts.get(topic) ?? 0) > 0).map((topic) => ({ topic, count: counts.get(topic)! }))
}

/** Departments with the most matters first (those residents meet most), then by name; none without matters. */
export function departmentsByCount<T extends Pick<Department, 'name' | 'matterCount'>>(departments: readonly T[]): T[] {
  return departments
    .filter((d) => d.matterCount > 0)
    .sort((a, b) => b.matterCount - a.matterCount || a.name.localeCompare(b.name, 'zh-CN'))
}

// ---------------------------------------------------------------------------------------------------------
// Search (for now: matching on the names only; to be replaced by `GET /api/search`)

/** Search text as typed: spaces (also full-width) split it into words; letters compare case-insensitively. */
export function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s\u3000,，、]+/)
    .filter(Boolean)
}

/**
 * Where `term` occurs in `name`: as a substring (span = its length), else as characters in order with others
 * between them, the way people shorten names (残疾证 → 残疾人证, 社保卡 → 社会保障卡, 低保 → 最低生活保障). The span
 * is how far apart the characters lie (the shorter, the closer the match); null when they are not all there.
 */
export function matchTerm(name: string, term: string): { exact: boolean; start: number; span: number } | null {
  const at = name.indexOf(term)
  if (at >= 0) return { exact: true, start: at, span: term.length }
  if (term.length < 2) return null
  // The tightest window: for each place the first character occurs, the first in-order completion.
  let best: { start: number; span: number } | null = null
  for (let start = name.indexOf(term[0]); start >= 0; start = name.indexOf(term[0], start + 1)) {
    let pos = start
    for (let i = 1; i < term.length && pos >= 0; i++) pos = name.indexOf(term[i], pos + 1)
    if (pos < 0) break
    const span = pos - start + 1
    if (!best || span < best.span) best = { start, span }
  }
  return best ? { exact: false, ...best } : null
}

/**
 * Matters whose name holds every word of `query` (see matchTerm), best first: the exact name, names starting
 * with the query, words found whole before shortened ones, the closest and earliest match, then the shortest
 * name (the catalog's order otherwise). An empty query finds nothing. This is the whole search until the
 * server's `GET /api/search` replaces it.
 */
export function searchMatters<T extends Pick<MatterSummary, 'name'>>(
  matters: readonly T[],
  query: string,
  limit = 50
): T[] {
  const terms = searchTerms(query)
  if (terms.length === 0) return []
  const whole = terms.join('')
  const scored: { matter: T; rank: number[]; order: number }[] = []
  matters.forEach((matter, order) => {
    const name = matter.name.toLowerCase()
    const matches = terms.map((term) => matchTerm(name, term))
    if (matches.some((m) => m === null)) return
    const found = matches as NonNullable<ReturnType<typeof matchTerm>>[]
    const shortened = found.filter((m) => !m.exact).length
    const spread = found.reduce((sum, m) => sum + m.span, 0)
    const rank = [name === whole ? 0 : 1, name.startsWith(whole) ? 0 : 1, shortened, spread, found[0].start, name.length]
    scored.push({ matter, rank, order })
  })
  scored.sort((a, b) => {
    for (let i = 0; i < a.rank.length; i++) {
      if (a.rank[i] !== b.rank[i]) return a.rank[i] - b.rank[i]
    }
    return a.order - b.order
  })
  return scored.slice(0, limit).map((s) => s.matter)
}

// ---------------------------------------------------------------------------------------------------------
// 常用事项

/**
 * What residents ask for most at township centres (catalog.md), as parts of names: each picks the first
 * handheld matter whose name contains it. Only what exists in the published catalog is shown.
 */
export const COMMON_MATTER_NAMES: readonly string[] = [
  '残疾人证新办',
  '最低生活保障申请',
  '城乡居民基本医疗保险参保登记',
  '出生登记',
  '高龄津贴申请',
  '社会保障卡申领',
  '临时救助申请',
  '居民身份证换领'
]

export function commonMatters<T extends Pick<MatterSummary, 'id' | 'name' | 'handheld'>>(
  matters: readonly T[],
  names: readonly string[] = COMMON_MATTER_NAMES
): T[] {
  const picked: T[] = []
  for (const part of names) {
    const found = matters.find((m) => m.handheld && m.name.includes(part) && !picked.includes(m))
    if (found) picked.push(found)
  }
  return picked
}

// ---------------------------------------------------------------------------------------------------------
// Answers of the catalog API, checked just enough that a page cannot break on them

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : [])

export function parseDepartments(data: unknown): Department[] {
  if (!Array.isArray(data)) throw badResponse()
  return data.filter((d): d is Department => isObject(d) && typeof d.code === 'string' && typeof d.name === 'string')
}

function isMatterSummary(value: unknown): value is MatterSummary {
  return isObject(value) && typeof value.id === 'string' && typeof value.name === 'string'
}

export function parseMatterPage(data: unknown): MatterPage {
  if (!isObject(data) || !Array.isArray(data.items)) throw badResponse()
  const items = data.items.filter(isMatterSummary).map((m) => ({
    ...m,
    department: isObject(m.department) ? m.department : { code: '', name: '' },
    topics: list<string>(m.topics)
  }))
  const number = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback)
  return {
    items,
    total: number(data.total, items.length),
    page: number(data.page, 1),
    pageSize: number(data.pageSize, items.length)
  }
}

/** The guide with every list present (an empty list where the server left one out). */
export function parseGuide(data: unknown): Guide {
  if (!isObject(data) || typeof data.id !== 'string' || typeof data.name !== 'string') throw badResponse()
  const guide = data as unknown as Guide
  return {
    ...guide,
    department: isObject(guide.department) ? guide.department : { code: '', name: '', shortName: '' },
    channels: list(guide.channels),
    topics: list(guide.topics),
    fees: list(guide.fees),
    conditions: list(guide.conditions),
    basis: list(guide.basis),
    steps: list(guide.steps),
    materials: list(guide.materials),
    situations: list<Guide['situations'][number]>(guide.situations).map((s) => ({ ...s, materials: list(s.materials) })),
    faq: list(guide.faq),
    places: list(guide.places),
    result: isObject(guide.result) ? guide.result : { type: '无', name: '', delivery: [] }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Links between the catalog pages

export const CATALOG_LIST_PAGE = '/pages/catalog/list'
export const MATTER_PAGE = '/pages/matter/index'

/** What a matter list shows: one department's matters or one topic's. */
export type ListFilter = { kind: 'department'; code: string; name: string } | { kind: 'topic'; topic: Topic }

export function catalogListUrl(filter: ListFilter): string {
  if (filter.kind === 'topic') return `${CATALOG_LIST_PAGE}?topic=${encodeURIComponent(filter.topic)}`
  return `${CATALOG_LIST_PAGE}?department=${encodeURIComponent(filter.code)}&name=${encodeURIComponent(filter.name)}`
}

/** The filter of a list page from its (decoded) query; null when it names neither a department nor a topic. */
export function listFilterFromParams(params: { department?: string; topic?: string; name?: string }): ListFilter | null {
  const topic = params.topic?.trim() ?? ''
  if (topic) return isTopic(topic) ? { kind: 'topic', topic } : null
  const code = params.department?.trim() ?? ''
  if (/^[a-z]{2,6}$/.test(code)) return { kind: 'department', code, name: params.name?.trim() ?? '' }
  return null
}

/**
 * Title of a list page: the topic, or the department's name. The server's name (carried by its matters) wins
 * once loaded; the name in the link only fills the title until then.
 */
export function listTitle(filter: ListFilter | null, firstMatter?: Pick<MatterSummary, 'department'>): string {
  if (!filter) return '事项列表'
  if (filter.kind === 'topic') return filter.topic
  return firstMatter?.department.name || filter.name || '部门事项'
}

/** The guide of a matter; `name` only fills the title until the guide has loaded. */
export function matterUrl(matter: Pick<MatterSummary, 'id' | 'name'>): string {
  return `${MATTER_PAGE}?id=${encodeURIComponent(matter.id)}&name=${encodeURIComponent(matter.name)}`
}

// ---------------------------------------------------------------------------------------------------------
// The county a resident does business in (办事地区): which office, hours and phone numbers a guide shows

export interface County {
  /** 6-digit division code, e.g. 410505. */
  code: string
  name: string
  /** A township (9 digits) of it chosen as the 办事地区: guides then show that township's centre. */
  township?: { code: string; name: string }
  /** The resident's own village (12 digits) in that township, from the profile: guides then show its station. */
  village?: { code: string; name: string }
}

export function isCounty(value: unknown): value is County {
  return isObject(value) && typeof value.code === 'string' && /^\d{6}$/.test(value.code) && typeof value.name === 'string'
}

type Place = { code: string; name: string }
const isTownship = (value: unknown): value is Place =>
  isObject(value) && typeof value.code === 'string' && /^\d{9}$/.test(value.code) && typeof value.name === 'string'

/**
 * The 办事地区: the stored choice while it was made under the resident's current profile address, else that address
 * (county and township) — so it follows the profile once the address is set or changed — else the stored choice.
 */
export function currentCounty(stored: unknown, regionPath?: readonly Place[] | null): County | null {
  const county = regionPath?.find((r) => /^\d{6}$/.test(r.code))
  const township = regionPath?.find((r) => /^\d{9}$/.test(r.code))
  const village = regionPath?.find((r) => /^\d{12}$/.test(r.code))
  // The profile's village counts while the 办事地区 is the profile's own township.
  const withVillage = (code: string | undefined) => (village && township && code === township.code ? { village: { code: village.code, name: village.name } } : {})
  const profileCode = regionPath?.length ? regionPath[regionPath.length - 1].code : null
  if (isCounty(stored) && (!county || (stored as { profileCode?: unknown }).profileCode === profileCode)) {
    const chosen = (stored as { township?: unknown }).township
    const inside = isTownship(chosen) && chosen.code.startsWith(stored.code)
    return { code: stored.code, name: stored.name, ...(inside ? { township: { code: chosen.code, name: chosen.name }, ...withVillage(chosen.code) } : {}) }
  }
  if (!county) return null
  return { code: county.code, name: county.name, ...(township ? { township: { code: township.code, name: township.name }, ...withVillage(township.code) } : {}) }
}

/** The code the guide is placed for: the resident's village, else the township when one is chosen, else the county. */
export const areaCode = (county: County | null): string | undefined => county?.village?.code ?? county?.township?.code ?? county?.code

/** The place shown for `county`; without a county (or for one the guide does not list), the server's choice. */
export function placeFor(guide: Pick<Guide, 'places'>, county: County | null): GuidePlace | null {
  const places = guide.places
  return places.find((p) => p.countyCode === county?.code) ?? places[0] ?? null
}
