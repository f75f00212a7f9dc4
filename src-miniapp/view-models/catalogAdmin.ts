import type { ApiError } from '../services/errors'
import type { ImportReport, QaProblem } from '@shared/contracts/catalog-admin'
import { fieldLabel, ruleLabel } from '@shared/catalog/labels'
import { jsonErrorText } from '@shared/validation/json-error'

/**
 * Renderer-free logic of the catalog office's list and import pages: the problems of 「检查」 and of a refused
 * 「发布」 grouped by matter, and the import's report and row errors. Unit-tested in tests/miniapp/.
 */

/** A problem as both 「检查」 and a refused 「发布」 name it (the refusal does not carry the matter's name). */
export type ProblemRef = Pick<QaProblem, 'matterId' | 'rule' | 'message'>

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/**
 * A refused publication (422 catalog_invalid) names each problem as `{field: matterId, message: '[rule] …'}`;
 * back to the shape of 「检查」's answer. Details without a matter id are kept with matterId ''.
 */
export function problemsFromPublishError(error: Pick<ApiError, 'details'>): ProblemRef[] {
  if (!Array.isArray(error.details)) return []
  const problems: ProblemRef[] = []
  for (const detail of error.details) {
    if (!isRecord(detail) || typeof detail.message !== 'string') continue
    const match = /^\[([\w-]+)\]\s*(.*)$/s.exec(detail.message.trim())
    problems.push({
      matterId: typeof detail.field === 'string' ? detail.field : '',
      rule: match ? match[1] : '',
      message: match ? match[2] : detail.message.trim()
    })
  }
  return problems
}

export interface ProblemGroup {
  matterId: string
  /** The draft's name; 「未知事项」 when it is not among the names given. */
  name: string
  problems: { rule: string; ruleLabel: string; message: string }[]
}

/** One group per matter, in the order the matters first appear. */
export function groupProblems(problems: readonly ProblemRef[], names: ReadonlyMap<string, string>): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>()
  for (const p of problems) {
    let group = groups.get(p.matterId)
    if (!group) {
      group = { matterId: p.matterId, name: names.get(p.matterId) ?? (p.matterId ? '未知事项' : '整个目录'), problems: [] }
      groups.set(p.matterId, group)
    }
    group.problems.push({ rule: p.rule, ruleLabel: p.rule ? ruleLabel(p.rule) : '', message: p.message })
  }
  return [...groups.values()]
}

/** 「共 3 个事项 5 个问题」 */
export function problemsSummary(problems: readonly ProblemRef[]): string {
  const matters = new Set(problems.map((p) => p.matterId)).size
  return `共 ${matters} 个事项 ${problems.length} 个问题`
}

// ---------------------------------------------------------------------------------------------------------
// Import

export type ImportFileKind = 'json' | 'xlsx' | 'csv'

/** By the file name's ending; null for anything the import does not take. */
export function importFileKind(name: string): ImportFileKind | null {
  const lower = name.trim().toLowerCase()
  if (lower.endsWith('.json')) return 'json'
  if (lower.endsWith('.xlsx')) return 'xlsx'
  if (lower.endsWith('.csv')) return 'csv'
  return null
}

export const IMPORT_FILE_HINT = '支持 .json、.xlsx、.csv 文件'

/**
 * Where a row is, as a person finds it: 'row 12' → 「第 12 行」, 'departments[0].matters[2]' → 「第 1 个部门第 3 个
 * 事项」, 'matters[3]' → 「第 4 个事项」 (an older server's paths); anything else as the server wrote it.
 */
export function rowLabel(row: string): string {
  const text = row.trim()
  const line = /^row\s*(\d+)$/i.exec(text)
  if (line) return `第 ${line[1]} 行`
  const ours = /^departments\[(\d+)\]\.matters\[(\d+)\]$/.exec(text)
  if (ours) return `第 ${Number(ours[1]) + 1} 个部门第 ${Number(ours[2]) + 1} 个事项`
  const list = /^matters\[(\d+)\]$/.exec(text)
  if (list) return `第 ${Number(list[1]) + 1} 个事项`
  return text
}

/** 「新增 3 个、更新 2 个事项，其中 4 个不完整」 */
export function importSummary(result: Pick<ImportReport, 'created' | 'updated' | 'incomplete'>): string {
  const base = `新增 ${result.created} 个、更新 ${result.updated} 个事项`
  return result.incomplete > 0 ? `${base}，其中 ${result.incomplete} 个不完整，需补全后才能发布` : base
}

export interface RowError {
  row: string
  message: string
}

/** A refused import (422): one line per problem, with the row it is in. */
export function importRowErrors(error: Pick<ApiError, 'details' | 'message'>): RowError[] {
  if (!Array.isArray(error.details)) return []
  const rows: RowError[] = []
  for (const detail of error.details) {
    if (!isRecord(detail) || typeof detail.message !== 'string' || !detail.message.trim()) continue
    rows.push({ row: typeof detail.field === 'string' ? rowLabel(detail.field) : '', message: detail.message.trim() })
  }
  return rows
}

/** Pasted text as a JSON body for the import, or why it cannot be one. */
export function parseImportJson(text: string): { ok: true; body: unknown } | { ok: false; message: string } {
  if (!text.trim()) return { ok: false, message: '请选择文件，或粘贴 JSON 内容' }
  try {
    const body: unknown = JSON.parse(text)
    if (!isRecord(body) || Array.isArray(body)) {
      return { ok: false, message: 'JSON 应为 {"departments":[…]}（本系统格式）或 {"matters":[…]}（事项清单格式）' }
    }
    return { ok: true, body }
  } catch (err) {
    return { ok: false, message: jsonErrorText(text, err) }
  }
}

/** 「缺少：设定依据、受理条件」 for a draft's `missing` list; '' when nothing is missing. */
export function missingText(missing: readonly string[]): string {
  if (missing.length === 0) return ''
  return `缺少：${missing.map(fieldLabel).join('、')}`
}
