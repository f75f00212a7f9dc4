// Use case: where a clerk may transfer a case — the county's township centres and departments and the village
// stations of the case's township (the city admin: every county's centres and departments).
import { Errors } from '../platform/errors';
import { staffOf, type UseCaseContext } from '../platform/use-case';
import { viewerOf } from './case-access';

export async function transferTargets(ctx: UseCaseContext, { id }: { id: string }) {
  const actor = staffOf(ctx);
  const row = await ctx.db.application.findUnique({ where: { id }, include: { queue: true } });
  const viewer = viewerOf(ctx, row);
  if (viewer.kind !== 'staff' || !viewer.covers) throw Errors.notFound('没有找到这个办件');
  const township = row!.regionCode.slice(0, 9);
  const queues = await ctx.db.queue.findMany({
    where: {
      id: { not: row!.queueId },
      OR: [
        { countyCode: actor.role === 'city_admin' ? undefined : row!.countyCode, kind: { in: ['township', 'county_department'] } },
        { kind: 'village', regionCode: { startsWith: township } },
        ...(actor.role === 'city_admin' ? [{ kind: 'city_department' as const }] : []),
      ],
    },
    orderBy: [{ countyCode: 'asc' }, { kind: 'asc' }, { id: 'asc' }],
    select: { id: true, kind: true, name: true },
  });
  return queues;
}
