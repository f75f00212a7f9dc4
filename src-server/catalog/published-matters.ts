// A published matter at a version never changes, so each instance keeps the ones it has read in memory:
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

const cache = new Map<string, PublishedMatterRow>();
const LIMIT = 5_000;

export async function publishedMatter(ctx: Pick<UseCaseContext, 'db'>, version: number, matterId: string): Promise<PublishedMatterRow | null> {
  const key = `${version}:${matterId}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const row = await ctx.db.publishedMatter.findUnique({
    where: { version_matterId: { version, matterId } },
    select: { version: true, matterId: true, name: true, level: true, departmentCode: true, handheld: true, status: true, content: true },
  });
  if (!row) return null;
  const value = { ...row, content: row.content as unknown as MatterSource };
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}
