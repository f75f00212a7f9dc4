// Use case: the consultation tickets in the queues a staff member covers (the workbench's 咨询工单), oldest
// waiting first; answered ones newest first.
import type { TicketPage } from '../../src-shared/contracts/chat';
import { staffOf, type UseCaseContext } from '../platform/use-case';
import { queueWhereFor } from '../queues/queue-access';
import type { PublishedCatalog } from '../catalog/published-catalog';
import { presentTicket, ticketSelect } from './present-ticket';

export async function listTickets(
  ctx: UseCaseContext,
  input: { status: 'open' | 'answered'; page: number; pageSize: number },
  published: PublishedCatalog,
): Promise<TicketPage> {
  const where = { status: input.status, queue: queueWhereFor(staffOf(ctx)) };
  const [rows, total, snapshot] = await Promise.all([
    ctx.db.consultationTicket.findMany({
      where, select: ticketSelect, orderBy: { createdAt: input.status === 'open' ? 'asc' : 'desc' },
      skip: (input.page - 1) * input.pageSize, take: input.pageSize,
    }),
    ctx.db.consultationTicket.count({ where }),
    published.current(),
  ]);
  return { items: rows.map((r) => presentTicket(r, snapshot)), total, page: input.page, pageSize: input.pageSize };
}
