// Loads the committed Anyang catalog: departments and matter drafts that do not exist yet (an admin's later
// edits are kept), the counties' delegation lists when there are none, then publishes version 1 when nothing
// has been published. Idempotent, so every start and
// every instance may run it.
import type { Prisma } from '../generated/prisma/client';
import type { UseCaseContext } from '../platform/use-case';
import type { DepartmentSource } from '../../src-shared/contracts/catalog-source';
import { readDepartmentSources } from './catalog-files';
import { publishCatalog } from './publish-catalog';
import { seedDelegations } from '../delegations/seed-delegations';

export async function seedCatalog(
  ctx: UseCaseContext,
  sources: DepartmentSource[] = readDepartmentSources(),
): Promise<{ created: number; published: number | null; delegations: number }> {
  let created = 0;
  // Two reads on an already seeded database, so that every start stays quick.
  const [departments, drafts] = await Promise.all([
    ctx.db.department.findMany(),
    ctx.db.matterDraft.findMany({ select: { key: true } }),
  ]);
  const known = new Map(departments.map((d) => [d.code, d]));
  const existing = new Set(drafts.map((m) => m.key));
  for (const d of sources) {
    const row = { code: d.code, name: d.name, shortName: d.shortName, bodyName: d.bodyName, window: d.window };
    const have = known.get(d.code);
    if (!have || have.name !== row.name || have.shortName !== row.shortName || have.bodyName !== row.bodyName || have.window !== row.window) {
      await ctx.db.department.upsert({ where: { code: d.code }, create: row, update: row });
    }
    const fresh = d.matters.filter((m) => !existing.has(m.key));
    if (fresh.length > 0) {
      await ctx.db.matterDraft.createMany({
        data: fresh.map((m) => ({
          key: m.key, itemCode: m.itemCode, departmentCode: d.code, name: m.name,
          content: m as unknown as Prisma.InputJsonValue, origin: 'seed',
        })),
        skipDuplicates: true,
      });
      created += fresh.length;
    }
  }
  if (sources.length === 0) return { created, published: null, delegations: 0 };
  const delegations = await seedDelegations(ctx);
  const first = await publishCatalog(ctx, { note: '安阳市掌上办事项目录首次发布', onlyIfFirst: true });
  return { created, published: first?.version ?? null, delegations };
}
