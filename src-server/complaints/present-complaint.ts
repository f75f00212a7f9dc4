// What leaves the server about a complaint or suggestion: the county by name, the matter and the case it is about,
// the due date and whether it is overdue (today in Asia/Shanghai, past the due date, not answered).
import { complaintKindLabels, complaintStatusLabels, type Complaint } from '../../src-shared/contracts/complaints';
import type { UseCaseContext } from '../platform/use-case';
import { regionTable } from '../places/regions-memory';

interface ComplaintRow {
  id: string; kind: 'complaint' | 'suggestion'; countyCode: string; matterId: string | null; applicationId: string | null;
  text: string; status: 'open' | 'answered'; dueDate: Date; answer: string | null; answeredBy: string | null;
  answeredAt: Date | null; createdAt: Date;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function presentComplaints(ctx: UseCaseContext, rows: ComplaintRow[]): Promise<Complaint[]> {
  const matterIds = [...new Set(rows.map((r) => r.matterId).filter((x): x is string => Boolean(x)))];
  const caseIds = rows.map((r) => r.applicationId).filter((x): x is string => Boolean(x));
  const [regions, matters, cases] = await Promise.all([
    regionTable(ctx),
    matterIds.length
      ? ctx.db.publishedMatter.findMany({ where: { matterId: { in: matterIds } }, orderBy: { version: 'desc' }, distinct: ['matterId'], select: { matterId: true, name: true } })
      : [],
    caseIds.length ? ctx.db.application.findMany({ where: { id: { in: caseIds } }, select: { id: true, receiptNo: true } }) : [],
  ]);
  const matterName = new Map(matters.map((m) => [m.matterId, m.name]));
  const receiptOf = new Map(cases.map((c) => [c.id, c.receiptNo]));
  const today = ctx.clock.today();
  return rows.map((r) => ({
    id: r.id, kind: r.kind, kindLabel: complaintKindLabels[r.kind], countyCode: r.countyCode,
    countyName: regions.byCode.get(r.countyCode)?.name ?? r.countyCode,
    matter: r.matterId ? { id: r.matterId, name: matterName.get(r.matterId) ?? '' } : null,
    application: r.applicationId ? { id: r.applicationId, receiptNo: receiptOf.get(r.applicationId) ?? '' } : null,
    text: r.text, status: r.status, statusLabel: complaintStatusLabels[r.status], dueDate: day(r.dueDate),
    overdue: r.status === 'open' && today > day(r.dueDate), answer: r.answer, answeredBy: r.answeredBy,
    answeredAt: r.answeredAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString(),
  }));
}
