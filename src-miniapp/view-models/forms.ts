import {
  idNumberMessages,
  idNumberProblem,
  MAX_FAMILY_MEMBERS,
  normalizeIdNumber,
  personNameMaxLength,
  personNameMessage,
  personNamePattern,
  phoneMessage,
  phonePattern
} from '@shared/identity/personal-numbers'
import { CONSENT_NOTE_MAX, CONSENT_NOTE_MIN, consentMethods } from '@shared/applications/consent'

import type { ApiError } from '../services/errors'
import type { FamilyMemberInput, FamilyRelation, ProfileInput } from '../services/types'

/**
 * Renderer-free rules of the identity forms (real-name profile, family members, a person a station files for): instant checks with the
 * validators shared with the server, and the server's answer spread over the fields. Unit-tested in
 * tests/miniapp/. The pages only keep state and render.
 */

/** Messages per field; a field without a message is fine. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>

/** A check answers the message to show, or null when the value is fine. */
export type FieldCheck = (value: string) => string | null


export function checkName(value: string): string | null {
  const name = value.trim()
  if (!name) return '请输入姓名'
  if (name.length > personNameMaxLength) return `姓名不能超过 ${personNameMaxLength} 个字`
  if (!personNamePattern.test(name)) return personNameMessage
  return null
}

export function checkIdNumber(value: string): string | null {
  const idNumber = normalizeIdNumber(value)
  if (!idNumber) return '请输入身份证号'
  const problem = idNumberProblem(idNumber)
  return problem ? idNumberMessages[problem] : null
}

/** Spaces and dashes people type in a phone number (138 1234 5678) are dropped, as the server does. */
export function normalizePhone(value: string): string {
  return value.replace(/[\s-]/g, '')
}

export function checkPhone(value: string): string | null {
  const phone = normalizePhone(value)
  if (!phone) return '请输入手机号'
  return phonePattern.test(phone) ? null : phoneMessage
}

/** A township (9 digits) or village (12 digits) code, as the server accepts. */
export function checkRegionCode(value: string): string | null {
  return /^\d{9}(\d{3})?$/.test(value) ? null : '请选择所在的乡镇（街道）或村（社区）'
}

/**
 * The message a field shows after it loses focus: an empty field is not scolded for being empty before the
 * form is submitted (it keeps whatever it showed), anything typed is checked at once.
 */
export function errorAfterBlur(check: FieldCheck, value: string, current: string | undefined): string | undefined {
  if (!value.trim()) return current
  return check(value) ?? undefined
}

/** While typing, a message goes away as soon as the value is right; new messages wait for blur or submit. */
export function errorWhileTyping(check: FieldCheck, value: string, current: string | undefined): string | undefined {
  if (current && check(value) === null) return undefined
  return current
}

/** Run every check; only fields with a problem are in the result. */
export function validate<F extends string>(checks: Record<F, FieldCheck>, values: Record<F, string>): FieldErrors<F> {
  const errors: FieldErrors<F> = {}
  for (const field of Object.keys(checks) as F[]) {
    const message = checks[field](values[field] ?? '')
    if (message) errors[field] = message
  }
  return errors
}

export const hasErrors = (errors: FieldErrors<string>): boolean => Object.values(errors).some(Boolean)

export interface SummaryItem<F extends string> {
  field: F
  message: string
}

/** The error summary at the top of a form (GOV.UK pattern): one line per field with a problem, in form order. */
export function errorSummary<F extends string>(errors: FieldErrors<F>, order: readonly F[]): SummaryItem<F>[] {
  const items: SummaryItem<F>[] = []
  for (const field of order) {
    const message = errors[field]
    if (message) items.push({ field, message })
  }
  return items
}

export interface FormProblems<F extends string> {
  /** Messages the server gave for fields of this form (matched by `details[].field`). */
  fields: FieldErrors<F>
  /** What to show above the form: the error's message (409, 422, network…) or details naming no field here. */
  message: string | null
}

/** 'idNumber', 'body.idNumber' and 'body/idNumber' all name the field idNumber. */
function fieldName(field: unknown): string {
  if (typeof field !== 'string') return ''
  const parts = field.split(/[./]/)
  return parts[parts.length - 1] ?? ''
}

/** Spread a failed submit over the form: each detail under its field, the rest as one message. */
export function problemsFromError<F extends string>(error: ApiError, fields: readonly F[]): FormProblems<F> {
  const result: FieldErrors<F> = {}
  const leftover: string[] = []
  const details = Array.isArray(error.details) ? error.details : []
  for (const detail of details) {
    if (typeof detail !== 'object' || detail === null) continue
    const { field, message } = detail as { field?: unknown; message?: unknown }
    if (typeof message !== 'string' || !message.trim()) continue
    const name = fieldName(field) as F
    if (fields.includes(name)) {
      if (!result[name]) result[name] = message.trim()
    } else if (!leftover.includes(message.trim())) {
      leftover.push(message.trim())
    }
  }
  if (!hasErrors(result)) return { fields: result, message: error.message }
  return { fields: result, message: leftover.length > 0 ? leftover.join('；') : null }
}

