import { openCasePage } from '../caseNavigation'

/** Pages of 差评回访 in the workbench subpackage. */
export const FOLLOW_UPS_PAGE = '/workbench/follow-ups'
export const followUpUrl = (id: string) => `/workbench/follow-up?id=${encodeURIComponent(id)}`
export const openFollowUps = () => openCasePage(FOLLOW_UPS_PAGE)
export const openFollowUp = (id: string) => openCasePage(followUpUrl(id))

/** 好差评与投诉建议 of the admin subpackage (admin/feedback), opened from the workbench so the main package stays small. */
export const FEEDBACK_ADMIN_PAGE = '/admin/feedback/index'
