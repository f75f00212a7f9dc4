// Use case: a county's delegation list (a county admin sees their county; the city admin any county).
import type { Prisma } from '../generated/prisma/client';
import { staffOf, type UseCaseContext } from '../platform/use-case';
import { presentDelegation } from './present-delegation';

export async function listDelegations(
  ctx: UseCaseContext,
  q: { county?: string; matterId?: string; page: number; pageSize: number },
) {
  const actor = staffOf(ctx);
  const own = actor.scopes.filter((s) => s.kind === 'county').map((s) => s.regionCode);
  const counties = actor.role === 'city_admin' ? (q.county ? [q.county] : undefined) : own.filter((c) => !q.county || c === q.county);
  const where: Prisma.DelegationWhereInput = {
    ...(counties ? { countyCode: { in: counties } } : {}),
    ...(q.matterId ? { matterId: q.matterId } : {}),
  };
  // The seed writes a county's list in one statement (one createdAt): the id keeps pages from overlapping.
  const [total, rows] = await Promise.all([
    ctx.db.delegation.count({ where }),
    ctx.db.delegation.findMany({ where, orderBy: [{ countyCode: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
  ]);
  const today = ctx.clock.today();
  const names = new Map(
    (await ctx.db.matterDraft.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.matterId))] } }, select: { id: true, name: true } })).map((m) => [m.id, m.name]),
  );
  return { items: rows.map((r) => ({ ...presentDelegation(r, today), matterName: names.get(r.matterId) ?? '' })), total, page: q.page, pageSize: q.pageSize };
}
