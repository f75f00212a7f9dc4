// Renderer-free logic of the assistant's screens (no Taro: tested in tests/miniapp/chat-view.test.ts): a
// conversation's turns as bubbles, what each reply renders as, the open hand-over, the conversation kept on the
// phone, and the clerks' consultation tickets.
import type { ChatCase, ChatMatter, ChatReply, ChatTurn, TicketDetail, TicketSummary } from '@shared/contracts/chat'
import type { KeyValueStorage } from '../services/sessionStore'
import { chinaDateTime } from './caseView'

export type Author = ChatTurn['author']

/** Who a bubble is from, as the resident reads it. */
export const AUTHOR_NAMES: Record<Author, string> = { resident: '我', assistant: '智能客服', clerk: '人工客服' }

/** What one reply of the assistant renders as inside its bubble. */
export type ReplyView =
  | { kind: 'text'; text: string }
  | { kind: 'matters'; items: ChatMatter[] }
  | { kind: 'cases'; items: ChatCase[] }
  | { kind: 'handoff'; ticketId: string; text: string; status: 'open' | 'answered'; statusText: string }

export interface Bubble {
  key: string
  author: Author
  authorName: string
  /** Paragraphs: the turn's text, or the assistant's text replies. */
  paragraphs: string[]
  /** Cards and the hand-over notice, in the order the assistant gave them. */
  parts: ReplyView[]
  /** Quick-reply chips: only under the newest bubble (older ones answered a question since gone). */
  chips: string[]
  /** What 长按复制 copies. */
  copyText: string
  /** The resident's question on its way (发送中). */
  sending?: boolean
}

export function handoffText(queueName: string): string {
  return `已转人工：${queueName}，工作人员答复后会显示在这里`
}

/**
 * The replies of one turn, as they render (quick replies are taken apart: see Bubble.chips). A hand-over in
 * `answered` shows as answered (the stored reply keeps the status it was sent with).
 */
export function replyViews(replies: readonly ChatReply[], answered: ReadonlySet<string> = new Set()): ReplyView[] {
  const views: ReplyView[] = []
  for (const reply of replies) {
    if (reply.type === 'text') {
      if (reply.text.trim()) views.push({ kind: 'text', text: reply.text })
    } else if (reply.type === 'matters') {
      if (reply.items.length > 0) views.push({ kind: 'matters', items: reply.items })
    } else if (reply.type === 'cases') {
      if (reply.items.length > 0) views.push({ kind: 'cases', items: reply.items })
    } else if (reply.type === 'handoff') {
      const status = answered.has(reply.ticketId) ? 'answered' : reply.status
      views.push({
        kind: 'handoff',
        ticketId: reply.ticketId,
        text: handoffText(reply.queueName),
        status,
        statusText: status === 'answered' ? '已答复' : '等待答复'
      })
    }
  }
  return views
}

function quickReplies(replies: readonly ChatReply[]): string[] {
  const options: string[] = []
  for (const reply of replies) {
    if (reply.type !== 'quick_replies') continue
    for (const option of reply.options) if (option.trim() && !options.includes(option)) options.push(option)
  }
  return options
}

/** One turn as a bubble; `newest` decides whether its quick replies are offered. */
export function bubbleOf(turn: Pick<ChatTurn, 'seq' | 'author' | 'text' | 'replies'>, newest: boolean, answered?: ReadonlySet<string>): Bubble {
  const views = replyViews(turn.replies, answered)
  const texts = views.flatMap((v) => (v.kind === 'text' ? [v.text] : []))
  // The assistant's words are in its text replies; turn.text stands in when there are none (and for people).
  const paragraphs = texts.length > 0 ? texts : turn.text.trim() ? [turn.text] : []
  const parts = views.filter((v) => v.kind !== 'text')
  const copy = [
    ...paragraphs,
    ...parts.flatMap((p) =>
      p.kind === 'handoff' ? [p.text] : p.kind === 'matters' ? p.items.map((m) => m.name) : p.items.map((c) => `${c.receiptNo} ${c.matterName} ${c.statusName}`)
    )
  ]
  return {
    key: `turn-${turn.seq}`,
    author: turn.author,
    authorName: AUTHOR_NAMES[turn.author],
    paragraphs,
    parts,
    chips: newest && turn.author === 'assistant' ? quickReplies(turn.replies) : [],
    copyText: copy.join('\n')
  }
}

/** The conversation as bubbles, oldest first, with the question being sent (if any) last. */
export function bubblesOf(turns: readonly ChatTurn[], sending: string | null = null): Bubble[] {
  const sorted = [...turns].sort((a, b) => a.seq - b.seq)
  const answered = answeredHandoffs(sorted)
  const bubbles = sorted.map((turn, i) => bubbleOf(turn, sending === null && i === sorted.length - 1, answered))
  if (sending !== null) {
    bubbles.push({ ...bubbleOf({ seq: -1, author: 'resident', text: sending, replies: [] }, false), key: 'sending', sending: true })
  }
  return bubbles
}

/** The hand-overs a clerk has written after (turns in order). */
function answeredHandoffs(sorted: readonly ChatTurn[]): Set<string> {
  const seen: string[] = []
  const answered = new Set<string>()
  for (const turn of sorted) {
    if (turn.author === 'clerk') for (const id of seen.splice(0)) answered.add(id)
    for (const reply of turn.replies) if (reply.type === 'handoff') seen.push(reply.ticketId)
  }
  return answered
}

