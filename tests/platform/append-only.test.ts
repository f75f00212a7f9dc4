// The audit trail and the case timeline are append-only, and PostgreSQL itself enforces it: a migration adds
// triggers that refuse UPDATE and DELETE (and TRUNCATE of the timeline), whatever code or person tries.
import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.destroy());

describe('append-only tables', () => {
  it('refuses to change or remove an audit record', async () => {
    const row = await db.prisma.auditEvent.create({ data: { actorKind: 'system', actorId: 'test', action: 'test.append_only', at: new Date() } });
    await expect(db.prisma.$executeRawUnsafe(`UPDATE audit_event SET action = 'forged' WHERE id = ${row.id}`)).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe(`DELETE FROM audit_event WHERE id = ${row.id}`)).rejects.toThrow(/append-only/);
    expect(await db.prisma.auditEvent.findUnique({ where: { id: row.id } })).toMatchObject({ action: 'test.append_only' });
  });

  it('refuses to change, remove or truncate a case timeline entry', async () => {
    const queue = await db.prisma.queue.create({ data: { id: 'township:999999001', kind: 'township', regionCode: '999999001', countyCode: '999999', name: '测试中心' } });
    const now = new Date();
    const application = await db.prisma.application.create({
      data: {
        receiptNo: '999999-20261207-000001', idempotencyScope: 'test', idempotencyKey: 'k', requestHash: 'h',
        matterId: '00000000-0000-4000-8000-000000000001', catalogVersion: 1, matterName: '测试事项', departmentCode: 'mz',
        filedAs: 'self', applicantName: '张三', applicantIdEnc: 'x', applicantIdHash: 'x', applicantIdMasked: 'x',
        regionCode: '999999001', countyCode: '999999', formEnc: 'x', formMasked: {}, queueId: queue.id,
        routeReasonCode: 'not_delegated', routeReason: '测试', submittedAt: now, submittedDate: now, acceptDue: now, promiseDays: 5, instant: false,
        events: { create: { at: now, actorKind: 'system', actorName: '系统', action: 'submit', toStatus: 'submitted', note: '已提交' } },
      },
    });
    for (const op of ['UPDATE application_event SET note = NULL', 'DELETE FROM application_event', 'TRUNCATE application_event']) {
      await expect(db.prisma.$executeRawUnsafe(op)).rejects.toThrow(/append-only/);
    }
    expect(await db.prisma.applicationEvent.findMany({ where: { applicationId: application.id } })).toMatchObject([{ note: '已提交' }]);
  });
});
