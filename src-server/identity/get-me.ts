// Use case: who am I (resident with profile, or staff with role and scope).
import { actorOf, type UseCaseContext } from '../platform/use-case';
import { presentResidentUser, presentStaffUser } from './presenters';

export async function getMe(ctx: UseCaseContext) {
  const actor = actorOf(ctx);
  if (actor.kind === 'staff') return presentStaffUser(ctx, actor.staffId);
  return presentResidentUser(ctx, await ctx.db.resident.findUniqueOrThrow({ where: { id: actor.residentId } }));
}
