import type { CatalogVersion, VersionDiff } from '@shared/contracts/catalog-admin'
import { fieldLabel } from '@shared/catalog/labels'

/**
 * Renderer-free view model of the catalog versions page (admin/catalog/versions): how a version is described,
 * choosing two versions to compare, and the diff as sections (新增 / 删除 / 修改 with the fields' names).
 * Unit-tested in tests/miniapp/.
 */

export function versionTitle(version: number): string {
  return `第 ${version} 版`
}

/** An ISO instant as China time, e.g. 2026-11-29 08:54. */
export function chinaDateTime(iso: string): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  const shifted = new Date(time + 8 * 3600 * 1000).toISOString()
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`
}

/** 「事项 376 · 掌上办 216 · 乡镇 249 · 村级 44」 (figures the server did not send are left out). */
export function countsText(counts: CatalogVersion['counts']): string {
  const parts: string[] = []
  const add = (label: string, value: unknown) => {
    if (typeof value === 'number') parts.push(`${label} ${value}`)
  }
  add('事项', counts?.matters)
  add('掌上办', counts?.handheld)
  add('乡镇', counts?.township)
  add('村级', counts?.village)
  return parts.join(' · ')
}

/** 「发布人 张三（zhangsan）」; an older server without the name gives its raw value. */
export function publisherText(version: Pick<CatalogVersion, 'publisherName' | 'publishedBy'>): string {
  return `发布人 ${version.publisherName || version.publishedBy || '未记录'}`
}

/** 「重新发布自第 1 版」, or '' for an ordinary publication. */
export function republishText(version: Pick<CatalogVersion, 'republishOf'>): string {
  return version.republishOf ? `重新发布自${versionTitle(version.republishOf)}` : ''
}

/** The newest version (the one in force), or null when nothing was published. */
export function latestVersion(versions: readonly Pick<CatalogVersion, 'version'>[]): number | null {
  return versions.reduce<number | null>((max, v) => (max === null || v.version > max ? v.version : max), null)
}

/** Any version but the one in force can be published again. */
export function canRepublish(version: number, latest: number | null): boolean {
  return latest !== null && version !== latest
}

/**
 * Ticking versions to compare: at most two are kept; ticking a third lets go of the one ticked first;
 * ticking a ticked one lets go of it.
 */
export function toggleCompare(selected: readonly number[], version: number): number[] {
  if (selected.includes(version)) return selected.filter((v) => v !== version)
  return [...selected, version].slice(-2)
}

/** The two ticked versions, older first; null until two are ticked. */
export function comparePair(selected: readonly number[]): { from: number; to: number } | null {
  if (selected.length !== 2 || selected[0] === selected[1]) return null
  const [a, b] = selected
  return { from: Math.min(a, b), to: Math.max(a, b) }
}

export type DiffKind = 'added' | 'removed' | 'changed'

export interface FieldChange {
  /** 「承诺办结时限」 */
  label: string
  before: string
  after: string
}

export interface DiffItem {
  id: string
  name: string
  /** For a changed matter: 「承诺办结时限、办理流程」; '' otherwise. */
  fields: string
  /** For a changed matter: each changed field with its value before and after; [] otherwise. */
  changes: FieldChange[]
}

export interface DiffSection {
  kind: DiffKind
  title: string
  items: DiffItem[]
}

export interface DiffView {
  /** 「第 1 版 → 第 2 版」 */
  heading: string
  /** 「新增 0 个、删除 0 个、修改 1 个事项」 */
  summary: string
  /** Sections with at least one matter, in the order 新增, 删除, 修改. */
  sections: DiffSection[]
  /** The two versions hold the same matters with the same content. */
  same: boolean
}

const TITLES: Record<DiffKind, string> = { added: '新增事项', removed: '删除事项', changed: '修改事项' }

/** Field names of a changed matter, in Chinese, without repeats. */
export function changedFieldsText(fields: readonly string[]): string {
  return [...new Set(fields.map(fieldLabel))].join('、')
}

export function diffView(diff: VersionDiff): DiffView {
  const added = diff.added.map((m) => ({ id: m.id, name: m.name, fields: '', changes: [] }))
  const removed = diff.removed.map((m) => ({ id: m.id, name: m.name, fields: '', changes: [] }))
  const changed = diff.changed.map((m) => ({
    id: m.id,
    name: m.name,
    fields: changedFieldsText(m.fields),
    changes: (m.changes ?? []).map((c) => ({ label: c.label, before: c.before, after: c.after }))
  }))
  const all: DiffSection[] = [
    { kind: 'added', title: TITLES.added, items: added },
    { kind: 'removed', title: TITLES.removed, items: removed },
    { kind: 'changed', title: TITLES.changed, items: changed }
  ]
  return {
    heading: `${versionTitle(diff.from)} → ${versionTitle(diff.to)}`,
    summary: `新增 ${added.length} 个、删除 ${removed.length} 个、修改 ${changed.length} 个事项`,
    sections: all.filter((s) => s.items.length > 0),
    same: added.length + removed.length + changed.length === 0
  }
}
