import { consentMethodLabels, type ConsentMethod } from '@shared/applications/consent'
import { maskIdNumber, normalizeIdNumber } from '@shared/identity/personal-numbers'

import { normalizePhone, type StationValues } from './forms'
import { NECESSITY_LABELS, copiesText } from './guideView'
import type {
  ApplicationDraft,
  DraftContent,
  FamilyMember,
  FormFieldSpec,
  Guide,
  GuideMaterial,
  SubmitApplicationInput,
  Upload
} from '../services/types'

/**
 * The apply wizard (申请) without a renderer, in the GOV.UK order residents know: 办理情形 (who applies, which
 * situation) → 材料清单 (upload per material) → 申请表 → 核对信息 → submit. The state is saved to the server as a draft
 * at each step and restored from it. The form's checks are in ./applicationForm (they need zod). Unit-tested in
 * tests/miniapp/apply-wizard.test.ts.
 */

export const WIZARD_STEPS = ['situation', 'materials', 'form', 'check'] as const
export type WizardStep = (typeof WIZARD_STEPS)[number]

export const STEP_TITLES: Record<WizardStep, string> = {
  situation: '办理情形',
  materials: '上传材料',
  form: '填写申请表',
  check: '核对信息'
}

/** A value of the form as the page holds it: text for every control, a list for multiselect. */
export type FormValue = string | string[]
export type FormValues = Record<string, FormValue>

/** A file attached to a material: what the upload answered, or only its id when restored from a draft. */
export interface AttachedFile {
  id: string
  name: string | null
  mime: Upload['mime'] | null
  hasPreview: boolean
}

export interface WizardState {
  step: WizardStep
  situationId: string | null
  form: FormValues
  /** materialId → files, in the order attached. */
  materials: Record<string, AttachedFile[]>
  /** 亲情代办: the bound family member who is the applicant; null for oneself. */
  familyMemberId: string | null
  /** 代办 at a station: the person present and their consent; null when a resident applies. */
  station: StationValues | null
}

export function emptyWizard(guide: Pick<Guide, 'situations'>, station: StationValues | null = null): WizardState {
  return { step: 'situation', situationId: guide.situations.length === 1 ? guide.situations[0].id : null, form: {}, materials: {}, familyMemberId: null, station }
}

// Who files 代办 (filingScope) lives in ./filing: the guide page, in the main package, asks it without this module.
export { filingScope } from './filing'

export function attached(upload: Pick<Upload, 'id' | 'fileName' | 'mime' | 'hasPreview'>): AttachedFile {
  return { id: upload.id, name: upload.fileName, mime: upload.mime, hasPreview: upload.hasPreview }
}

// ---------------------------------------------------------------------------------------------------------
// Step 1: the situation

export function situationProblem(guide: Pick<Guide, 'situations'>, state: Pick<WizardState, 'situationId'>): string | null {
  if (guide.situations.length === 0) return null
  return guide.situations.some((s) => s.id === state.situationId) ? null : '请选择您的办理情形'
}

/** 「申请人」 choices: oneself, then each bound family member (亲情代办). */
export function applicantOptions(family: readonly FamilyMember[]): { value: string; label: string }[] {
  // Only a binding the person has agreed to (or a minor child's) may be filed for.
  const active = family.filter((m) => m.status === 'active')
  return [{ value: '', label: '本人' }, ...active.map((m) => ({ value: m.id, label: `${m.name}（${m.relation}）` }))]
}

// ---------------------------------------------------------------------------------------------------------
// Step 2: the material checklist

/** Materials a government department issues are fetched by data sharing, not asked of the resident. */
export const SHARED_SOURCE = '政府部门核发'
export const SHARED_NOTE = '通过数据共享获取，无需提交'

export interface ChecklistItem {
  id: string
  name: string
  necessity: GuideMaterial['necessity']
  necessityLabel: string
  /** 原件 1 份、复印件 1 份 (what the window will want to see), '' for an electronic material. */
  copies: string
  note: string
  acceptance: string
}

export interface Checklist {
  /** What the resident uploads: required first, then 容缺后补, then optional. */
  upload: ChecklistItem[]
  /** Fetched by data sharing (政府部门核发). */
  shared: ChecklistItem[]
}

const ORDER: Record<GuideMaterial['necessity'], number> = { required: 0, deferrable: 1, optional: 2 }

/** The materials of the chosen situation: the matter's common ones and the situation's own. */
export function checklist(guide: Pick<Guide, 'materials' | 'situations'>, situationId: string | null): Checklist {
  const situation = guide.situations.find((s) => s.id === situationId)
  const all = [...guide.materials, ...(situation?.materials ?? [])]
  const item = (m: GuideMaterial): ChecklistItem => ({
    id: m.id,
    name: m.name,
    necessity: m.necessity,
    necessityLabel: NECESSITY_LABELS[m.necessity] ?? '必须',
    copies: copiesText(m),
    note: m.note ?? '',
    acceptance: m.acceptance
  })
  const own = all.filter((m) => m.source !== SHARED_SOURCE).map(item)
  own.sort((a, b) => ORDER[a.necessity] - ORDER[b.necessity])
  return { upload: own, shared: all.filter((m) => m.source === SHARED_SOURCE).map(item) }
}

