import { getFollowUp, getRating, listAppeals, listComplaints, listFollowUps, listMyComplaints, type AppealPage, type ComplaintPage, type FollowUp, type FollowUpPage, type RatingView } from '../services/feedback'
import { useApi, type ApiState } from './useApi'

/**
 * Reads of 好差评 and 投诉建议 through SWR (./useApi). The first key names ('rating', 'follow-ups', 'follow-up',
 * 'appeals', 'complaints', 'my-complaints') are what useRefresh() asks again after a change.
 */

/** A case's rating, its follow-up and whether the resident may rate or re-rate (none while `caseId` is empty). */
export const useRating = (caseId: string): ApiState<RatingView> => useApi(caseId ? ['rating', caseId] : null, () => getRating(caseId), { fresh: true })

export const useFollowUps = (token: string, status: FollowUp['status'] | '', page = 1): ApiState<FollowUpPage> =>
  useApi(['follow-ups', token, status, page], () => listFollowUps({ ...(status ? { status } : {}), page, pageSize: 50 }))

/** One follow-up (always read fresh: a colleague may have called back meanwhile). */
export const useFollowUp = (id: string): ApiState<FollowUp> => useApi(['follow-up', id], () => getFollowUp(id), { fresh: true })

export const useAppeals = (status: 'pending' | 'upheld' | 'rejected' | '', page = 1): ApiState<AppealPage> =>
  useApi(['appeals', status, page], () => listAppeals({ ...(status ? { status } : {}), page, pageSize: 20 }))

export const useComplaints = (status: 'open' | 'answered' | '', page = 1): ApiState<ComplaintPage> =>
  useApi(['complaints', status, page], () => listComplaints({ ...(status ? { status } : {}), page, pageSize: 20 }))

export const useMyComplaints = (token: string | null): ApiState<ComplaintPage> =>
  useApi(token ? ['my-complaints', token] : null, () => listMyComplaints({ pageSize: 50 }))
