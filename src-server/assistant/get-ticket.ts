// Use case: one consultation ticket with the conversation before it, for the staff of its queue (404 otherwise).
import type { TicketDetail } from '../../src-shared/contracts/chat';
import { staffOf, type UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import { staffCoversQueue } from '../queues/queue-access';
import type { PublishedCatalog } from '../catalog/published-catalog';
import { presentTicket, ticketSelect, type TicketRow } from './present-ticket';

/** The ticket if the caller's scope covers its queue; otherwise it does not exist for them. */
export async function ticketInScope(ctx: UseCaseContext, id: string): Promise<TicketRow> {
  const row = await ctx.db.consultationTicket.findUnique({ where: { id }, select: ticketSelect });
  if (!row || !staffCoversQueue(staffOf(ctx), row.queue)) throw Errors.notFound('没有找到这个咨询单');
  return row;
}

export async function getTicket(ctx: UseCaseContext, input: { id: string }, published: PublishedCatalog): Promise<TicketDetail> {
  const row = await ticketInScope(ctx, input.id);
  const [turns, snapshot] = await Promise.all([
    ctx.db.chatTurn.findMany({ where: { sessionId: row.sessionId }, orderBy: { seq: 'asc' }, take: 200, select: { author: true, text: true, createdAt: true } }),
    published.current(),
  ]);
  return { ...presentTicket(row, snapshot), conversation: turns.map((t) => ({ author: t.author, text: t.text, at: t.createdAt.toISOString() })) };
}
