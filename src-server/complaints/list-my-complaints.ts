// Use case: the resident's own complaints and suggestions, newest first, with their answers.
import type { ComplaintPage } from '../../src-shared/contracts/complaints';
import { residentOf, type UseCaseContext } from '../platform/use-case';
import { presentComplaints } from './present-complaint';

export async function listMyComplaints(ctx: UseCaseContext, input: { status?: 'open' | 'answered'; page: number; pageSize: number }): Promise<ComplaintPage> {
  const where = { residentId: residentOf(ctx).residentId, ...(input.status ? { status: input.status } : {}) };
  const [rows, total] = await Promise.all([
    ctx.db.complaint.findMany({ where, orderBy: { createdAt: 'desc' }, skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
    ctx.db.complaint.count({ where }),
  ]);
  return { items: await presentComplaints(ctx, rows), total, page: input.page, pageSize: input.pageSize };
}
