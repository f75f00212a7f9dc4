// Use case: the catalog's figures against the reform's targets, counted from the published version.
import type { UseCaseContext } from '../platform/use-case';
import { catalogTargets } from '../../src-shared/contracts/catalog';
import { currentVersion } from './current-version';

export async function catalogStats(ctx: UseCaseContext) {
  const version = await currentVersion(ctx);
  const published = await ctx.db.catalogVersion.findUniqueOrThrow({ where: { version } });
  const figure = async (flag: 'handheld' | 'township' | 'village') => {
    const groups = await ctx.db.publishedMatter.groupBy({
      by: ['departmentCode'], where: { version, status: 'in_use', [flag]: true }, _count: { _all: true },
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
    total: await ctx.db.publishedMatter.count({ where: { version, status: 'in_use' } }),
    handheld: await figure('handheld'),
    township: await figure('township'),
    village: await figure('village'),
  };
}
