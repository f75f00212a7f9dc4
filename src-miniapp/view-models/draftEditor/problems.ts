import { fieldLabel } from '@shared/catalog/labels'

import { detailMessages, type ApiError } from '../../services/errors'
import { fieldNamed, type GuideField, type ListField } from './fieldKinds'
import { GUIDE_FIELDS, eachGuideField } from './fields'
import { expandPattern, getAt, isRecord, parsePath, pathKey, type Content, type PathSegment } from './paths'

/**
 * Where the draft editor shows a problem, and how it names it. The server's 400 names each problem by path
 * (`content.promiseLimit.value`, `content.materials.2.name`); it is placed on the control that edits the path,
 * or on the nearest control above it, or on the 「高级：JSON」 box. Which controls there are, and their names,
 * come from the field table (fields.ts). Unit-tested in tests/miniapp/draft-editor.test.ts.
 */

/** The 「高级：JSON」 box: problems with paths no other control edits land here. */
export const JSON_CONTROL = 'json'

const isList = (field: unknown): field is ListField => isRecord(field) && field.kind === 'list'

/**
 * Paths the editor has a control for ('#' = any index). A list (materials) and each of its items
 * (materials.#) have a box of their own, for problems about the list or a whole item.
 */
export const CONTROL_PATTERNS: ReadonlySet<string> = (() => {
  const patterns = new Set<string>()
  eachGuideField((pattern, field) => {
    if ('kind' in field && field.kind === 'json') return
    patterns.add(pattern)
    if (isList(field)) patterns.add(`${pattern}.#`)
  })
  patterns.add(JSON_CONTROL)
  return patterns
})()

/** Whole numbers the editor types as text, in the order of the form. */
const NUMBER_PATTERNS: readonly string[] = (() => {
  const patterns: string[] = []
  eachGuideField((pattern, field) => {
    if ('kind' in field && field.kind === 'number') patterns.push(pattern)
  })
  return patterns
})()

/**
 * The control that shows a problem at `path`: the deepest control whose path starts the problem's
 * (`aliases.3` → the 别名 tags, `form.0.min` → that form field); JSON_CONTROL when no control edits any part
 * of it (`key`), '' for the guide as a whole.
 */
export function controlFor(path: readonly PathSegment[], patterns: ReadonlySet<string> = CONTROL_PATTERNS): string {
  if (path.length === 0) return ''
  const shape = path.map((s) => (typeof s === 'number' ? '#' : s))
  for (let n = path.length; n > 0; n--) {
    if (patterns.has(shape.slice(0, n).join('.'))) return pathKey(path.slice(0, n))
  }
  return JSON_CONTROL
}

/** e.g. materials.2.name → 「申请材料 第 3 项 · 材料名称」, promiseLimit.value → 「承诺办结时限 · 时限」. */
export function pathLabel(path: readonly PathSegment[]): string {
  if (path.length === 0) return '办事指南'
  const parts: string[] = []
  let fields: readonly GuideField[] | undefined = GUIDE_FIELDS
  let list: ListField | undefined
  path.forEach((segment, depth) => {
    if (typeof segment === 'number') {
      parts.push(`${parts.pop() ?? ''} 第 ${segment + 1} 项`.trim())
      fields = list?.item
      list = undefined
      return
    }
    const field = fieldNamed(fields, segment)
    const name = field && 'summary' in field && field.summary ? field.summary : field?.label
    // Top-level fields without a control (事项标识) still have their catalog name.
    parts.push(name ?? (depth === 0 ? fieldLabel(segment) : segment))
    fields = field && 'kind' in field && field.kind === 'group' ? field.fields : undefined
    list = isList(field) ? field : undefined
  })
  return parts.join(' · ')
}

// ---------------------------------------------------------------------------------------------------------
// Problems: the server's 400 details, and the checks made before sending

export interface EditorProblem {
  /** The control that shows it ('' = only in the summary). */
  control: string
  /** The guide path it is about, e.g. 'promiseLimit.value'. */
  path: string
  /** 「承诺办结时限 · 时限」 */
  label: string
  message: string
}

/** A problem at a `content.<path>` (or a body field such as `status`). */
export function problemAt(field: string, message: string): EditorProblem {
  const path = parsePath(field)
  return { control: controlFor(path), path: pathKey(path), label: pathLabel(path), message }
}

/** The details of a failed save, each placed on its control. Details without a message are skipped. */
export function problemsFromDetails(details: unknown): EditorProblem[] {
  if (!Array.isArray(details)) return []
  const problems: EditorProblem[] = []
  for (const detail of details) {
    if (!isRecord(detail)) continue
    const message = typeof detail.message === 'string' ? detail.message.trim() : ''
    if (!message) continue
    problems.push(problemAt(typeof detail.field === 'string' ? detail.field : '', message))
  }
  return problems
}

/** The message under each control: several problems at one control are joined. */
export function messagesByControl(problems: readonly EditorProblem[]): Record<string, string> {
  const byControl: Record<string, string> = {}
  for (const p of problems) {
    if (!p.control) continue
    const line = p.path === p.control ? p.message : `${p.label}：${p.message}`
    byControl[p.control] = byControl[p.control] ? `${byControl[p.control]}；${line}` : line
  }
  return byControl
}

/** One line of the error summary: 「承诺办结时限 · 时限：不能小于 0」. */
export function summaryLine(problem: EditorProblem): string {
  return `${problem.label}：${problem.message}`
}

export interface SaveFailure {
  problems: EditorProblem[]
  /** Shown above the form when no detail names a field (409 code taken, 404, network…). */
  message: string | null
}

/** Spread a failed save over the editor. */
export function saveFailure(error: Pick<ApiError, 'details' | 'message'>): SaveFailure {
  const problems = problemsFromDetails(error.details)
  if (problems.length > 0) return { problems, message: null }
  const details = detailMessages(error.details)
  return { problems: [], message: details.length > 0 ? details.join('；') : error.message }
}

/** Checks before sending: numbers that are not whole numbers (the server would only say 「应为数字」). */
export function localProblems(content: Content): EditorProblem[] {
  const problems: EditorProblem[] = []
  for (const pattern of NUMBER_PATTERNS) {
    for (const path of expandPattern(content, pattern.split('.'))) {
      if (typeof getAt(content, path) === 'string') problems.push(problemAt(pathKey(path), '请输入整数'))
    }
  }
  return problems
}
