// Use case: a clerk answers a hand-over (POST /api/consultations/:id/answer). The answer joins the resident's
// conversation as a turn from 人工客服 (and, for a WeChat user, goes out as a customer-service message); a ticket is
// answered once: a second answer, or one racing the first, is refused and changes nothing.
import type { TicketSummary } from '../../src-shared/contracts/chat';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import { audit } from '../platform/audit';
import type { PublishedCatalog } from '../catalog/published-catalog';
import { appendClerkTurn } from './chat-session';
import { ticketInScope } from './get-ticket';
import { presentTicket, ticketSelect } from './present-ticket';
import { oweAnswerMessage } from '../notifications/owe-message';
import { outboxWritten } from '../notifications/outbox-signal';

export async function answerTicket(
  ctx: UseCaseContext,
  input: { id: string; text: string },
  deps: { published: PublishedCatalog; notifyWechat: (ctx: UseCaseContext, openid: string, text: string) => Promise<unknown> },
): Promise<TicketSummary> {
  const me = staffOf(ctx);
  const row = await ticketInScope(ctx, input.id);
  if (row.status !== 'open') throw Errors.invalidState('ticket_answered', '这个咨询单已经答复过了');
  const now = ctx.clock.now();
  const { updated, openid } = await inTransaction(ctx, async (tx) => {
    // Only an open ticket turns answered: of two clerks answering at once, one wins.
    const changed = await tx.db.consultationTicket.updateMany({
      where: { id: row.id, status: 'open' },
      data: { status: 'answered', answer: input.text, answeredById: me.staffId, answeredBy: me.displayName, answeredAt: now },
    });
    if (changed.count === 0) throw Errors.invalidState('ticket_answered', '这个咨询单已经答复过了');
    await appendClerkTurn(tx, row.sessionId, input.text);
    await audit(tx, { action: 'consultation.answer', subjectType: 'consultation_ticket', subjectId: row.id, details: { queueId: row.queueId } });
    const session = await tx.db.chatSession.findUniqueOrThrow({ where: { id: row.sessionId }, select: { wechatOpenid: true, residentId: true } });
    // A signed-in resident is owed a subscribe message (回复), committed with the answer.
    if (session.residentId) await oweAnswerMessage(tx, { id: row.id, question: row.question, residentId: session.residentId, answer: input.text });
    return { updated: await tx.db.consultationTicket.findUniqueOrThrow({ where: { id: row.id }, select: ticketSelect }), openid: session.wechatOpenid };
  });
  outboxWritten();
  if (openid) {
    // After the commit: the answer is kept in the conversation whether or not WeChat takes the message.
    await deps.notifyWechat(ctx, openid, `工作人员答复：${input.text}`).catch((err) => ctx.log.warn({ err }, 'wechat answer send failed'));
  }
  return presentTicket(updated, await deps.published.current());
}
