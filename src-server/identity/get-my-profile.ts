// Use case: a resident's own profile, masked unless they ask for their own full numbers.
import { residentOf, type UseCaseContext } from '../platform/use-case';
import { presentProfile } from './presenters';

/** The owner's own profile; `full` shows their own full ID and phone numbers (only ever to themselves). */
export async function getMyProfile(ctx: UseCaseContext, { full }: { full: boolean }) {
  const resident = await ctx.db.resident.findUniqueOrThrow({ where: { id: residentOf(ctx).residentId } });
  return presentProfile(ctx, resident, { full });
}
