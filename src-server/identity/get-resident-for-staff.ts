// Use case: staff look up a resident within their scope; numbers masked.
import type { UseCaseContext } from '../platform/use-case';
import { presentProfile } from './presenters';
import { residentInScope } from './resident-in-scope';

export async function getResidentForStaff(ctx: UseCaseContext, { id }: { id: string }) {
  const resident = await residentInScope(ctx, id);
  return { id: resident.id, profile: await presentProfile(ctx, resident) };
}
