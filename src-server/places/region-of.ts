// One division by its code, as the routing and the cases read it. Divisions are loaded at start from the
// committed file and never change while the server runs, so each instance remembers those it has read.
import type { UseCaseContext } from '../platform/use-case';

export interface RegionRef {
  code: string;
  name: string;
  level: 'city' | 'county' | 'township' | 'village';
}

export function regionOf(ctx: Pick<UseCaseContext, 'db' | 'memo'>, code: string): Promise<RegionRef | null> {
  return ctx.memo.forever(`region:${code}`, () => ctx.db.region.findUnique({ where: { code }, select: { code: true, name: true, level: true } }));
}
