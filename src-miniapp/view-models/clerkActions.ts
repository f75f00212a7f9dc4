import { caseActionLabels, specialProcedures, type ClerkAction, type SpecialProcedure } from '@shared/applications/state-machine'

import { hasErrors, type FieldErrors } from './forms'
import type { ActionInput, Application, QueueCasesFilter, QueueSummary } from '../services/types'

/**
 * The clerk workbench without a renderer: the queue list's figures, a queue's filters, and the action forms with
 * what the law asks of each action (行政许可法: 一次性告知 every item of a correction, reason and legal basis of a
 * refusal, the result of a finished case, a reason for a transfer, the kind and length of a special procedure).
 * The messages are the server's (ActionBody in src-shared/contracts/applications, which needs zod and so is not
 * loaded here); tests/miniapp/clerk-actions.test.ts checks both agree. Unit-tested there.
 */

// ---------------------------------------------------------------------------------------------------------
// Queues

export interface QueueFigure {
  key: 'submitted' | 'correction' | 'accepted' | 'unclaimed' | 'acceptWarning' | 'acceptAlarm' | 'yellow' | 'red'
  label: string
  value: number
  tone: 'info' | 'warn' | 'danger' | 'muted'
}

/** The figures of a queue card: 待受理, 待补正, 办理中, 未认领, and the yellow and red flags when there are any. */
export function queueFigures(queue: Pick<QueueSummary, 'counts'>): QueueFigure[] {
  const c = queue.counts
  const figures: QueueFigure[] = [
    { key: 'submitted', label: '待受理', value: c.submitted, tone: 'info' },
    { key: 'correction', label: '待补正', value: c.correction, tone: 'muted' },
    { key: 'accepted', label: '办理中', value: c.accepted + c.special, tone: 'info' },
    { key: 'unclaimed', label: '未认领', value: c.unclaimed, tone: 'muted' }
  ]
  if (c.acceptWarning > 0) figures.push({ key: 'acceptWarning', label: '即将超期（受理）', value: c.acceptWarning, tone: 'warn' })
  if (c.acceptAlarm > 0) figures.push({ key: 'acceptAlarm', label: '受理超期', value: c.acceptAlarm, tone: 'danger' })
  if (c.yellow > 0) figures.push({ key: 'yellow', label: '即将超期', value: c.yellow, tone: 'warn' })
  if (c.red > 0) figures.push({ key: 'red', label: '已超期', value: c.red, tone: 'danger' })
  return figures
}

/** What kind of window a queue is. */
export const QUEUE_KIND_LABELS: Record<QueueSummary['kind'], string> = {
  village: '村（社区）便民服务站',
  township: '乡镇（街道）便民服务中心',
  county_department: '县直部门',
  city_department: '市直部门'
}

/** The filters of a queue's list, as chips. */
export const QUEUE_FILTERS = [
  { value: 'all', label: '全部', filter: {} },
  { value: 'unclaimed', label: '未认领', filter: { claimed: 'unclaimed' } },
  { value: 'mine', label: '我认领的', filter: { claimed: 'mine' } },
  { value: 'submitted', label: '待受理', filter: { status: 'submitted' } },
  { value: 'correction', label: '待补正', filter: { status: 'correction' } },
  { value: 'accepted', label: '办理中', filter: { status: 'accepted' } },
  { value: 'alarm', label: '受理超期', filter: { flag: 'alarm' } },
  { value: 'warning', label: '即将超期（受理）', filter: { flag: 'warning' } },
  { value: 'red', label: '已超期', filter: { flag: 'red' } },
  { value: 'yellow', label: '即将超期', filter: { flag: 'yellow' } },
  { value: 'finished', label: '已办结', filter: { status: 'finished' } }
] as const satisfies readonly { value: string; label: string; filter: QueueCasesFilter }[]

export type QueueFilterValue = (typeof QUEUE_FILTERS)[number]['value']

export function queueFilter(value: QueueFilterValue): QueueCasesFilter {
  return QUEUE_FILTERS.find((f) => f.value === value)?.filter ?? {}
}

// ---------------------------------------------------------------------------------------------------------
// Actions

/** The buttons of a case, in the state machine's order, with their words; claim comes first when offered. */
export function actionButtons(allowed: readonly string[]): { action: ClerkAction | 'claim'; label: string; danger: boolean }[] {
  const order: (ClerkAction | 'claim')[] = ['claim', 'accept', 'request_correction', 'finish', 'special_start', 'special_end', 'transfer', 'deny', 'reject', 'release']
  return order
    .filter((a) => allowed.includes(a))
    .map((action) => ({ action, label: caseActionLabels[action], danger: action === 'deny' || action === 'reject' }))
}

/** Ways a result reaches the applicant (FinishResultSchema.delivery). */
export const DELIVERIES = ['窗口领取', '邮寄送达', '电子证照', '短信通知', '无需送达'] as const
export type Delivery = (typeof DELIVERIES)[number]

export const PROCEDURE_OPTIONS = (Object.keys(specialProcedures) as SpecialProcedure[]).map((value) => ({ value, label: specialProcedures[value] }))

export interface ActionForm {
  note: string
  reason: string
  legalBasis: string
  certificateNo: string
  delivery: Delivery | ''
  targetQueueId: string
  procedure: SpecialProcedure | ''
  expectedDays: string
  /** request_correction: the chosen items (`material:<id>` or `field:<key>`) with what is wrong with each. */
  items: Record<string, string>
}

