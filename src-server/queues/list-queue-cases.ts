// Use case: a queue's cases for the workbench — personal data masked, clock flag, sorted by due date, with
// filters (status, flag, mine/unclaimed, receipt number or name).
import type { Prisma } from '../generated/prisma/client';
import type { CaseStatus } from '../../src-shared/applications/state-machine';
import { Errors } from '../platform/errors';
import { staffOf, type UseCaseContext } from '../platform/use-case';
import { staffCoversQueue } from './queue-access';
import { presentSummary, summarySelect } from '../applications/present-summary';
import { dateColumn } from '../../src-shared/calendar/china-date';

export async function listQueueCases(
  ctx: UseCaseContext,
  input: { queueId: string; status?: CaseStatus; flag?: 'warning' | 'alarm' | 'yellow' | 'red'; claimed: 'mine' | 'unclaimed' | 'any'; q?: string; sort: 'due' | 'submitted'; page: number; pageSize: number },
) {
  const actor = staffOf(ctx);
  const queue = await ctx.db.queue.findUnique({ where: { id: input.queueId } });
  if (!queue || !staffCoversQueue(actor, queue)) throw Errors.notFound('没有找到这个窗口队列');
  const today = dateColumn(ctx.clock.today());
  const where: Prisma.ApplicationWhereInput = {
    queueId: queue.id,
    status: input.status ?? { in: ['submitted', 'correction', 'accepted', 'special'] },
    ...(input.flag ? { AND: [flagWhere(input.flag, today)] } : {}),
    ...(input.claimed === 'mine' ? { claimedBy: actor.staffId } : input.claimed === 'unclaimed' ? { claimedBy: null } : {}),
    ...(input.q ? { OR: [{ receiptNo: { contains: input.q } }, { applicantName: { contains: input.q } }, { matterName: { contains: input.q } }] } : {}),
  };
  const orderBy: Prisma.ApplicationOrderByWithRelationInput[] =
    input.sort === 'due' ? [{ dueDate: { sort: 'asc', nulls: 'last' } }, { submittedAt: 'asc' }] : [{ submittedAt: 'desc' }];
  const [rows, total] = await Promise.all([
    ctx.db.application.findMany({ where, orderBy, skip: (input.page - 1) * input.pageSize, take: input.pageSize, select: summarySelect }),
    ctx.db.application.count({ where }),
  ]);
  return { items: await presentSummary(ctx, rows, { masked: true }), total, page: input.page, pageSize: input.pageSize };
}

/** The cases of one flag: the same rules as the flag itself (applications/present-summary.ts) and the queue's counts. */
function flagWhere(flag: 'warning' | 'alarm' | 'yellow' | 'red', today: Date): Prisma.ApplicationWhereInput {
  switch (flag) {
    case 'warning':
      return { status: 'submitted', warnDate: { lte: today }, dueDate: { gt: today } };
    case 'alarm':
      return { status: 'submitted', dueDate: { lte: today } };
    case 'yellow':
      return { status: { not: 'submitted' }, warnDate: { lte: today }, dueDate: { gte: today } };
    case 'red':
      return { status: { not: 'submitted' }, dueDate: { lt: today } };
  }
}
