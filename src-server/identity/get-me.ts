// Use case: who am I (resident with profile, or staff with role and scope).
import type { Services } from '../services';
import type { Actor } from './actor';
import { presentProfile, presentResidentUser, presentStaffUser } from './presenters';

export async function getMe({ db }: Services, actor: Actor) {
  if (actor.kind === 'staff') return presentStaffUser(db.prisma, actor.staffId);
  return presentResidentUser(db.prisma, await db.prisma.resident.findUniqueOrThrow({ where: { id: actor.residentId } }));
}

/** The owner's own profile; `full` shows their own full ID and phone numbers (only ever to themselves). */
export async function getMyProfile({ db, pii }: Services, residentId: string, full: boolean) {
  const resident = await db.prisma.resident.findUniqueOrThrow({ where: { id: residentId } });
  return presentProfile(db.prisma, resident, full ? { pii } : undefined);
}
