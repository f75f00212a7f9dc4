// Use case: the admin of the complaint's county (or the city admin) answers it, once (open → answered), audited;
// a second answer, or one racing the first, is refused and changes nothing.
import type { Complaint } from '../../src-shared/contracts/complaints';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import { assertAdminOf } from '../ratings/rating-access';
import { presentComplaints } from './present-complaint';

const answeredAlready = () => Errors.invalidState('complaint_answered', '这条投诉建议已经答复过了');

export async function answerComplaint(ctx: UseCaseContext, input: { id: string; answer: string }): Promise<Complaint> {
  const me = staffOf(ctx);
  const row = await ctx.db.complaint.findUnique({ where: { id: input.id } });
  if (!row) throw Errors.notFound('没有找到这条投诉建议');
  assertAdminOf(me, row.countyCode, '投诉建议');
  if (row.status !== 'open') throw answeredAlready();
  const updated = await inTransaction(ctx, async (tx) => {
    const changed = await tx.db.complaint.updateMany({
      where: { id: row.id, status: 'open' },
      data: { status: 'answered', answer: input.answer, answeredBy: me.displayName, answeredAt: tx.clock.now() },
    });
    if (changed.count === 0) throw answeredAlready();
    await audit(tx, { action: 'complaint.answer', subjectType: 'complaint', subjectId: row.id, details: { countyCode: row.countyCode } });
    return tx.db.complaint.findUniqueOrThrow({ where: { id: row.id } });
  });
  const [presented] = await presentComplaints(ctx, [updated]);
  return presented;
}
