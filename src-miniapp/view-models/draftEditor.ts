import { detailMessages, type ApiError } from '../services/errors'
import { FIELD_LABELS } from '@shared/catalog/labels'

/**
 * Renderer-free logic of the draft editor (admin/catalog/edit): the guide is edited as one JSON object in the
 * authoring format (MatterSourceSchema); every control reads and writes one path of it, so what has no control
 * (事项标识, anything a later version of the format adds) is sent back untouched. The server's 400 names each problem by path
 * (`content.promiseLimit.value`, `content.materials.2.name`); those are placed on the control that edits the
 * path, or on the nearest control above it, or on the 「高级：JSON」 box. Unit-tested in tests/miniapp/.
 */

export type Content = Record<string, unknown>
export type PathSegment = string | number
export type Path = PathSegment[]

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** 'content.materials.2.name' (or 'content/materials/2/name') → ['materials', 2, 'name']. */
export function parsePath(field: string): Path {
  const parts = field.split(/[./]/).filter((p) => p !== '')
  if (parts[0] === 'content') parts.shift()
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p))
}

/** ['materials', 2, 'name'] → 'materials.2.name': the id of a control. */
export function pathKey(path: readonly PathSegment[]): string {
  return path.join('.')
}

/** The value at `path`, or undefined. */
export function getAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment]
    else if (isRecord(current) && typeof segment === 'string') current = current[segment]
    else return undefined
  }
  return current
}

/**
 * A copy of `value` with `path` set to `next` (undefined removes an object key). Everything else keeps its
 * identity and key order; missing objects and arrays on the way are created.
 */
export function setAt<T>(value: T, path: readonly PathSegment[], next: unknown): T {
  if (path.length === 0) return next as T
  const [head, ...rest] = path
  if (typeof head === 'number') {
    const list = Array.isArray(value) ? [...(value as unknown[])] : []
    list[head] = setAt(list[head], rest, next)
    return list as unknown as T
  }
  const record: Record<string, unknown> = isRecord(value) ? { ...value } : {}
  const child = setAt(record[head], rest, next)
  if (child === undefined) delete record[head]
  else record[head] = child
  return record as T
}

/** The array at `path` (an empty one when there is none yet, e.g. in an imported draft). */
export function listAt(value: unknown, path: readonly PathSegment[]): unknown[] {
  const list = getAt(value, path)
  return Array.isArray(list) ? list : []
}

export function addItem<T>(value: T, path: readonly PathSegment[], item: unknown): T {
  return setAt(value, path, [...listAt(value, path), item])
}

export function removeItem<T>(value: T, path: readonly PathSegment[], index: number): T {
  return setAt(
    value,
    path,
    listAt(value, path).filter((_, i) => i !== index)
  )
}

/** Move item `index` one place up (-1) or down (+1); out of range changes nothing. */
export function moveItem<T>(value: T, path: readonly PathSegment[], index: number, step: -1 | 1): T {
  const list = [...listAt(value, path)]
  const target = index + step
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return value
  ;[list[index], list[target]] = [list[target], list[index]]
  return setAt(value, path, list)
}

// ---------------------------------------------------------------------------------------------------------
// Text and numbers in controls

/** What an input shows for a value (numbers as digits; anything else that is not text as ''). */
export function textOf(value: unknown): string {
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' ? value : ''
}

/**
 * What a number input stores: a whole number as a number; anything else as the text itself, so the control
 * keeps showing it and the check before saving names it (see localProblems). An empty optional number is
 * left out (undefined).
 */
export function numberFromText(text: string, optional = false): number | string | undefined {
  const trimmed = text.trim()
  if (trimmed === '' && optional) return undefined
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : text
}

/** An optional text: empty means left out. */
export function optionalText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text
}

/** Add a tag (别名, 关键词) unless it is empty or already there. */
export function addTag(tags: readonly string[], text: string): string[] {
  const tag = text.trim()
  if (!tag || tags.includes(tag)) return [...tags]
  return [...tags, tag]
}

/** Toggle a value of a multiple choice (受理地点, 办理形式, 送达方式), keeping the options' order. */
export function toggleValue<V extends string | number>(values: readonly V[], value: V, order: readonly V[]): V[] {
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
  return [...next].sort((a, b) => order.indexOf(a) - order.indexOf(b))
}

// ---------------------------------------------------------------------------------------------------------
// New list items, with the choices most entries take

export type ListKind = 'basis' | 'conditions' | 'fees' | 'steps' | 'materials' | 'situations' | 'faq' | 'form' | 'options'

