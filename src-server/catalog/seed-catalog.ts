// Loads the committed Anyang catalog: departments and matter drafts that do not exist yet (an admin's later
// edits are kept), the counties' delegation lists when there are none, then publishes version 1 when nothing
// has been published. Idempotent, so every start and
// every instance may run it.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { DepartmentSource } from '../../src-shared/contracts/catalog-source';
import { readDepartmentSources } from './catalog-files';
import { publishCatalog } from './publish-catalog';
import { seedDelegations } from '../delegations/seed-delegations';

export async function seedCatalog(
  prisma: PrismaClient,
  sources: DepartmentSource[] = readDepartmentSources(),
): Promise<{ created: number; published: number | null; delegations: number }> {
  let created = 0;
  for (const d of sources) {
    await prisma.department.upsert({
      where: { code: d.code },
      create: { code: d.code, name: d.name, shortName: d.shortName, bodyName: d.bodyName, window: d.window },
      update: { name: d.name, shortName: d.shortName, bodyName: d.bodyName, window: d.window },
    });
    const existing = new Set(
      (await prisma.matterDraft.findMany({ where: { departmentCode: d.code }, select: { key: true } })).map((m) => m.key),
    );
    const fresh = d.matters.filter((m) => !existing.has(m.key));
    if (fresh.length > 0) {
      await prisma.matterDraft.createMany({
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
  const delegations = await seedDelegations(prisma);
  const first = await publishCatalog(prisma, { actorKind: 'system', actorId: 'seed' }, '安阳市掌上办事项目录首次发布', {
    onlyIfFirst: true,
  });
  return { created, published: first?.version ?? null, delegations };
}
