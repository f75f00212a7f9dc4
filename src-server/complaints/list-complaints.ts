// Use case: the complaints and suggestions an admin answers — a county admin their county's, the city admin all —
// waiting ones by due date first.
import type { ComplaintPage } from '../../src-shared/contracts/complaints';
import { staffOf, type UseCaseContext } from '../platform/use-case';
import { adminCounties } from '../ratings/rating-access';
import { presentComplaints } from './present-complaint';

export async function listComplaints(ctx: UseCaseContext, input: { status?: 'open' | 'answered'; page: number; pageSize: number }): Promise<ComplaintPage> {
  const counties = adminCounties(staffOf(ctx));
  const where = { ...(counties ? { countyCode: { in: counties } } : {}), ...(input.status ? { status: input.status } : {}) };
  const [rows, total] = await Promise.all([
    ctx.db.complaint.findMany({ where, orderBy: [{ status: 'asc' }, { dueDate: 'asc' }, { createdAt: 'asc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
    ctx.db.complaint.count({ where }),
  ]);
  return { items: await presentComplaints(ctx, rows), total, page: input.page, pageSize: input.pageSize };
}
