// Use case: the catalog's figures against the reform's targets, counted from the published version.
import type { PrismaClient } from '../generated/prisma/client';
import { catalogTargets } from '../../src-shared/contracts/catalog';
import { currentVersion } from './current-version';

export async function catalogStats(prisma: PrismaClient) {
  const version = await currentVersion(prisma);
  const published = await prisma.catalogVersion.findUniqueOrThrow({ where: { version } });
  const figure = async (flag: 'handheld' | 'township' | 'village') => {
    const groups = await prisma.publishedMatter.groupBy({
      by: ['departmentCode'], where: { version, status: '在用', [flag]: true }, _count: { _all: true },
    });
    return {
      matters: groups.reduce((n, g) => n + g._count._all, 0),
      departments: groups.length,
      target: catalogTargets[flag],
    };
  };
  return {
    version,
    publishedAt: published.publishedAt.toISOString(),
    total: await prisma.publishedMatter.count({ where: { version, status: '在用' } }),
    handheld: await figure('handheld'),
    township: await figure('township'),
    village: await figure('village'),
  };
}
