// Use case: the family members a resident may act for (亲情代办), oldest binding first.
import { residentOf, type UseCaseContext } from '../platform/use-case';
import { presentFamilyMember } from './present-family-member';

export async function listFamilyMembers(ctx: UseCaseContext) {
  const members = await ctx.db.familyMember.findMany({ where: { residentId: residentOf(ctx).residentId }, orderBy: { createdAt: 'asc' } });
  return members.map(presentFamilyMember);
}
