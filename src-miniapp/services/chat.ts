import { request } from './http'
import { badResponse } from './identity'
// Type-only: the contract module imports zod, which must stay out of the bundle.
import type { ChatAnswer, ChatHistory, TicketDetail, TicketPage, TicketSummary } from '@shared/contracts/chat'

export type {
  ChatAnswer,
  ChatCase,
  ChatHistory,
  ChatMatter,
  ChatReply,
  ChatTurn,
  TicketDetail,
  TicketPage,
  TicketSummary
} from '@shared/contracts/chat'

/**
 * The assistant (智能客服: `POST /api/chat`, a conversation's history) and its hand-over to a person (consultation
 * tickets in the clerks' workbench). What the screens make of the answers is in view-models/chatView.ts.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

const chatPath = (sessionId: string) => `/api/chat/${encodeURIComponent(sessionId)}`
const ticketPath = (id: string, tail = '') => `/api/consultations/${encodeURIComponent(id)}${tail}`

/**
 * `POST /api/chat {sessionId?, text, regionCode?}`: one question, the assistant's replies. Sent with the resident's
 * token when there is one (their cases, a hand-over routed by their address); anyone may ask.
 */
export async function sendChat(body: { sessionId?: string; text: string; regionCode?: string }): Promise<ChatAnswer> {
  const data = await request<unknown>('/api/chat', { method: 'POST', data: body, timeout: 20_000 })
  if (!isObject(data) || typeof data.sessionId !== 'string' || !Array.isArray(data.replies)) throw badResponse()
  return data as unknown as ChatAnswer
}

/** `GET /api/chat/:sessionId`: the conversation so far (the clerk's answer after a hand-over included). */
export async function getChatHistory(sessionId: string): Promise<ChatHistory> {
  const data = await request<unknown>(chatPath(sessionId))
  if (!isObject(data) || typeof data.sessionId !== 'string' || !Array.isArray(data.turns)) throw badResponse()
  return data as unknown as ChatHistory
}

// ---- the clerks' side ------------------------------------------------------------------------------------

/** `GET /api/consultations?status=&page=&pageSize=`: the tickets of the caller's queues. */
export async function listTickets(query: { status: 'open' | 'answered'; page?: number; pageSize?: number }): Promise<TicketPage> {
  const data = await request<unknown>('/api/consultations', { query })
  if (!isObject(data) || !Array.isArray(data.items) || typeof data.total !== 'number') throw badResponse()
  return data as unknown as TicketPage
}

function asTicket<T extends TicketSummary>(data: unknown): T {
  if (!isObject(data) || typeof data.id !== 'string' || typeof data.question !== 'string') throw badResponse()
  return data as unknown as T
}

/** `GET /api/consultations/:id`: the ticket with the conversation that led to it. */
export async function getTicket(id: string): Promise<TicketDetail> {
  const ticket = asTicket<TicketDetail>(await request<unknown>(ticketPath(id)))
  if (!Array.isArray(ticket.conversation)) throw badResponse()
  return ticket
}

/** `POST /api/consultations/:id/answer {text}`: the clerk's answer, shown to the resident in the chat. */
export async function answerTicket(id: string, text: string): Promise<TicketSummary> {
  return asTicket(await request<unknown>(ticketPath(id, '/answer'), { method: 'POST', data: { text } }))
}
