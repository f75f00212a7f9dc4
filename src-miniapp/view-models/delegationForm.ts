import { isIsoDate } from '@shared/calendar/china-date'
import type {
  Delegation,
  DelegationInput,
  PowerSource,
  QueueKind,
  RecallInput
} from '@shared/contracts/catalog-admin'
import type { MatterSummary } from '../services/types'
import type { FieldErrors } from './forms'

/**
 * Renderer-free rules of the delegation list page (admin/delegations/index): how a delegation reads, the
 * checks of 「新增下放」 and 「收回」 (the server makes the same ones, CreateDelegationBody and RecallBody),
 * the matter search, and the routing preview's form. Unit-tested in tests/miniapp/.
 */

export const POWER_SOURCES: { value: PowerSource; label: string }[] = [
  { value: 'delegated', label: '上级下放' },
  { value: 'entrusted', label: '上级委托' },
  { value: 'authorized', label: '上级授权' }
]

export const QUEUE_KIND_LABELS: Record<QueueKind, string> = {
  village: '村（社区）便民服务站',
  township: '乡镇（街道）便民服务中心',
  county_department: '县直部门',
  city_department: '市直部门'
}

export { chinaToday, isIsoDate } from '@shared/calendar/china-date'

export function checkDate(value: string, empty: string): string | null {
  const date = value.trim()
  if (!date) return empty
  return isIsoDate(date) ? null : '日期格式应为 YYYY-MM-DD，例如 2025-07-01'
}

// ---------------------------------------------------------------------------------------------------------
// How a delegation reads

/** 「全部乡镇（街道）」 or the townships' names (codes the list does not know stay codes), plus 村级延伸. */
export function townshipsText(
  delegation: Pick<Delegation, 'townshipCodes' | 'toVillages'>,
  names: ReadonlyMap<string, string>
): string {
  const where =
    delegation.townshipCodes === 'ALL'
      ? '全部乡镇（街道）'
      : delegation.townshipCodes.map((code) => names.get(code) ?? code).join('、')
  return delegation.toVillages ? `${where}，并延伸至村（社区）便民服务站` : where
}

/** 「2021-07-01 起」 or 「2021-07-01 至 2022-07-01」. */
export function periodText(delegation: Pick<Delegation, 'effectiveFrom' | 'effectiveUntil'>): string {
  return delegation.effectiveUntil
    ? `${delegation.effectiveFrom} 至 ${delegation.effectiveUntil}`
    : `${delegation.effectiveFrom} 起`
}

export function takenUpText(delegation: Pick<Delegation, 'takenUp'>): string {
  return delegation.takenUp ? '已承接' : '未承接'
}

/**
 * The badge of a recalled delegation: 「已收回」 once the recall's day has come, 「将于 2030-01-01 收回」 while it
 * is still to come (the delegation is in force until then); '' for one not recalled.
 */
export function recallBadge(delegation: Pick<Delegation, 'recall' | 'effectiveUntil'>): string {
  if (!delegation.recall) return ''
  return delegation.recall.pending && delegation.effectiveUntil ? `将于 ${delegation.effectiveUntil} 收回` : '已收回'
}

/** 「自 2022-07-01 起收回；文号 安殷编〔2022〕11号；原因：…」 (「将于 … 收回」 while pending), '' when not recalled. */
export function recallText(delegation: Pick<Delegation, 'recall' | 'effectiveUntil'>): string {
  if (!delegation.recall) return ''
  const when = !delegation.effectiveUntil
    ? '已收回'
    : delegation.recall.pending
      ? `将于 ${delegation.effectiveUntil} 收回`
      : `自 ${delegation.effectiveUntil} 起收回`
  const parts = [
    when,
    delegation.recall.documentNo ? `文号 ${delegation.recall.documentNo}` : '',
    delegation.recall.reason ? `原因：${delegation.recall.reason}` : ''
  ]
  return parts.filter(Boolean).join('；')
}

/** 「收回」 is offered on delegations not yet recalled, to the county admin of their county. */
export function canRecall(delegation: Pick<Delegation, 'recall' | 'countyCode'>, ownCounties: readonly string[]): boolean {
  return delegation.recall === null && ownCounties.includes(delegation.countyCode)
}

/** 「撤回收回」 is offered on a recall whose day has not come, to the county admin of its county. */
export function canWithdrawRecall(delegation: Pick<Delegation, 'recall' | 'countyCode'>, ownCounties: readonly string[]): boolean {
  return delegation.recall !== null && delegation.recall.pending && ownCounties.includes(delegation.countyCode)
}

/** The check of 「撤回收回」's reason (the server's WithdrawRecallBody makes the same). */
export function checkWithdrawReason(reason: string): string | null {
  return reason.trim().length < 2 ? '请写明撤回收回的原因' : null
}

// ---------------------------------------------------------------------------------------------------------
// Finding a matter by name

/**
 * Matters whose name (or code) contains the query, the ones starting with it first; at most `limit`.
 * `delegable` leaves out 市级 matters, which cannot be delegated to townships.
 */
export function searchMatters(
  matters: readonly MatterSummary[],
  query: string,
  options: { limit?: number; delegable?: boolean } = {}
): MatterSummary[] {
  const q = query.trim()
  if (!q) return []
  const { limit = 8, delegable = false } = options
  const found = matters.filter(
    (m) => (!delegable || m.level !== 3) && (m.name.includes(q) || m.code.includes(q))
  )
  const starts = found.filter((m) => m.name.startsWith(q))
  const rest = found.filter((m) => !m.name.startsWith(q))
  return [...starts, ...rest].slice(0, limit)
}

