// Use case: a resident files a complaint or suggestion (投诉建议). It goes to the county concerned — the one chosen,
// else the county of the case it is about, else the resident's own — whose admin answers within
// `complaint.answerDays` working days (default 5). A case named must be the resident's; a matter must exist.
import { randomUUID } from 'node:crypto';
import type { Complaint, SubmitComplaint } from '../../src-shared/contracts/complaints';
import { addWorkingDays } from '../../src-shared/calendar/working-days';
import { loadWorkCalendar } from '../applications/work-calendar';
import { regionTable } from '../places/regions-memory';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, residentOf, type UseCaseContext } from '../platform/use-case';
import { residentCase } from '../ratings/rating-access';
import { readSettings } from '../ratings/service-settings';
import { presentComplaints } from './present-complaint';
import { dateColumn } from '../../src-shared/calendar/china-date';

export async function submitComplaint(ctx: UseCaseContext, input: SubmitComplaint): Promise<Complaint> {
  const me = residentOf(ctx);
  const app = input.applicationId ? await residentCase(ctx, me.residentId, input.applicationId) : null;
  if (input.matterId && !(await ctx.db.publishedMatter.findFirst({ where: { matterId: input.matterId }, select: { matterId: true } }))) {
    throw Errors.invalidInput([{ field: 'matterId', message: '没有找到这个事项' }]);
  }
  const profile = await ctx.db.resident.findUnique({ where: { id: me.residentId }, select: { regionCode: true } });
  const countyCode = input.countyCode ?? app?.countyCode ?? profile?.regionCode?.slice(0, 6);
  if (!countyCode) throw Errors.invalidInput([{ field: 'countyCode', message: '请选择投诉建议涉及的区县' }]);
  if ((await regionTable(ctx)).byCode.get(countyCode)?.level !== 'county') {
    throw Errors.invalidInput([{ field: 'countyCode', message: '请选择安阳市的区县' }]);
  }
  const row = await inTransaction(ctx, async (tx) => {
    const [settings, calendar] = await Promise.all([readSettings(tx), loadWorkCalendar(tx)]);
    const due = addWorkingDays(calendar, tx.clock.today(), settings['complaint.answerDays']);
    const created = await tx.db.complaint.create({
      data: {
        id: randomUUID(), residentId: me.residentId, kind: input.kind, countyCode, matterId: input.matterId ?? null,
        applicationId: app?.id ?? null, text: input.text, status: 'open', dueDate: dateColumn(due), createdAt: tx.clock.now(),
      },
    });
    await audit(tx, { action: 'complaint.create', subjectType: 'complaint', subjectId: created.id, details: { kind: input.kind, countyCode } });
    return created;
  });
  const [presented] = await presentComplaints(ctx, [row]);
  return presented;
}