export function newItem(kind: ListKind): unknown {
  switch (kind) {
    case 'basis':
      return { law: '', article: '', excerpt: '' }
    case 'conditions':
      return ''
    case 'fees':
      return { name: '', standard: '', basis: '', reducible: false }
    case 'steps':
      return { name: '', description: '', days: 1, counted: true }
    case 'materials':
      return {
        name: '',
        kind: '证件证书证明',
        form: '纸质/电子',
        necessity: 'required',
        source: '申请人自备',
        originals: 1,
        copies: 0,
        acceptance: '',
        blankForm: false,
        sampleForm: false
      }
    case 'situations':
      return { key: '', name: '', description: '', materials: [] }
    case 'faq':
      return { q: '', a: '' }
    case 'form':
      return { key: '', label: '', type: 'text', required: false }
    case 'options':
      return { value: '', label: '' }
  }
}

const CHOICE_TYPES = ['select', 'multiselect']

/** A form field's type; options exist exactly for 单选 and 多选 (two empty ones to start with). */
export function withFieldType(field: unknown, type: string): Record<string, unknown> {
  const next: Record<string, unknown> = { ...(isRecord(field) ? field : {}), type }
  if (CHOICE_TYPES.includes(type)) {
    if (!Array.isArray(next.options)) next.options = [newItem('options'), newItem('options')]
  } else {
    delete next.options
  }
  return next
}

// ---------------------------------------------------------------------------------------------------------
// Which control shows a problem

/** The 「高级：JSON」 box: problems with paths no other control edits land here. */
export const JSON_CONTROL = 'json'

const MATERIAL_FIELDS = [
  'name',
  'kind',
  'form',
  'necessity',
  'source',
  'originals',
  'copies',
  'paperSize',
  'note',
  'acceptance',
  'blankForm',
  'sampleForm'
]

/**
 * Paths the editor has a control for ('#' = any index). A list (materials) and each of its items
 * (materials.#) have a box of their own, for problems about the list or a whole item.
 */
export const CONTROL_PATTERNS: ReadonlySet<string> = new Set([
  'status',
  'name',
  'mainItem',
  'type',
  'level',
  'acceptedAt',
  'channels',
  'kind',
  'visits',
  'onlineDepth',
  'baseCode',
  'itemCode',
  'hotline',
  'bodyNature',
  'audiences',
  'topics',
  'reach',
  'basis',
  'basis.#',
  'basis.#.law',
  'basis.#.article',
  'basis.#.excerpt',
  'conditions',
  'conditions.#',
  ...['legalLimit', 'promiseLimit'].flatMap((l) => [l, `${l}.value`, `${l}.unit`, `${l}.note`]),
  'fees',
  'fees.#',
  ...['name', 'standard', 'amountFen', 'basis', 'reducible'].map((f) => `fees.#.${f}`),
  'steps',
  'steps.#',
  ...['name', 'description', 'days', 'counted'].map((f) => `steps.#.${f}`),
  'materials',
  'materials.#',
  ...MATERIAL_FIELDS.map((f) => `materials.#.${f}`),
  'situations',
  'situations.#',
  ...['key', 'name', 'description', 'materials'].map((f) => `situations.#.${f}`),
  'situations.#.materials.#',
  ...MATERIAL_FIELDS.map((f) => `situations.#.materials.#.${f}`),
  'result',
  'result.type',
  'result.name',
  'result.delivery',
  'faq',
  'faq.#',
  'faq.#.q',
  'faq.#.a',
  'aliases',
  'keywords',
  'form',
  'form.#',
  ...['key', 'label', 'type', 'required', 'options'].map((f) => `form.#.${f}`),
  JSON_CONTROL
])

/**
 * The control that shows a problem at `path`: the deepest control whose path starts the problem's
 * (`aliases.3` → the 别名 tags, `form.0.options.1.label` → that field's options, `form.0.min` → that field);
 * JSON_CONTROL when no control edits any part of it (`basis.0.article`), '' for the guide as a whole.
 */
export function controlFor(path: readonly PathSegment[], patterns: ReadonlySet<string> = CONTROL_PATTERNS): string {
  if (path.length === 0) return ''
  const shape = path.map((s) => (typeof s === 'number' ? '#' : s))
  for (let n = path.length; n > 0; n--) {
    if (patterns.has(shape.slice(0, n).join('.'))) return pathKey(path.slice(0, n))
  }
  return JSON_CONTROL
}

// ---------------------------------------------------------------------------------------------------------
// How a path is named in the error summary

interface LabelNode {
  label?: string
  /** Named sub-fields. */
  fields?: Record<string, LabelNode>
  /** Items of a list: 「第 3 项」 plus their own fields. */
  item?: LabelNode
}

const leaf = (label: string): LabelNode => ({ label })
const fieldsOf = (labels: Record<string, string>): Record<string, LabelNode> =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, leaf(v)]))

const LIMIT: Record<string, LabelNode> = fieldsOf({ value: '时限', unit: '单位', note: '说明' })
const MATERIAL: LabelNode = {
  fields: fieldsOf({
    name: '材料名称',
    kind: '材料类型',
    form: '材料形式',
    necessity: '必要性',
    source: '来源渠道',
    originals: '原件份数',
    copies: '复印件份数',
    paperSize: '纸张规格',
    note: '填报须知',
    acceptance: '受理标准',
    blankForm: '提供空白表格',
    sampleForm: '提供示例样表'
  })
}