/** What the checklist says under each necessity. */
export function necessityHint(necessity: GuideMaterial['necessity']): string {
  switch (necessity) {
    case 'required':
      return '必须上传'
    case 'deferrable':
      return '容缺后补：可先提交申请，受理后再补交'
    default:
      return '非必须：有则上传'
  }
}

/** Required materials without a file: `materialId → 请上传：<name>`. */
export function materialProblems(list: Checklist, materials: WizardState['materials']): Record<string, string> {
  const problems: Record<string, string> = {}
  for (const m of list.upload) {
    if (m.necessity === 'required' && !(materials[m.id]?.length)) problems[m.id] = `请上传：${m.name}`
  }
  return problems
}

/** 已上传 3 项，还差 1 项必须材料. */
export function checklistProgress(list: Checklist, materials: WizardState['materials']): string {
  const done = list.upload.filter((m) => (materials[m.id]?.length ?? 0) > 0).length
  const missing = Object.keys(materialProblems(list, materials)).length
  if (list.upload.length === 0) return '本情形无需上传材料'
  return missing > 0 ? `已上传 ${done} 项，还差 ${missing} 项必须材料` : `已上传 ${done} 项，必须材料已齐`
}

/** Each material takes at most 10 files (the server's limit). */
export const MAX_FILES_PER_MATERIAL = 10

export function addFiles(state: WizardState, materialId: string, files: readonly AttachedFile[]): WizardState {
  const next = [...(state.materials[materialId] ?? [])]
  for (const f of files) if (!next.some((c) => c.id === f.id)) next.push(f)
  next.splice(MAX_FILES_PER_MATERIAL)
  return { ...state, materials: { ...state.materials, [materialId]: next } }
}

export function removeFile(state: WizardState, materialId: string, fileId: string): WizardState {
  const next = (state.materials[materialId] ?? []).filter((f) => f.id !== fileId)
  return { ...state, materials: { ...state.materials, [materialId]: next } }
}

// ---------------------------------------------------------------------------------------------------------
// Step 3: the form (the checks are in ./applicationForm)

export const isBlank = (value: FormValue | undefined): boolean =>
  value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '')

/** The answers to send: only the matter's fields, blanks left out (an optional field may stay empty). */
export function formAnswers(fields: readonly FormFieldSpec[], values: FormValues): Record<string, FormValue> {
  const out: Record<string, FormValue> = {}
  for (const f of fields) {
    const v = values[f.key]
    if (!isBlank(v)) out[f.key] = typeof v === 'string' ? v.trim() : (v as string[])
  }
  return out
}

/** A multiselect choice switched on or off. */
export function toggleChoice(values: FormValues, key: string, choice: string): FormValues {
  const current = Array.isArray(values[key]) ? (values[key] as string[]) : []
  const next = current.includes(choice) ? current.filter((c) => c !== choice) : [...current, choice]
  return { ...values, [key]: next }
}

/** An answer as a person reads it (option labels instead of values); '' when not answered. */
export function answerText(field: FormFieldSpec, value: FormValue | undefined): string {
  if (isBlank(value)) return ''
  const label = (v: string) => field.options?.find((o) => o.value === v)?.label ?? v
  if (Array.isArray(value)) return value.map(label).join('、')
  if (field.type === 'select') return label(value as string)
  return (value as string).trim()
}

// ---------------------------------------------------------------------------------------------------------
// Step 4: check your answers

export interface AnswerRow {
  key: string
  label: string
  value: string
  /** The step that changes it (「修改」). */
  step: WizardStep
}

export function answerRows(guide: Pick<Guide, 'situations' | 'materials' | 'formSchema'>, state: WizardState, applicantName: string): AnswerRow[] {
  const station = state.station
  const rows: AnswerRow[] = station
    ? [
        { key: 'applicant', label: '申请人', value: `${station.name.trim()}（${maskIdNumber(normalizeIdNumber(station.idNumber))}）`, step: 'situation' },
        { key: 'consent', label: '本人同意', value: `${consentMethodLabels[station.consentMethod as ConsentMethod] ?? ''}：${station.consentNote.trim()}`, step: 'situation' }
      ]
    : [{ key: 'applicant', label: '申请人', value: applicantName, step: 'situation' }]
  const situation = guide.situations.find((s) => s.id === state.situationId)
  if (situation) rows.push({ key: 'situation', label: '办理情形', value: situation.name, step: 'situation' })
  for (const m of checklist(guide, state.situationId).upload) {
    const n = state.materials[m.id]?.length ?? 0
    rows.push({ key: `material-${m.id}`, label: m.name, value: n > 0 ? `已上传 ${n} 个文件` : m.necessity === 'deferrable' ? '容缺，受理后补交' : '未上传', step: 'materials' })
  }
  for (const f of guide.formSchema.fields) {
    rows.push({ key: `field-${f.key}`, label: f.label, value: answerText(f, state.form[f.key]) || '未填写', step: 'form' })
  }
  return rows
}

