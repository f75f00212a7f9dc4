import { getTicket, listTickets, type TicketDetail, type TicketPage } from '../services/chat'
import type { TicketStatus } from '../view-models/chatView'
import { useApi, type ApiState } from './useApi'

/**
 * Reads of the consultation tickets (转人工 from the assistant) for the clerk workbench, through SWR (./useApi). The
 * names 'tickets' and 'ticket' are what useRefresh() asks again after an answer.
 */

/** Tickets arrive while the clerk looks: the lists are asked again every so often. */
const TICKETS_REFRESH_MS = 30_000

/** The tickets of the caller's queues with this status (waiting: oldest first; answered: newest first). */
export function useTickets(token: string, status: TicketStatus, page = 1, pageSize = 20): ApiState<TicketPage> {
  return useApi(['tickets', token, status, page, pageSize], () => listTickets({ status, page, pageSize }), { refreshInterval: TICKETS_REFRESH_MS })
}

/** One ticket with the conversation that led to it (always read fresh: another clerk may have answered). */
export function useTicket(id: string): ApiState<TicketDetail> {
  return useApi(['ticket', id], () => getTicket(id), { fresh: true })
}
