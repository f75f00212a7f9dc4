// Who reaches a rating and its follow-up: the case's resident (its owner, or the resident who filed it for a
// family member), and staff whose scope covers the queue that handled the case (queues/queue-access.ts). Anyone
// else is told it does not exist.
import type { Prisma } from '../generated/prisma/client';
import type { StaffActor } from '../identity/actor';
import { Errors } from '../platform/errors';
import type { UseCaseContext } from '../platform/use-case';
import { queueWhereFor, staffCoversQueue } from '../queues/queue-access';
import { queueOf } from '../queues/queue-names';

export const caseSelect = {
  id: true, receiptNo: true, matterName: true, status: true, ownerResidentId: true, filedByResidentId: true,
  regionCode: true, countyCode: true, queueId: true,
} as const;

/** The case if the resident may rate it (its owner or filer); otherwise not found. */
export async function residentCase(ctx: UseCaseContext, residentId: string, applicationId: string) {
  const row = await ctx.db.application.findUnique({ where: { id: applicationId }, select: caseSelect });
  if (!row || (row.ownerResidentId !== residentId && row.filedByResidentId !== residentId)) throw Errors.notFound('没有找到这个办件');
  return row;
}

/** Whether the staff member's scope covers the queue (unknown queues are covered by nobody but the city admin). */
export async function staffCovers(ctx: UseCaseContext, me: StaffActor, queueId: string): Promise<boolean> {
  const queue = await queueOf(ctx, queueId);
  return queue ? staffCoversQueue(me, queue) : me.role === 'city_admin';
}

/** A rating whose handling queue the staff member covers; otherwise not found. */
export async function ratingInScope(ctx: UseCaseContext, me: StaffActor, ratingId: string) {
  const rating = await ctx.db.rating.findUnique({ where: { id: ratingId } });
  if (!rating || !(await staffCovers(ctx, me, rating.queueId))) throw Errors.notFound('没有找到这条评价');
  return rating;
}

/** A follow-up whose queue the staff member covers; otherwise not found. */
export async function followUpInScope(ctx: UseCaseContext, me: StaffActor, id: string) {
  const row = await ctx.db.ratingFollowUp.findUnique({ where: { id } });
  if (!row || !(await staffCovers(ctx, me, row.queueId))) throw Errors.notFound('没有找到这条差评回访');
  return row;
}

/** The same rule as a filter on a `queueId` column (ratings and follow-ups keep the queue's id, not a relation). */
export async function queueIdWhere(ctx: UseCaseContext, me: StaffActor): Promise<Prisma.StringFilter | undefined> {
  const where = queueWhereFor(me);
  if (Object.keys(where).length === 0) return undefined;
  const queues = await ctx.db.queue.findMany({ where, select: { id: true } });
  return { in: queues.map((q) => q.id) };
}

/** The counties whose admin the staff member is (null: every county, the city admin). */
export function adminCounties(me: StaffActor): string[] | null {
  if (me.role === 'city_admin' || me.scopes.some((s) => s.kind === 'city')) return null;
  return me.scopes.filter((s) => s.kind === 'county').map((s) => s.regionCode);
}

/** A record of a county the admin does not keep is not found for them. */
export function assertAdminOf(me: StaffActor, countyCode: string, what: string): void {
  const counties = adminCounties(me);
  if (counties && !counties.includes(countyCode)) throw Errors.notFound(`没有找到这条${what}`);
}
