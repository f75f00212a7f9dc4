// Use case: 申诉审核 — the appeals of the ratings of the admin's county (the city admin: all), waiting ones oldest first.
import type { AppealPage } from '../../src-shared/contracts/ratings';
import { staffOf, type UseCaseContext } from '../platform/use-case';
import { presentAppeals } from './present';
import { adminCounties } from './rating-access';

export async function listAppeals(ctx: UseCaseContext, input: { status?: 'pending' | 'upheld' | 'rejected'; page: number; pageSize: number }): Promise<AppealPage> {
  const counties = adminCounties(staffOf(ctx));
  const where = { ...(counties ? { rating: { countyCode: { in: counties } } } : {}), ...(input.status ? { status: input.status } : {}) };
  const [rows, total] = await Promise.all([
    ctx.db.ratingAppeal.findMany({ where, include: { rating: true }, orderBy: [{ status: 'asc' }, { createdAt: 'asc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
    ctx.db.ratingAppeal.count({ where }),
  ]);
  return { items: await presentAppeals(ctx, rows), total, page: input.page, pageSize: input.pageSize };
}
