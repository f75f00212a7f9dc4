// Use case: the case's resident rates it once it has ended (办结, 不予受理, 不予许可 — not a withdrawn application),
// once (一事一评: the unique application_id refuses a second, even one racing the first). A 差评 (不满意, 非常不满意)
// opens, in the same transaction, the follow-up of the queue that handled the case: a call back within
// `followUp.callBackDays` and a fix and reply within `followUp.replyDays` working days of the rating date.
import { randomUUID } from 'node:crypto';
import type { RateCase, Rating } from '../../src-shared/contracts/ratings';
import { addWorkingDays } from '../../src-shared/calendar/working-days';
import { loadWorkCalendar } from '../applications/work-calendar';
import { audit } from '../platform/audit';
import { onUniqueViolation } from '../platform/db/prisma-errors';
import { Errors } from '../platform/errors';
import { inTransaction, residentOf, type UseCaseContext } from '../platform/use-case';
import { presentRating } from './present';
import { residentCase } from './rating-access';
import { readSettings } from './service-settings';
import { dateColumn } from '../../src-shared/calendar/china-date';

/** Statuses in which a case may be rated: it ended with a decision (a withdrawal is not one). */
export const RATABLE_STATUSES = ['finished', 'denied', 'rejected'] as const;
export const isBadRating = (stars: number) => stars <= 2;
export const alreadyRated = () => Errors.conflict('already_rated', '这个办件已经评价过了，每个办件只能评价一次');


export async function rateCase(
  ctx: UseCaseContext,
  input: RateCase & { applicationId: string; channel?: 'app' | 'wechat' | 'window' },
): Promise<{ rating: Rating; followUpId: string | null }> {
  const me = residentOf(ctx);
  const app = await residentCase(ctx, me.residentId, input.applicationId);
  if (!(RATABLE_STATUSES as readonly string[]).includes(app.status)) {
    throw Errors.invalidState('case_not_ended', app.status === 'withdrawn' ? '已撤回的申请不能评价' : '办件办结（或不予受理、不予许可）后才能评价');
  }
  if (await ctx.db.rating.findUnique({ where: { applicationId: app.id }, select: { id: true } })) throw alreadyRated();
  const now = ctx.clock.now();
  const today = ctx.clock.today();
  return inTransaction(ctx, async (tx) => {
    const rating = await onUniqueViolation(
      () =>
        tx.db.rating.create({
          data: {
            id: randomUUID(), applicationId: app.id, residentId: me.residentId, channel: input.channel ?? 'app',
            stars: input.stars, efficiency: input.efficiency, guideAccuracy: input.guideAccuracy, convenience: input.convenience, usability: input.usability,
            comment: input.comment || null, regionCode: app.regionCode, countyCode: app.countyCode, queueId: app.queueId, ratedAt: now,
          },
        }),
      alreadyRated,
    );
    let followUpId: string | null = null;
    if (isBadRating(input.stars)) {
      const [settings, calendar] = await Promise.all([readSettings(tx), loadWorkCalendar(tx)]);
      followUpId = randomUUID();
      await tx.db.ratingFollowUp.create({
        data: {
          id: followUpId, ratingId: rating.id, queueId: app.queueId, countyCode: app.countyCode, status: 'open', createdAt: now,
          callBackDue: dateColumn(addWorkingDays(calendar, today, settings['followUp.callBackDays'])),
          replyDue: dateColumn(addWorkingDays(calendar, today, settings['followUp.replyDays'])),
        },
      });
    }
    await audit(tx, { action: 'rating.create', subjectType: 'rating', subjectId: rating.id, details: { applicationId: app.id, stars: input.stars, followUpId } });
    return { rating: presentRating(rating), followUpId };
  });
}
