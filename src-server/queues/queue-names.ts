// What a queue is called where a resident or a clerk reads it; the routing preview and the queue table share it.
import type { QueueKind } from '../routing/decide-queue';
import type { UseCaseContext } from '../platform/use-case';

export function queueName(kind: QueueKind, regionName: string, department: { name: string; bodyName: string } | null): string {
  switch (kind) {
    case 'village':
      return `${regionName}便民服务站`;
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
