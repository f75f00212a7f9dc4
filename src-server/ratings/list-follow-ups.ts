// Use case: 差评回访 — the follow-ups of the queues a staff member covers (a township's clerks and lead: the centre
// and its stations; a department clerk: the department; a county admin: the county; the city admin: all), those
// due first on top, each with its call-back and reply deadlines and overdue flags.
import type { FollowUpPage } from '../../src-shared/contracts/ratings';
import { staffOf, type UseCaseContext } from '../platform/use-case';
import { presentFollowUps } from './present';
import { queueIdWhere } from './rating-access';

export async function listFollowUps(
  ctx: UseCaseContext,
  input: { status?: 'open' | 'called' | 'replied'; page: number; pageSize: number },
): Promise<FollowUpPage> {
  const me = staffOf(ctx);
  const queueId = await queueIdWhere(ctx, me);
  const where = { ...(queueId ? { queueId } : {}), ...(input.status ? { status: input.status } : {}) };
  const [rows, total] = await Promise.all([
    ctx.db.ratingFollowUp.findMany({
      where, include: { rating: true }, orderBy: [{ status: 'asc' }, { replyDue: 'asc' }, { createdAt: 'asc' }],
      skip: (input.page - 1) * input.pageSize, take: input.pageSize,
    }),
    ctx.db.ratingFollowUp.count({ where }),
  ]);
  return { items: await presentFollowUps(ctx, rows), total, page: input.page, pageSize: input.pageSize };
}
