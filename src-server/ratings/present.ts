// What leaves the server about ratings, follow-ups and appeals: never a raw row. Dates of deadlines are
// calendar days (YYYY-MM-DD); instants are ISO strings.
import { appealStatusLabels, followUpStatusLabels, starLabels, type Appeal, type FollowUp, type Rating } from '../../src-shared/contracts/ratings';
import type { UseCaseContext } from '../platform/use-case';
import { queueOf } from '../queues/queue-names';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const day = (d: Date) => d.toISOString().slice(0, 10);

interface RatingRow {
  id: string; applicationId: string; channel: string; stars: number; efficiency: number; guideAccuracy: number;
  convenience: number; usability: number; comment: string | null; ratedAt: Date; reStars: number | null;
  reComment: string | null; reRatedAt: Date | null; excludedAt: Date | null;
}

export const presentRating = (r: RatingRow): Rating => ({
  id: r.id, applicationId: r.applicationId, channel: r.channel, stars: r.stars, starsLabel: starLabels[r.stars],
  efficiency: r.efficiency, guideAccuracy: r.guideAccuracy, convenience: r.convenience, usability: r.usability,
  comment: r.comment, ratedAt: r.ratedAt.toISOString(), reStars: r.reStars, reStarsLabel: r.reStars ? starLabels[r.reStars] : null,
  reComment: r.reComment, reRatedAt: iso(r.reRatedAt), excluded: r.excludedAt !== null,
});

interface FollowUpRow {
  id: string; ratingId: string; queueId: string; countyCode: string; status: 'open' | 'called' | 'replied';
  callBackDue: Date; replyDue: Date; calledAt: Date | null; callNote: string | null; repliedAt: Date | null;
  reply: string | null; handledBy: string | null; createdAt: Date;
}

/** Overdue: not called back after its day, or not replied after its day (today in Asia/Shanghai). */
export function followUpFlags(f: Pick<FollowUpRow, 'status' | 'callBackDue' | 'replyDue'>, today: string) {
  return {
    callBackOverdue: f.status === 'open' && today > day(f.callBackDue),
    replyOverdue: f.status !== 'replied' && today > day(f.replyDue),
  };
}

/** Follow-ups with their rating, case and queue, for the staff lists and pages. */
export async function presentFollowUps(ctx: UseCaseContext, rows: (FollowUpRow & { rating: RatingRow })[]): Promise<FollowUp[]> {
  if (rows.length === 0) return [];
  const ratingIds = rows.map((r) => r.ratingId);
  const [cases, appeals] = await Promise.all([
    ctx.db.application.findMany({ where: { id: { in: rows.map((r) => r.rating.applicationId) } }, select: { id: true, receiptNo: true, matterName: true } }),
    ctx.db.ratingAppeal.findMany({ where: { ratingId: { in: ratingIds } }, orderBy: { createdAt: 'asc' }, select: { ratingId: true, status: true } }),
  ]);
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const appealOf = new Map(appeals.map((a) => [a.ratingId, a.status]));
  const today = ctx.clock.today();
  return Promise.all(
    rows.map(async (f) => {
      const c = caseById.get(f.rating.applicationId);
      const queue = await queueOf(ctx, f.queueId);
      return {
        id: f.id, ratingId: f.ratingId, applicationId: f.rating.applicationId, receiptNo: c?.receiptNo ?? '', matterName: c?.matterName ?? '',
        queue: { id: f.queueId, name: queue?.name ?? f.queueId }, countyCode: f.countyCode,
        status: f.status, statusLabel: followUpStatusLabels[f.status],
        stars: f.rating.stars, starsLabel: starLabels[f.rating.stars], comment: f.rating.comment, ratedAt: f.rating.ratedAt.toISOString(),
        callBackDue: day(f.callBackDue), replyDue: day(f.replyDue), ...followUpFlags(f, today),
        calledAt: iso(f.calledAt), callNote: f.callNote, repliedAt: iso(f.repliedAt), reply: f.reply, handledBy: f.handledBy,
        createdAt: f.createdAt.toISOString(), appealStatus: appealOf.get(f.ratingId) ?? null,
      };
    }),
  );
}

interface AppealRow {
  id: string; ratingId: string; staffId: string; reason: string; status: 'pending' | 'upheld' | 'rejected';
  decidedBy: string | null; decision: string | null; decidedAt: Date | null; createdAt: Date;
  rating: RatingRow & { countyCode: string; queueId: string };
}

export async function presentAppeals(ctx: UseCaseContext, rows: AppealRow[]): Promise<Appeal[]> {
  if (rows.length === 0) return [];
  const [cases, staff] = await Promise.all([
    ctx.db.application.findMany({ where: { id: { in: rows.map((r) => r.rating.applicationId) } }, select: { id: true, receiptNo: true, matterName: true } }),
    ctx.db.staffAccount.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.staffId))] } }, select: { id: true, displayName: true } }),
  ]);
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const nameOf = new Map(staff.map((s) => [s.id, s.displayName]));
  return Promise.all(
    rows.map(async (a) => {
      const c = caseById.get(a.rating.applicationId);
      const queue = await queueOf(ctx, a.rating.queueId);
      return {
        id: a.id, ratingId: a.ratingId, receiptNo: c?.receiptNo ?? '', matterName: c?.matterName ?? '', countyCode: a.rating.countyCode,
        queueName: queue?.name ?? a.rating.queueId, stars: a.rating.stars, starsLabel: starLabels[a.rating.stars], comment: a.rating.comment,
        reason: a.reason, appealedBy: nameOf.get(a.staffId) ?? '', status: a.status, statusLabel: appealStatusLabels[a.status],
        decision: a.decision, decidedBy: a.decidedBy, decidedAt: iso(a.decidedAt), createdAt: a.createdAt.toISOString(),
      };
    }),
  );
}
