// Use case: a conversation's turns (GET /api/chat/:sessionId), to restore it when the page opens again and to
// show a clerk's answer to a hand-over. Only its resident (or anyone, while nobody signed in to it) may read it.
import type { ChatHistory, ChatReply } from '../../src-shared/contracts/chat';
import type { UseCaseContext } from '../platform/use-case';
import { readableSession } from './chat-session';

/** The newest turns a page shows. */
const HISTORY_TURNS = 100;

export async function getChatHistory(ctx: UseCaseContext, input: { sessionId: string }): Promise<ChatHistory> {
  const session = await readableSession(ctx, input.sessionId);
  const [turns, tickets] = await Promise.all([
    ctx.db.chatTurn.findMany({ where: { sessionId: session.id }, orderBy: { seq: 'desc' }, take: HISTORY_TURNS }),
    ctx.db.consultationTicket.findMany({ where: { sessionId: session.id }, select: { id: true, status: true } }),
  ]);
  // A hand-over reply shows its ticket as it is now, not as it was when the reply was sent.
  const statusOf = new Map(tickets.map((x) => [x.id, x.status]));
  const current = (r: ChatReply): ChatReply => (r.type === 'handoff' ? { ...r, status: statusOf.get(r.ticketId) ?? r.status } : r);
  return {
    sessionId: session.id,
    matterId: session.focusMatterId,
    turns: turns.reverse().map((t) => ({
      seq: t.seq,
      author: t.author,
      text: t.text,
      // The resident's and a clerk's turns are their text; the assistant's, the replies as sent.
      replies: ((t.replies as ChatReply[] | null) ?? []).map(current),
      at: t.createdAt.toISOString(),
    })),
  };
}