// ---------------------------------------------------------------------------------------------------------
// Submit and drafts

/** Material ids the checklist still has, each with its files (the files of a material no longer asked are dropped). */
function materialList(guide: Pick<Guide, 'materials' | 'situations'>, state: WizardState): { materialId: string; uploadIds: string[] }[] {
  return checklist(guide, state.situationId)
    .upload.filter((m) => (state.materials[m.id]?.length ?? 0) > 0)
    .map((m) => ({ materialId: m.id, uploadIds: state.materials[m.id].map((f) => f.id) }))
}

/** `stationRegion`: for 代办, where the station or centre is (the case is done there). */
export function submitBody(guide: Pick<Guide, 'id' | 'version' | 'materials' | 'situations' | 'formSchema'>, state: WizardState, stationRegion?: string): SubmitApplicationInput {
  const station = state.station
  const phone = station ? normalizePhone(station.phone) : ''
  return {
    matterId: guide.id,
    version: guide.version,
    ...(state.situationId && guide.situations.length > 0 ? { situationId: state.situationId } : {}),
    form: formAnswers(guide.formSchema.fields, state.form),
    materials: materialList(guide, state),
    ...(state.familyMemberId ? { onBehalf: { kind: 'family' as const, familyMemberId: state.familyMemberId } } : {}),
    ...(station
      ? {
          regionCode: stationRegion,
          onBehalf: {
            kind: 'station' as const,
            applicant: { name: station.name.trim(), idNumber: normalizeIdNumber(station.idNumber), ...(phone ? { phone } : {}) },
            consent: { method: station.consentMethod as ConsentMethod, note: station.consentNote.trim() }
          }
        }
      : {})
  }
}

export function draftContent(guide: Pick<Guide, 'version' | 'materials' | 'situations' | 'formSchema'>, state: WizardState): DraftContent {
  return {
    step: state.step,
    version: guide.version,
    situationId: state.situationId,
    regionCode: null,
    form: formAnswers(guide.formSchema.fields, state.form),
    materials: materialList(guide, state),
    onBehalf: state.familyMemberId ? { kind: 'family', familyMemberId: state.familyMemberId } : null
  }
}

/**
 * The wizard as a saved draft left it, against today's guide: a situation, material or field the guide no longer
 * has is dropped. `known` gives what is known of the files (我的材料), so restored files keep their names.
 */
export function restoreWizard(guide: Pick<Guide, 'materials' | 'situations' | 'formSchema'>, draft: ApplicationDraft, known: readonly Upload[] = []): WizardState {
  const situationId = guide.situations.some((s) => s.id === draft.situationId) ? draft.situationId : null
  const wanted = new Set(checklist(guide, situationId).upload.map((m) => m.id))
  const materials: WizardState['materials'] = {}
  for (const m of draft.materials) {
    if (!wanted.has(m.materialId)) continue
    materials[m.materialId] = m.uploadIds.map((id) => {
      const upload = known.find((u) => u.id === id)
      return upload ? attached(upload) : { id, name: null, mime: null, hasPreview: false }
    })
  }
  const form: FormValues = {}
  for (const f of guide.formSchema.fields) {
    const v = draft.form[f.key]
    if (typeof v === 'string' || typeof v === 'number') form[f.key] = String(v)
    else if (Array.isArray(v)) form[f.key] = v.filter((x): x is string => typeof x === 'string')
  }
  const onBehalf = draft.onBehalf
  return { step: draft.step, situationId, form, materials, familyMemberId: onBehalf?.kind === 'family' ? onBehalf.familyMemberId : null, station: null }
}

/**
 * A fresh Idempotency-Key for one submit attempt (kept for its retries): time and randomness in base 36, within the
 * server's pattern (8–100 of A–Z a–z 0–9 _ . : -).
 */
export function newIdempotencyKey(random: () => number = Math.random, now: () => number = Date.now): string {
  const part = () => Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0')
  return `apply-${now().toString(36)}-${part()}${part()}`
}

/** The step before and after `step`. */
export function previousStep(step: WizardStep): WizardStep | null {
  const i = WIZARD_STEPS.indexOf(step)
  return i > 0 ? WIZARD_STEPS[i - 1] : null
}

export function nextStep(step: WizardStep): WizardStep | null {
  const i = WIZARD_STEPS.indexOf(step)
  return i < WIZARD_STEPS.length - 1 ? WIZARD_STEPS[i + 1] : null
}
