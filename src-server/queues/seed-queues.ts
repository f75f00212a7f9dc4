// Queues exist for every place that can receive a case: each village station, township centre, each
// department in each county and each city department. Rebuilt from the divisions and the departments; a queue
// is never deleted (cases refer to it), names follow the reference data.
import { audit } from '../platform/audit';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { queueId, type QueueKind } from '../routing/decide-queue';
import { queueName } from './queue-names';

interface QueueRow {
  id: string;
  kind: QueueKind;
  regionCode: string;
  departmentCode: string | null;
  countyCode: string;
  name: string;
}

export async function seedQueues(ctx: UseCaseContext): Promise<{ queues: number }> {
  const regions = await ctx.db.region.findMany({ where: { level: { in: ['city', 'county', 'township', 'village'] } }, select: { code: true, name: true, level: true } });
  const departments = await ctx.db.department.findMany({ select: { code: true, name: true, bodyName: true } });
  const rows: QueueRow[] = [];
  const add = (kind: QueueKind, regionCode: string, name: string, department: { code: string } | null, countyCode: string) =>
    rows.push({ id: queueId(kind, regionCode, department?.code ?? null), kind, regionCode, departmentCode: department?.code ?? null, countyCode, name });
  for (const r of regions) {
    if (r.level === 'village') add('village', r.code, queueName('village', r.name, null), null, r.code.slice(0, 6));
    if (r.level === 'township') add('township', r.code, queueName('township', r.name, null), null, r.code.slice(0, 6));
    for (const d of departments) {
      if (r.level === 'county') add('county_department', r.code, queueName('county_department', r.name, d), d, r.code);
      if (r.level === 'city') add('city_department', r.code, queueName('city_department', r.name, d), d, r.code);
    }
  }
  return inTransaction(ctx, async (tx) => {
    const existing = new Map((await tx.db.queue.findMany({ select: { id: true, name: true } })).map((q) => [q.id, q.name]));
    const fresh = rows.filter((r) => !existing.has(r.id));
    for (let i = 0; i < fresh.length; i += 1000) await tx.db.queue.createMany({ data: fresh.slice(i, i + 1000), skipDuplicates: true });
    for (const r of rows.filter((q) => existing.has(q.id) && existing.get(q.id) !== q.name)) {
      await tx.db.queue.update({ where: { id: r.id }, data: { name: r.name } });
    }
    if (fresh.length > 0) await audit(tx, { action: 'queues.seed', details: { created: fresh.length } });
    return { queues: rows.length };
  }, { timeout: 60_000 });
}
