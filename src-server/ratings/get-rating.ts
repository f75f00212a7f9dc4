// Use case: a case's rating as its resident or a staff member in scope sees it — the rating, its follow-up (the
// resident sees the deadlines and the reply, not the clerks' notes), and whether the resident may rate or re-rate.
import { followUpStatusLabels, type RatingView } from '../../src-shared/contracts/ratings';
import { Errors } from '../platform/errors';
import type { UseCaseContext } from '../platform/use-case';
import { presentRating } from './present';
import { caseSelect, residentCase, staffCovers } from './rating-access';
import { RATABLE_STATUSES } from './rate-case';

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function getRating(ctx: UseCaseContext, { applicationId }: { applicationId: string }): Promise<RatingView> {
  const caller = ctx.caller;
  let isResident = false;
  let app;
  if (caller?.kind === 'resident') {
    app = await residentCase(ctx, caller.residentId, applicationId);
    isResident = true;
  } else if (caller?.kind === 'staff') {
    app = await ctx.db.application.findUnique({ where: { id: applicationId }, select: caseSelect });
    if (!app || !(await staffCovers(ctx, caller, app.queueId))) throw Errors.notFound('没有找到这个办件');
  } else {
    throw Errors.unauthenticated();
  }
  const rating = await ctx.db.rating.findUnique({ where: { applicationId: app.id }, include: { followUp: true } });
  const f = rating?.followUp ?? null;
  return {
    rating: rating ? presentRating(rating) : null,
    followUp: f
      ? { status: f.status, statusLabel: followUpStatusLabels[f.status], callBackDue: day(f.callBackDue), replyDue: day(f.replyDue), reply: f.reply, repliedAt: f.repliedAt?.toISOString() ?? null }
      : null,
    canRate: isResident && !rating && (RATABLE_STATUSES as readonly string[]).includes(app.status),
    canReRate: isResident && Boolean(rating) && f?.status === 'replied' && rating!.reRatedAt === null,
  };
}
