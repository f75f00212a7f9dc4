import { complaintKindLabels, starLabels, subItemLabels } from '@shared/feedback/labels'

import type { FieldErrors } from './forms'

/**
 * What the 好差评 and 投诉建议 screens show and check, without a renderer: the five levels (非常满意 … 非常不满意), the
 * four sub-items, the forms' checks (the same limits as the server's contract), the follow-up's deadlines and flags.
 */

export type SubItem = keyof typeof subItemLabels
export const SUB_ITEMS = Object.keys(subItemLabels) as SubItem[]
export const SUB_ITEM_LABELS = subItemLabels

/** 非常满意 first, as the national evaluation page lists them. */
export const STAR_OPTIONS = [5, 4, 3, 2, 1].map((value) => ({ value, label: starLabels[value] }))
export const starLabel = (stars: number) => starLabels[stars] ?? ''
export const isBadStars = (stars: number) => stars <= 2

/** A case can be rated once it ended with a decision: 办结, 不予受理, 不予许可 (a withdrawn application cannot). */
export const RATABLE = ['finished', 'denied', 'rejected']

export type RatingField = 'stars' | SubItem | 'comment'
export const RATING_FIELDS: readonly RatingField[] = ['stars', ...SUB_ITEMS, 'comment']
export type RatingValues = Partial<Record<Exclude<RatingField, 'comment'>, number>> & { comment: string }

/** A text between `min` and `max` characters, trimmed (null when it is right). */
export function checkText(value: string, what: string, min: number, max: number): string | null {
  const text = value.trim()
  if (!text) return `请填写${what}`
  if (text.length < min) return `${what}至少 ${min} 个字`
  if (text.length > max) return `${what}最多 ${max} 个字`
  return null
}

export function checkRating(values: RatingValues): FieldErrors<RatingField> {
  const errors: FieldErrors<RatingField> = {}
  if (!values.stars) errors.stars = '请选择总体满意度'
  for (const key of SUB_ITEMS) if (!values[key]) errors[key] = `请为${subItemLabels[key]}打分`
  if (values.comment.trim().length > 500) errors.comment = '文字评价最多 500 个字'
  return errors
}

/** The body of `POST /api/applications/:id/rating` once the checks passed. */
export function ratingBody(values: RatingValues) {
  const comment = values.comment.trim()
  return {
    stars: values.stars!, efficiency: values.efficiency!, guideAccuracy: values.guideAccuracy!, convenience: values.convenience!, usability: values.usability!,
    ...(comment ? { comment } : {})
  }
}

export interface DeadlineLine {
  label: string
  date: string
  overdue: boolean
  done: boolean
}

/** 回访 and 整改答复 with their dates; overdue ones flagged, done ones marked (the server computes the flags). */
export function followUpDeadlines(f: { status: string; callBackDue: string; replyDue: string; callBackOverdue: boolean; replyOverdue: boolean }): DeadlineLine[] {
  return [
    { label: '回访期限', date: f.callBackDue, overdue: f.callBackOverdue, done: f.status !== 'open' },
    { label: '整改答复期限', date: f.replyDue, overdue: f.replyOverdue, done: f.status === 'replied' }
  ]
}

export const deadlineText = (d: DeadlineLine) => `${d.label} ${d.date}${d.done ? '（已完成）' : d.overdue ? '（已超期）' : ''}`

export const COMPLAINT_KIND_OPTIONS = (['complaint', 'suggestion'] as const).map((value) => ({ value, label: complaintKindLabels[value] }))
export type ComplaintField = 'kind' | 'countyCode' | 'text'
export const COMPLAINT_FIELDS: readonly ComplaintField[] = ['kind', 'countyCode', 'text']

export function checkComplaint(values: { kind: string; countyCode: string; text: string }): FieldErrors<ComplaintField> {
  const errors: FieldErrors<ComplaintField> = {}
  if (values.kind !== 'complaint' && values.kind !== 'suggestion') errors.kind = '请选择投诉或建议'
  if (!/^4105\d{2}$/.test(values.countyCode)) errors.countyCode = '请选择涉及的区县'
  const text = checkText(values.text, '内容', 5, 1000)
  if (text) errors.text = text
  return errors
}