// ---------------------------------------------------------------------------------------------------------
// Real-name profile

export type ProfileField = keyof ProfileInput

/** Fields in the order of the form (and of its error summary). */
export const PROFILE_FIELDS: readonly ProfileField[] = ['name', 'idNumber', 'phone', 'regionCode']

export const PROFILE_LABELS: Record<ProfileField, string> = {
  name: '姓名',
  idNumber: '身份证号',
  phone: '手机号',
  regionCode: '所在地区'
}

export const profileChecks: Record<ProfileField, FieldCheck> = {
  name: checkName,
  idNumber: checkIdNumber,
  phone: checkPhone,
  regionCode: checkRegionCode
}

/** What is sent: name trimmed, ID number without spaces and with an upper-case X, phone digits only. */
export function normalizeProfile(values: ProfileInput): ProfileInput {
  return {
    name: values.name.trim(),
    idNumber: normalizeIdNumber(values.idNumber),
    phone: normalizePhone(values.phone),
    regionCode: values.regionCode
  }
}

export function validateProfile(values: ProfileInput): FieldErrors<ProfileField> {
  return validate(profileChecks, { ...values })
}

// ---------------------------------------------------------------------------------------------------------
// Family members (亲情代办)

export type FamilyField = keyof FamilyMemberInput

export const FAMILY_FIELDS: readonly FamilyField[] = ['name', 'idNumber', 'relation']

export const FAMILY_LABELS: Record<FamilyField, string> = { name: '姓名', idNumber: '身份证号', relation: '关系' }

/** The relations the server accepts (FamilyRelationSchema), in the order they are offered. */
export const FAMILY_RELATIONS: readonly FamilyRelation[] = [
  '配偶',
  '父母',
  '子女',
  '祖父母',
  '外祖父母',
  '孙子女',
  '兄弟姐妹',
  '其他'
]

/** The server enforces it too (422 family_limit). */
export { MAX_FAMILY_MEMBERS }

export function checkRelation(value: string): string | null {
  return (FAMILY_RELATIONS as readonly string[]).includes(value) ? null : '请选择与您的关系'
}

export const familyChecks: Record<FamilyField, FieldCheck> = {
  name: checkName,
  idNumber: checkIdNumber,
  relation: checkRelation
}

export interface FamilyFormValues {
  name: string
  idNumber: string
  /** '' until one is chosen. */
  relation: string
}

export function validateFamilyMember(values: FamilyFormValues): FieldErrors<FamilyField> {
  return validate(familyChecks, { ...values })
}

export function normalizeFamilyMember(values: FamilyFormValues): FamilyMemberInput {
  return {
    name: values.name.trim(),
    idNumber: normalizeIdNumber(values.idNumber),
    relation: values.relation as FamilyRelation
  }
}

/** 「添加家庭成员」 is offered while fewer than 5 are bound. */
export function canAddFamilyMember(count: number): boolean {
  return count < MAX_FAMILY_MEMBERS
}

// ---------------------------------------------------------------------------------------------------------
// 代办: a station clerk files for a person present at the window

export type StationField = 'name' | 'idNumber' | 'phone' | 'consentMethod' | 'consentNote'

/** Fields in the order of the form (and of its error summary). */
export const STATION_FIELDS: readonly StationField[] = ['name', 'idNumber', 'phone', 'consentMethod', 'consentNote']

export type StationValues = Record<StationField, string>

export const EMPTY_STATION: StationValues = { name: '', idNumber: '', phone: '', consentMethod: '', consentNote: '' }

export const stationChecks: Record<StationField, FieldCheck> = {
  name: checkName,
  idNumber: checkIdNumber,
  // The person may have no mobile phone: then the station's own number is how they hear of the case.
  phone: (value) => (normalizePhone(value) ? checkPhone(value) : null),
  consentMethod: (value) => ((consentMethods as readonly string[]).includes(value) ? null : '请选择本人同意的方式'),
  consentNote: (value) => {
    const note = value.trim()
    if (note.length < CONSENT_NOTE_MIN) return `请写明同意的情况（至少 ${CONSENT_NOTE_MIN} 个字），如签字表留存位置、见证人`
    return note.length > CONSENT_NOTE_MAX ? `同意情况说明不能超过 ${CONSENT_NOTE_MAX} 个字` : null
  }
}

export function validateStation(values: StationValues): FieldErrors<StationField> {
  return validate(stationChecks, { ...values })
}
