// What a queue is called where a resident or a clerk reads it; the routing preview and the queue table share it.
import type { QueueKind } from '../routing/decide-queue';
import type { UseCaseContext } from '../platform/use-case';

/** 白马坡村民委员会 → 白马坡村, 东关村村委会 → 东关村, 楼东社区居委会 → 楼东社区: how a station is called. */
export function shortVillageName(name: string): string {
  const village = name.match(/^(.+?)(村民委员会|村委会)$/);
  if (village) return village[1].endsWith('村') ? village[1] : `${village[1]}村`;
  const community = name.match(/^(.+?)(居民委员会|居委会|委员会)$/);
  if (community) return community[1].endsWith('社区') ? community[1] : `${community[1]}社区`;
  return name;
}

export function queueName(kind: QueueKind, regionName: string, department: { name: string; bodyName: string } | null): string {
  switch (kind) {
    case 'village':
      return `${shortVillageName(regionName)}便民服务站`;
    case 'township':
      return `${regionName}党政综合便民服务中心`;
    case 'city_department':
      return `安阳市${department?.name ?? ''}`;
    case 'county_department':
      return (department?.bodyName ?? '{county}').replace('{county}', regionName);
  }
}

/** A queue by its id. Queues are written at start (seed-queues.ts) and never change while the server runs. */
export function queueOf(ctx: Pick<UseCaseContext, 'db' | 'memo'>, id: string) {
  return ctx.memo.forever(`queue:${id}`, () => ctx.db.queue.findUnique({ where: { id } }));
}
