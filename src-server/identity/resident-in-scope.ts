// A resident as a staff member may see them: within the staff member's scope, else not found.
import { Errors } from '../platform/errors';
import { staffOf, type UseCaseContext } from '../platform/use-case';
import { regionWhereFor } from './policies';

export async function residentInScope(ctx: UseCaseContext, residentId: string) {
  const resident = await ctx.db.resident.findFirst({ where: { id: residentId, ...regionWhereFor(staffOf(ctx)) } });
  if (!resident) throw Errors.notFound('没有找到这位居民');
  return resident;
}
