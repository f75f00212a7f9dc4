import { openCasePage } from '../caseNavigation'

/** Pages of the consultation tickets (转人工 from the assistant) in the workbench subpackage. */
export const TICKETS_PAGE = '/workbench/tickets'
export const ticketUrl = (id: string) => `/workbench/ticket?id=${encodeURIComponent(id)}`

export const openTickets = () => openCasePage(TICKETS_PAGE)
export const openTicket = (id: string) => openCasePage(ticketUrl(id))
