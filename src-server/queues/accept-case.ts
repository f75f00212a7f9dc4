// Use case: 受理. Issues the 受理 number and the promised finish date. Accepted after the 5-working-day limit,
// the case counts as accepted from the day of receipt (行政许可法 第三十二条) and its finish clock runs from then.
import { presentCaseClock } from '../applications/case-clock';
import { loadWorkCalendar } from '../applications/work-calendar';
import type { UseCaseContext } from '../platform/use-case';
import { actOnCase } from '../applications/case-action';
import { dateColumn } from '../../src-shared/calendar/china-date';

export async function acceptCase(ctx: UseCaseContext, input: { id: string; note?: string; revision?: number }) {
  return actOnCase(ctx, { ...input, action: 'accept' }, async (tx, row) => {
    const [{ seq }] = await tx.db.$queryRaw<{ seq: bigint }[]>`SELECT nextval('application_acceptance_seq') AS seq`;
    const today = tx.clock.today();
    const acceptanceNo = `${row.countyCode}-SL-${today.slice(0, 4)}-${String(seq).padStart(6, '0')}`;
    const acceptedAt = tx.clock.now();
    const clock = presentCaseClock(await loadWorkCalendar(tx), { ...row, status: 'accepted', acceptedAt }, row.pauses, today);
    const deemed = clock.deemedAccepted;
    return {
      data: {
        acceptanceNo,
        acceptedAt,
        deemedAccepted: deemed,
        clockStartDate: deemed ? row.submittedDate : dateColumn(today),
      },
      event: {
        note: `已受理，受理编号 ${acceptanceNo}，承诺 ${clock.finishDue} 前办结${deemed ? '（受理超过 5 个工作日，依法自收到申请之日起视为受理）' : ''}${input.note ? `。${input.note}` : ''}`,
        details: { acceptanceNo, finishDue: clock.finishDue, deemedAccepted: deemed },
      },
    };
  });
}