/**
 * The hand-over still waiting for a clerk: the newest handoff reply, unless it says answered or a clerk has
 * written since. While there is one, the chat page asks for the history every few seconds.
 */
export function openHandoff(turns: readonly ChatTurn[]): string | null {
  const sorted = [...turns].sort((a, b) => a.seq - b.seq)
  let open: string | null = null
  for (const turn of sorted) {
    if (turn.author === 'clerk') open = null
    for (const reply of turn.replies) {
      if (reply.type === 'handoff') open = reply.status === 'open' ? reply.ticketId : null
    }
  }
  return open
}

/** How often the chat asks for a clerk's answer while a hand-over is open and the page is shown. */
export const HANDOFF_POLL_MS = 5_000

/**
 * The turns after a question was answered, before the history is asked again: the question and the answer with
 * the next numbers (the server numbers turns one by one; the next history replaces them anyway).
 */
export function appendExchange(turns: readonly ChatTurn[], question: string, replies: ChatReply[], at: string): ChatTurn[] {
  const last = turns.reduce((max, t) => Math.max(max, t.seq), 0)
  return [
    ...turns,
    { seq: last + 1, author: 'resident', text: question, replies: [], at },
    { seq: last + 2, author: 'assistant', text: '', replies, at }
  ]
}

export const MAX_QUESTION_LENGTH = 200

/** 发送 is offered when something is typed and nothing is on its way. */
export function canSend(text: string, sending: boolean): boolean {
  return !sending && text.trim().length > 0
}

/** What the assistant says first, on an empty conversation, and the questions offered under it. */
export const WELCOME_TEXT = '您好，我是掌上办智能客服。可以问我办什么事、要带什么材料、多久能办好、在哪里办，也可以查询您的办件进度。'
export const COMMON_QUESTIONS = ['残疾证怎么办', '社保卡丢了', '办身份证要带什么', '我的办件到哪一步了', '转人工']

/** The greeting of an empty conversation, as a bubble of the assistant with the common questions as chips. */
export function welcomeBubble(): Bubble {
  return {
    key: 'welcome',
    author: 'assistant',
    authorName: AUTHOR_NAMES.assistant,
    paragraphs: [WELCOME_TEXT, '常用问题：'],
    parts: [],
    chips: [...COMMON_QUESTIONS],
    copyText: WELCOME_TEXT
  }
}

// ---- the conversation kept on the phone ----------------------------------------------------------------------

const SESSION_KEY = 'zsb.chatSession'

/**
 * The conversation to reopen, kept per signed-in person: a conversation begun by a resident belongs to them, so
 * another account (or nobody) on the same phone starts its own. One begun signed out is anyone's until someone
 * continues it (the server then gives it to them), so it reopens after signing in too. `owner` is the user id,
 * '' when signed out.
 */
export function createChatSessionStore(storage: KeyValueStorage) {
  return {
    read(owner: string): string | null {
      const value = storage.get(SESSION_KEY)
      if (typeof value !== 'object' || value === null) return null
      const { id, owner: kept } = value as { id?: unknown; owner?: unknown }
      return typeof id === 'string' && id && (kept === owner || kept === '') ? id : null
    },
    save(owner: string, id: string): void {
      storage.set(SESSION_KEY, { id, owner })
    },
    clear(): void {
      storage.remove(SESSION_KEY)
    }
  }
}

// ---- consultation tickets (clerks) ---------------------------------------------------------------------------

export type TicketStatus = TicketSummary['status']

export const TICKET_TABS: readonly { value: TicketStatus; label: string }[] = [
  { value: 'open', label: '待答复' },
  { value: 'answered', label: '已答复' }
]

/** A ticket's second line in the list: queue, matter, why it was handed over, when. */
export function ticketLine(ticket: TicketSummary): string {
  return [ticket.queue.name, ticket.matter?.name, ticket.reasonName, chinaDateTime(ticket.createdAt)].filter(Boolean).join(' · ')
}

/** The conversation before the hand-over, each line with who said it and when. */
export function conversationLines(ticket: Pick<TicketDetail, 'conversation'>): { key: string; author: Author; who: string; text: string; at: string }[] {
  const who: Record<Author, string> = { resident: '居民', assistant: '智能客服', clerk: '人工客服' }
  return ticket.conversation.map((line, i) => ({ key: `line-${i}`, author: line.author, who: who[line.author], text: line.text, at: chinaDateTime(line.at) }))
}

/** The clerk's answer before it is sent, with the contract's own messages (TicketAnswerBody). */
export function checkAnswer(text: string): string | null {
  const clean = text.trim()
  if (!clean) return '请输入答复内容'
  if (clean.length < 2) return '答复至少 2 个字'
  if (clean.length > 1000) return '答复不能超过 1000 个字'
  return null
}

/** Who answered and when, under an answered ticket. */
export function answeredLine(ticket: TicketSummary): string {
  return [ticket.answeredBy, ticket.answeredAt ? chinaDateTime(ticket.answeredAt) : null].filter(Boolean).join(' · ')
}

/** Whether a question asks for a person (转人工, 人工客服 …): the moment to offer the notice of the clerk's answer. */
export const asksForPerson = (text: string): boolean => /人工|真人|客服人员|工作人员/.test(text)
