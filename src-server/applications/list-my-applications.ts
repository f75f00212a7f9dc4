// Use case: 我的办件 — the cases a resident follows: their own, those filed for them at a station, and those
// they filed for a family member.
import type { Prisma } from '../generated/prisma/client';
import { residentOf, type UseCaseContext } from '../platform/use-case';
import { presentSummary, summarySelect } from './present-summary';

export async function listMyApplications(ctx: UseCaseContext, input: { status?: 'open' | 'ended'; page: number; pageSize: number }) {
  const me = residentOf(ctx);
  const where: Prisma.ApplicationWhereInput = {
    OR: [{ ownerResidentId: me.residentId }, { filedByResidentId: me.residentId }],
    ...(input.status === 'open' ? { status: { in: ['submitted', 'correction', 'accepted', 'special'] } } : input.status === 'ended' ? { status: { in: ['finished', 'denied', 'rejected', 'withdrawn'] } } : {}),
  };
  const [rows, total] = await Promise.all([
    ctx.db.application.findMany({ where, orderBy: { submittedAt: 'desc' }, skip: (input.page - 1) * input.pageSize, take: input.pageSize, select: summarySelect }),
    ctx.db.application.count({ where }),
  ]);
  return { items: await presentSummary(ctx, rows, { masked: false }), total, page: input.page, pageSize: input.pageSize };
}
