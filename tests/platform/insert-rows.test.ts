// Rows written by one statement (platform/db/insert-rows.ts): fields become their snake_case columns, a field no
// row gives is left to its column's default, one that only some rows give is NULL in the others, and a token is
// replaced by the value the statement computes. The statement's fixed parts are made once per table and field
// list, so the same shape written again with other values must still write those values.
import { Prisma } from '../../src-server/generated/prisma/client';
import { insertRowsSql, statementToken } from '../../src-server/platform/db/insert-rows';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('insertRowsSql', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.destroy());

  const written = (subjectId: string) =>
    db.prisma.auditEvent.findMany({ where: { subjectId }, orderBy: { id: 'asc' }, select: { actorKind: true, actorId: true, action: true, details: true, requestId: true, at: true } });

  it('writes each row with its own values, NULL where a row lacks a field, defaults where no row has it', async () => {
    const at = new Date('2026-12-01T08:00:00.000Z');
    await db.sql.rows(insertRowsSql('audit_event', [
      { actorKind: 'staff', actorId: 's1', action: 'a.one', subjectId: 'rows-1', details: { n: 1 }, requestId: undefined, at },
      { actorKind: 'resident', action: 'a.two', subjectId: 'rows-1', details: null, at },
    ]));
    // The same shapes again, other values: the remembered statement parts must not carry the first values along.
    const before = new Date();
    await db.sql.rows(insertRowsSql('audit_event', [{ actorKind: 'system', action: 'a.three', subjectId: 'rows-2', requestId: 'r-9' }]));
    await db.sql.rows(insertRowsSql('audit_event', [{ actorKind: 'system', action: 'a.four', subjectId: 'rows-2', requestId: 'r-10' }]));

    expect(await written('rows-1')).toEqual([
      { actorKind: 'staff', actorId: 's1', action: 'a.one', details: { n: 1 }, requestId: null, at },
      { actorKind: 'resident', actorId: null, action: 'a.two', details: null, requestId: null, at },
    ]);
    const second = await written('rows-2');
    expect(second.map(({ action, requestId, actorId }) => ({ action, requestId, actorId }))).toEqual([
      { action: 'a.three', requestId: 'r-9', actorId: null },
      { action: 'a.four', requestId: 'r-10', actorId: null },
    ]);
    // `at` was given by no row: its default, now().
    for (const row of second) expect(row.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it('puts the value the statement computes where its token stands', async () => {
    const token = statementToken('n');
    await db.sql.rows(Prisma.sql`WITH n AS (SELECT 'computed-' || 41 + 1 AS v), ins AS (${insertRowsSql(
      'audit_event',
      [{ actorKind: 'system', action: 'a.token', subjectId: 'rows-3', requestId: token, details: { note: `编号 ${token}` } }],
      { from: Prisma.sql`n`, values: { [token]: Prisma.sql`n.v` } },
    )}) SELECT 1`);
    const [row] = await written('rows-3');
    expect(row.requestId).toBe('computed-42');
    expect(row.details).toEqual({ note: '编号 computed-42' });
  });
});
