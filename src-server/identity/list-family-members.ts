// Use case: the family members a resident may act for (亲情代办), oldest binding first.
import type { Services } from '../services';
import type { ResidentActor } from './actor';
import { presentFamilyMember } from './present-family-member';

export async function listFamilyMembers({ db }: Services, actor: ResidentActor) {
  const members = await db.prisma.familyMember.findMany({ where: { residentId: actor.residentId }, orderBy: { createdAt: 'asc' } });
  return members.map(presentFamilyMember);
}
