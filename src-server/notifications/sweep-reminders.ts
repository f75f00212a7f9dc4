// The rating reminder (rules.md, "Ratings"): 7 days after a case ended (办结, 不予受理, 不予许可) with no rating, the
// resident is owed one reminder — never a rating in their name. Every instance's worker sweeps once a minute; the
// dedupe key makes the sweeps of several instances owe one message.
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { oweRatingReminder } from './owe-message';

export const REMINDER_AFTER_MS = 7 * 24 * 3600_000;
/** Cases that ended longer ago than this are not looked at again (their reminder was owed long since). */
const LOOK_BACK_MS = 30 * 24 * 3600_000;

export async function sweepRatingReminders(ctx: UseCaseContext): Promise<number> {
  const now = ctx.clock.now().getTime();
  const due = await ctx.db.$queryRaw<Array<{ id: string; receiptNo: string; matterName: string; ownerResidentId: string | null; filedByResidentId: string | null }>>`
    SELECT a.id, a.receipt_no AS "receiptNo", a.matter_name AS "matterName", a.owner_resident_id AS "ownerResidentId",
      a.filed_by_resident_id AS "filedByResidentId"
    FROM application a
    WHERE a.status IN ('finished', 'denied', 'rejected')
      AND a.ended_at <= ${new Date(now - REMINDER_AFTER_MS)} AND a.ended_at > ${new Date(now - LOOK_BACK_MS)}
      AND (a.owner_resident_id IS NOT NULL OR a.filed_by_resident_id IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.application_id = a.id)
      AND NOT EXISTS (SELECT 1 FROM outbox_message m WHERE m.dedupe_key = 'rating_reminder:' || a.id::text)
    LIMIT 200`;
  if (due.length === 0) return 0;
  await inTransaction(ctx, async (tx) => {
    for (const row of due) await oweRatingReminder(tx, row);
  });
  return due.length;
}
