// Use case: who am I (resident with profile, or staff with role and scope).
import type { Services } from '../services';
import type { Actor } from './actor';
import { presentResidentUser, presentStaffUser } from './presenters';

export async function getMe({ db }: Services, actor: Actor) {
  if (actor.kind === 'staff') return presentStaffUser(db.prisma, actor.staffId);
  return presentResidentUser(db.prisma, await db.prisma.resident.findUniqueOrThrow({ where: { id: actor.residentId } }));
}
