// A published matter at a version never changes, so each instance keeps the ones it has read (platform/read-cache):
// submitting and showing cases read the guide's materials and form without a database round trip.
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import type { UseCaseContext } from '../platform/use-case';

export interface PublishedMatterRow {
  version: number;
  matterId: string;
  name: string;
  level: number;
  departmentCode: string;
  handheld: boolean;
  status: 'in_use' | 'paused' | 'cancelled';
  content: MatterSource;
}

export function publishedMatter(ctx: Pick<UseCaseContext, 'db' | 'memo'>, version: number, matterId: string): Promise<PublishedMatterRow | null> {
  return ctx.memo.forever(`published-matter:${version}:${matterId}`, async () => {
    const row = await ctx.db.publishedMatter.findUnique({
      where: { version_matterId: { version, matterId } },
      select: { version: true, matterId: true, name: true, level: true, departmentCode: true, handheld: true, status: true, content: true },
    });
    return row ? { ...row, content: row.content as unknown as MatterSource } : null;
  });
}
