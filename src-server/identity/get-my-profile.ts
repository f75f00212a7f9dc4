// Use case: a resident's own profile, masked unless they ask for their own full numbers.
import type { Services } from '../services';
import { presentProfile } from './presenters';

/** The owner's own profile; `full` shows their own full ID and phone numbers (only ever to themselves). */
export async function getMyProfile({ db, pii }: Services, residentId: string, full: boolean) {
  const resident = await db.prisma.resident.findUniqueOrThrow({ where: { id: residentId } });
  return presentProfile(db.prisma, resident, full ? { pii } : undefined);
}
