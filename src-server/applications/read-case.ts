// One case with its materials, timeline and pauses, read in one prepared statement straight to the driver: the
// clerk's claim and every case page read it, and PostgreSQL planned Prisma's relation query anew each time
// (about 2 ms of its CPU per read). Columns are listed from the models' fields (platform/db/model-columns.ts) and
// rows come back as Prisma's `CaseRecord` (tests/applications/read-case.test.ts compares the two).
import { Prisma } from '../generated/prisma/client';
import { jsonColumns, selectColumns } from '../platform/db/model-columns';
import { sqlRows, type UseCaseContext } from '../platform/use-case';
import { dateColumn } from '../../src-shared/calendar/china-date';

/** What a case is read with: its materials, timeline and pauses, in order. */
const caseInclude = {
  materials: { orderBy: [{ round: 'asc' }, { createdAt: 'asc' }] },
  events: { orderBy: { id: 'asc' } },
  pauses: { orderBy: { startDate: 'asc' } },
} satisfies Prisma.ApplicationInclude;

/** A case as read with its materials, timeline and pauses (or as a submission has just written it). */
export type CaseRecord = Prisma.ApplicationGetPayload<{ include: typeof caseInclude }>;

/** The same read through Prisma's client: what tests compare `readCase` with. */
export const readCaseWithPrisma = (ctx: Pick<UseCaseContext, 'db'>, id: string) => ctx.db.application.findUnique({ where: { id }, include: caseInclude });

// The statement's text is made once: only the id changes.
const caseColumns = {
  app: selectColumns(Prisma.ApplicationScalarFieldEnum, 'a'),
  material: jsonColumns(Prisma.ApplicationMaterialScalarFieldEnum, 'm'),
  event: jsonColumns(Prisma.ApplicationEventScalarFieldEnum, 'e'),
  pause: jsonColumns(Prisma.ApplicationPauseScalarFieldEnum, 'p'),
};
const statement = (id: string) => Prisma.sql`
  SELECT ${caseColumns.app},
    (SELECT coalesce(json_agg(${caseColumns.material} ORDER BY m.round, m.created_at), '[]'::json)
       FROM application_material m WHERE m.application_id = a.id) AS "materials",
    (SELECT coalesce(json_agg(${caseColumns.event} ORDER BY e.id), '[]'::json)
       FROM application_event e WHERE e.application_id = a.id) AS "events",
    (SELECT coalesce(json_agg(${caseColumns.pause} ORDER BY p.start_date), '[]'::json)
       FROM application_pause p WHERE p.application_id = a.id) AS "pauses"
  FROM application a WHERE a.id = ${id}::uuid`;

type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] extends bigint ? number : T[K] };
type Row = Omit<CaseRecord, 'materials' | 'events' | 'pauses'> & {
  materials: Json<CaseRecord['materials'][number]>[];
  events: Json<CaseRecord['events'][number]>[];
  pauses: Json<CaseRecord['pauses'][number]>[];
};

// JSON carries what the columns held as text: timestamps in ISO form, dates as YYYY-MM-DD, int8 as a number.
export async function readCase(ctx: Pick<UseCaseContext, 'db' | 'sql'>, id: string): Promise<CaseRecord | null> {
  const [row] = await sqlRows<Row>(ctx, statement(id), { prepared: true });
  if (!row) return null;
  return {
    ...row,
    materials: row.materials.map((m) => ({ ...m, createdAt: new Date(m.createdAt) })),
    events: row.events.map((e) => ({ ...e, id: BigInt(e.id), at: new Date(e.at) })),
    pauses: row.pauses.map((p) => ({ ...p, startDate: dateColumn(p.startDate), endDate: p.endDate === null ? null : dateColumn(p.endDate) })),
  };
}
