// What a queue is called where a resident or a clerk reads it; the routing preview and the queue table share it.
import type { QueueKind } from '../routing/decide-queue';

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