// ---------------------------------------------------------------------------------------------------------
// 新增下放

export interface DelegationFormValues {
  matter: MatterSummary | null
  /** 全部乡镇（街道）, or the townships chosen. */
  allTownships: boolean
  townshipCodes: string[]
  toVillages: boolean
  powerSource: PowerSource | ''
  documentNo: string
  effectiveFrom: string
  takenUp: boolean
}

export type DelegationField = 'matterId' | 'townshipCodes' | 'powerSource' | 'documentNo' | 'effectiveFrom'

/** In the order of the form (and of its error summary). */
export const DELEGATION_FIELDS: readonly DelegationField[] = [
  'matterId',
  'townshipCodes',
  'powerSource',
  'documentNo',
  'effectiveFrom'
]

export function emptyDelegationForm(today: string): DelegationFormValues {
  return {
    matter: null,
    allTownships: false,
    townshipCodes: [],
    toVillages: false,
    powerSource: '',
    documentNo: '',
    effectiveFrom: today,
    takenUp: true
  }
}

/** Choosing 全部 clears single townships; choosing a township clears 全部. */
export function toggleTownship(values: DelegationFormValues, code: string): DelegationFormValues {
  const has = values.townshipCodes.includes(code)
  return {
    ...values,
    allTownships: false,
    townshipCodes: has ? values.townshipCodes.filter((c) => c !== code) : [...values.townshipCodes, code]
  }
}

export function chooseAllTownships(values: DelegationFormValues): DelegationFormValues {
  return { ...values, allTownships: !values.allTownships, townshipCodes: [] }
}

const DOCUMENT_MIN = 4

export function checkDocumentNo(value: string, empty: string): string | null {
  const text = value.trim()
  if (!text) return empty
  if (text.length < DOCUMENT_MIN) return `文号至少 ${DOCUMENT_MIN} 个字，例如 安殷编〔2021〕6号`
  if (text.length > 64) return '文号不能超过 64 个字'
  return null
}

export function checkDelegation(values: DelegationFormValues): FieldErrors<DelegationField> {
  const errors: FieldErrors<DelegationField> = {}
  if (!values.matter) errors.matterId = '请选择要下放的事项'
  else if (values.matter.level === 3) errors.matterId = '市级事项不能下放至乡镇（街道）'
  if (!values.allTownships && values.townshipCodes.length === 0) errors.townshipCodes = '请选择承接的乡镇（街道），或选择全部'
  if (!values.powerSource) errors.powerSource = '请选择权力来源'
  const document = checkDocumentNo(values.documentNo, '请填写决定文号，例如 安殷编〔2021〕6号')
  if (document) errors.documentNo = document
  const date = checkDate(values.effectiveFrom, '请填写生效日期')
  if (date) errors.effectiveFrom = date
  return errors
}

/** The body to send; call after checkDelegation found nothing. */
export function delegationInput(countyCode: string, values: DelegationFormValues): DelegationInput {
  return {
    countyCode,
    matterId: values.matter?.id ?? '',
    townshipCodes: values.allTownships ? 'ALL' : [...values.townshipCodes],
    toVillages: values.toVillages,
    powerSource: (values.powerSource || 'delegated') as PowerSource,
    documentNo: values.documentNo.trim(),
    effectiveFrom: values.effectiveFrom.trim(),
    takenUp: values.takenUp
  }
}

// ---------------------------------------------------------------------------------------------------------
// 收回

export type RecallField = keyof RecallInput

export const RECALL_FIELDS: readonly RecallField[] = ['effectiveUntil', 'documentNo', 'reason']

export function checkRecall(values: RecallInput, delegation: Pick<Delegation, 'effectiveFrom'>): FieldErrors<RecallField> {
  const errors: FieldErrors<RecallField> = {}
  const date = checkDate(values.effectiveUntil, '请填写收回日期')
  if (date) errors.effectiveUntil = date
  else if (values.effectiveUntil.trim() <= delegation.effectiveFrom) {
    errors.effectiveUntil = `收回日期应晚于下放生效日期 ${delegation.effectiveFrom}`
  }
  const document = checkDocumentNo(values.documentNo, '请填写收回文号')
  if (document) errors.documentNo = document
  const reason = values.reason.trim()
  if (reason.length < 2) errors.reason = '请写明收回原因'
  else if (reason.length > 500) errors.reason = '收回原因不能超过 500 字'
  return errors
}

export function recallInput(values: RecallInput): RecallInput {
  return {
    effectiveUntil: values.effectiveUntil.trim(),
    documentNo: values.documentNo.trim(),
    reason: values.reason.trim()
  }
}

// ---------------------------------------------------------------------------------------------------------
// 路由预览

export interface PreviewFormValues {
  matter: MatterSummary | null
  townshipCode: string
  /** Optional. */
  villageCode: string
  at: string
}

export type PreviewField = 'matterId' | 'regionCode' | 'at'

export function checkPreview(values: PreviewFormValues): FieldErrors<PreviewField> {
  const errors: FieldErrors<PreviewField> = {}
  if (!values.matter) errors.matterId = '请选择事项'
  if (!values.townshipCode) errors.regionCode = '请选择乡镇（街道）'
  const date = checkDate(values.at, '请填写办理日期')
  if (date) errors.at = date
  return errors
}

/** The place asked about: the village when one is chosen, else the township. */
export function previewRegion(values: PreviewFormValues): string {
  return values.villageCode || values.townshipCode
}
