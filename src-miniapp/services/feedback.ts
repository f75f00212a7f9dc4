import { downloadFile } from './files'
import { request } from './http'
import { badResponse } from './identity'
// Type-only: the contract modules import zod, which must stay out of the bundle.
import type { Appeal, AppealPage, FollowUp, FollowUpPage, RateCase, Rating, RatingView } from '@shared/contracts/ratings'
import type { Complaint, ComplaintPage, SubmitComplaint } from '@shared/contracts/complaints'

export type { Appeal, AppealPage, Complaint, ComplaintPage, FollowUp, FollowUpPage, RateCase, Rating, RatingView, SubmitComplaint }

/**
 * 好差评 and 投诉建议: the resident's rating of an ended case (and 追评), the clerks' follow-ups of 差评 (回访, 整改答复,
 * 申诉), the admins' appeals, complaints and the export in the national field names.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const enc = encodeURIComponent

function has<T>(key: string) {
  return (data: unknown): T => {
    if (!isObject(data) || !(key in data)) throw badResponse()
    return data as unknown as T
  }
}
const asPage = has<{ items: unknown[]; total: number }>('items')
type Status<S extends string> = { status?: S; page?: number; pageSize?: number }

// ---- residents -----------------------------------------------------------------------------------------
export const getRating = async (caseId: string) => has<RatingView>('canRate')(await request(`/api/applications/${enc(caseId)}/rating`))
export const rateCase = async (caseId: string, body: RateCase) =>
  has<RatingView>('rating')(await request(`/api/applications/${enc(caseId)}/rating`, { method: 'POST', data: body }))
export const reRateCase = async (caseId: string, body: { stars: number; comment?: string }) =>
  has<Rating>('reStars')(await request(`/api/applications/${enc(caseId)}/rating/again`, { method: 'POST', data: body }))
export const submitComplaint = async (body: SubmitComplaint) => has<Complaint>('dueDate')(await request('/api/complaints', { method: 'POST', data: body }))
export const listMyComplaints = async (query: Status<'open' | 'answered'> = {}) => asPage(await request('/api/complaints', { query })) as ComplaintPage

// ---- clerks and township leads -------------------------------------------------------------------------
export const listFollowUps = async (query: Status<FollowUp['status']>) => asPage(await request('/api/follow-ups', { query })) as FollowUpPage
export const getFollowUp = async (id: string) => has<FollowUp>('replyDue')(await request(`/api/follow-ups/${enc(id)}`))
export const callBack = async (id: string, note: string) =>
  has<FollowUp>('replyDue')(await request(`/api/follow-ups/${enc(id)}/call-back`, { method: 'POST', data: { note } }))
export const replyFollowUp = async (id: string, reply: string) =>
  has<FollowUp>('replyDue')(await request(`/api/follow-ups/${enc(id)}/reply`, { method: 'POST', data: { reply } }))
export const appealRating = async (ratingId: string, reason: string) =>
  has<Appeal>('reason')(await request(`/api/ratings/${enc(ratingId)}/appeal`, { method: 'POST', data: { reason } }))

// ---- admins --------------------------------------------------------------------------------------------
export const listAppeals = async (query: Status<Appeal['status']>) => asPage(await request('/api/admin/appeals', { query })) as AppealPage
export const decideAppeal = async (id: string, body: { upheld: boolean; decision: string }) =>
  has<Appeal>('reason')(await request(`/api/admin/appeals/${enc(id)}/decision`, { method: 'POST', data: body }))
export const listComplaints = async (query: Status<'open' | 'answered'>) => asPage(await request('/api/admin/complaints', { query })) as ComplaintPage
export const answerComplaint = async (id: string, answer: string) =>
  has<Complaint>('answer')(await request(`/api/admin/complaints/${enc(id)}/answer`, { method: 'POST', data: { answer } }))
export const downloadRatings = (format: 'csv' | 'xlsx', query: { county?: string; from?: string; to?: string } = {}) =>
  downloadFile('/api/admin/ratings/export', { format, ...query }, `ratings.${format}`)
