// Use case: staff look up a resident within their scope; numbers masked.
import type { Services } from '../services';
import type { StaffActor } from './actor';
import { presentProfile } from './presenters';
import { residentInScope } from './resident-in-scope';

export async function getResidentForStaff(services: Services, actor: StaffActor, residentId: string) {
  const resident = await residentInScope(services, actor, residentId);
  return { id: resident.id, profile: await presentProfile(services.db.prisma, resident) };
}