export const emptyActionForm: ActionForm = {
  note: '',
  reason: '',
  legalBasis: '',
  certificateNo: '',
  delivery: '',
  targetQueueId: '',
  procedure: '',
  expectedDays: '',
  items: {}
}

export type ActionField = Exclude<keyof ActionForm, 'items'> | 'items' | `item:${string}`

/** What a correction can name: each material of the case and each field of its form. */
export interface CorrectionChoice {
  key: string
  label: string
  kind: 'material' | 'field'
}

export function correctionChoices(app: Pick<Application, 'materials' | 'formFields'>): CorrectionChoice[] {
  return [
    ...app.materials.map((m) => ({ key: `material:${m.materialId}`, label: m.name, kind: 'material' as const })),
    ...app.formFields.map((f) => ({ key: `field:${f.key}`, label: `申请表：${f.label}`, kind: 'field' as const }))
  ]
}

export function toggleItem(form: ActionForm, key: string): ActionForm {
  const items = { ...form.items }
  if (key in items) delete items[key]
  else items[key] = ''
  return { ...form, items }
}

const length = (s: string) => s.trim().length

function text(value: string, what: string, min: number, max: number): string | null {
  if (length(value) === 0) return `请填写${what}`
  if (length(value) < min) return `${what}至少 ${min} 个字`
  if (length(value) > max) return `${what}最多 ${max} 个字`
  return null
}

function optionalNote(value: string, max: number, what = '说明'): string | null {
  return length(value) > max ? `${what}最多 ${max} 个字` : null
}

/** Every problem of the form of `action`, at its field (the words of the server's ActionBody). */
export function validateAction(action: ClerkAction, form: ActionForm): FieldErrors<ActionField> {
  const errors: FieldErrors<ActionField> = {}
  const set = (field: ActionField, message: string | null) => {
    if (message) errors[field] = message
  }
  switch (action) {
    case 'accept':
    case 'special_end':
      set('note', optionalNote(form.note, 500))
      break
    case 'release':
      set('note', optionalNote(form.note, 300))
      break
    case 'request_correction': {
      const keys = Object.keys(form.items)
      if (keys.length === 0) set('items', '请至少列出一项需要补正的内容（一次性告知）')
      for (const key of keys) set(`item:${key}`, text(form.items[key], '补正要求', 1, 200))
      set('note', optionalNote(form.note, 500))
      break
    }
    case 'finish':
      set('certificateNo', text(form.certificateNo, '证照（结果）编号', 1, 60))
      if (!form.delivery) set('delivery', '请选择送达方式')
      set('note', optionalNote(form.note, 500))
      break
    case 'deny':
      set('reason', text(form.reason, '不予许可的理由', 4, 500))
      set('legalBasis', text(form.legalBasis, '法律依据', 4, 300))
      break
    case 'reject':
      set('reason', text(form.reason, '不予受理的理由', 4, 500))
      set('legalBasis', text(form.legalBasis, '法律依据', 4, 300))
      break
    case 'transfer':
      if (!form.targetQueueId) set('targetQueueId', '请选择转办到的窗口')
      set('reason', text(form.reason, '转办原因', 2, 300))
      break
    case 'special_start': {
      if (!form.procedure) set('procedure', '请选择特别程序')
      const days = form.expectedDays.trim()
      if (!days) set('expectedDays', '请填写预计所需工作日')
      else if (!/^\d+$/.test(days)) set('expectedDays', '预计所需工作日应为整数')
      else if (Number(days) < 1) set('expectedDays', '预计所需工作日至少 1 天')
      else if (Number(days) > 120) set('expectedDays', '预计所需工作日不能超过 120 天')
      set('note', optionalNote(form.note, 500))
      break
    }
  }
  return errors
}

export const actionValid = (action: ClerkAction, form: ActionForm) => !hasErrors(validateAction(action, form))

const optional = (value: string) => (value.trim() ? value.trim() : undefined)

/** The body of `POST /api/applications/:id/actions`; `revision` makes a stale page's action a 409. */
export function actionBody(action: ClerkAction, form: ActionForm, revision: number): ActionInput {
  const note = optional(form.note)
  switch (action) {
    case 'accept':
    case 'special_end':
    case 'release':
      return { action, note, revision }
    case 'request_correction':
      return {
        action,
        revision,
        note,
        items: Object.entries(form.items).map(([key, itemNote]) => {
          const [kind, ...rest] = key.split(':')
          const id = rest.join(':')
          return kind === 'material' ? { kind: 'material', materialId: id, note: itemNote.trim() } : { kind: 'field', field: id, note: itemNote.trim() }
        })
      }
    case 'finish':
      return { action, revision, note, result: { certificateNo: form.certificateNo.trim(), delivery: form.delivery as Delivery } }
    case 'deny':
    case 'reject':
      return { action, revision, reason: form.reason.trim(), legalBasis: form.legalBasis.trim() }
    case 'transfer':
      return { action, revision, targetQueueId: form.targetQueueId, reason: form.reason.trim() }
    case 'special_start':
      return { action, revision, note, procedure: form.procedure as SpecialProcedure, expectedDays: Number(form.expectedDays.trim()) }
  }
}

/** What a 409 means to the clerk: someone (or the resident) changed the case; the page reloads it. */
export function conflictMessage(serverMessage: string): string {
  return `${serverMessage}。办件已有变化，已为您刷新，请核对后再操作。`
}