const LABEL_TREE: Record<string, LabelNode> = {
  ...fieldsOf(FIELD_LABELS),
  legalLimit: { label: FIELD_LABELS.legalLimit, fields: LIMIT },
  promiseLimit: { label: FIELD_LABELS.promiseLimit, fields: LIMIT },
  basis: { label: FIELD_LABELS.basis, item: { fields: fieldsOf({ law: '法律法规名称', article: '条款号', excerpt: '条款内容' }) } },
  conditions: { label: FIELD_LABELS.conditions, item: {} },
  fees: {
    label: FIELD_LABELS.fees,
    item: { fields: fieldsOf({ name: '收费项目', standard: '收费标准', amountFen: '金额（分）', basis: '收费依据', reducible: '可减免' }) }
  },
  steps: {
    label: FIELD_LABELS.steps,
    item: { fields: fieldsOf({ name: '环节名称', description: '办理内容', days: '时限（天）', counted: '计入办结时限' }) }
  },
  materials: { label: FIELD_LABELS.materials, item: MATERIAL },
  situations: {
    label: FIELD_LABELS.situations,
    item: {
      fields: {
        ...fieldsOf({ key: '情形标识', name: '情形名称', description: '情形说明' }),
        materials: { label: '材料', item: MATERIAL }
      }
    }
  },
  result: { label: FIELD_LABELS.result, fields: fieldsOf({ type: '结果类型', name: '结果名称', delivery: '送达方式' }) },
  faq: { label: FIELD_LABELS.faq, item: { fields: fieldsOf({ q: '问题', a: '解答' }) } },
  aliases: { label: FIELD_LABELS.aliases, item: {} },
  keywords: { label: FIELD_LABELS.keywords, item: {} },
  form: {
    label: FIELD_LABELS.form,
    item: {
      fields: {
        ...fieldsOf({ key: '字段标识', label: '字段名称', type: '字段类型', required: '必填', min: '最小值', max: '最大值', maxLength: '最大长度' }),
        options: { label: '选项', item: { fields: fieldsOf({ value: '选项值', label: '选项名称' }) } }
      }
    }
  }
}

/** e.g. materials.2.name → 「申请材料 第 3 项 · 材料名称」, promiseLimit.value → 「承诺办结时限 · 时限」. */
export function pathLabel(path: readonly PathSegment[]): string {
  if (path.length === 0) return '办事指南'
  const parts: string[] = []
  let node: LabelNode | undefined = { fields: LABEL_TREE }
  for (const segment of path) {
    if (typeof segment === 'number') {
      parts.push(`${parts.pop() ?? ''} 第 ${segment + 1} 项`.trim())
      node = node?.item
    } else {
      const next: LabelNode | undefined = node?.fields?.[segment]
      parts.push(next?.label ?? segment)
      node = next
    }
  }
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

/** Whole numbers the editor types as text ('#' = every index). */
const NUMBER_PATHS = [
  'visits',
  'legalLimit.value',
  'promiseLimit.value',
  'steps.#.days',
  'fees.#.amountFen',
  'materials.#.originals',
  'materials.#.copies',
  'situations.#.materials.#.originals',
  'situations.#.materials.#.copies'
]

/** Every concrete path of a pattern in `content`: 'steps.#.days' → steps.0.days, steps.1.days… */
function expand(content: unknown, pattern: string[], prefix: Path = []): Path[] {
  if (pattern.length === 0) return [prefix]
  const [head, ...rest] = pattern
  if (head === '#') {
    return listAt(content, prefix).flatMap((_, i) => expand(content, rest, [...prefix, i]))
  }
  return expand(content, rest, [...prefix, head])
}

/** Checks before sending: numbers that are not whole numbers (the server would only say 「应为数字」). */
export function localProblems(content: Content): EditorProblem[] {
  const problems: EditorProblem[] = []
  for (const pattern of NUMBER_PATHS) {
    for (const path of expand(content, pattern.split('.'))) {
      const value = getAt(content, path)
      if (typeof value === 'string') problems.push(problemAt(pathKey(path), '请输入整数'))
    }
  }
  return problems
}

// ---------------------------------------------------------------------------------------------------------
// The 「高级：JSON」 box

export function contentToJson(content: Content): string {
  return JSON.stringify(content, null, 2)
}

export type JsonParse = { ok: true; content: Content } | { ok: false; message: string }

/** The box's text as the whole guide: a JSON object, or why not. */
export function parseContentJson(text: string): JsonParse {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    return { ok: false, message: `JSON 格式有误：${err instanceof Error ? err.message : String(err)}` }
  }
  if (!isRecord(value)) return { ok: false, message: 'JSON 应为一个对象（{…}），即整份办事指南' }
  return { ok: true, content: value }
}
