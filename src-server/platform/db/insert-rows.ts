// Rows of several tables written by ONE statement (a chain of data-modifying CTEs) instead of a transaction of
// several round trips: the hot write paths (a submission, a claim) are bound by round trips, not by PostgreSQL.
// Rows are given as the model's fields (camelCase, as Prisma names them) and PostgreSQL itself converts each JSON
// value to its column's type (jsonb_populate_recordset), so no cast is written by hand. One statement is atomic:
// a failure anywhere leaves nothing behind.
import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client';
import { columnOf as column } from './model-columns';

/**
 * Values computed inside the statement (a number drawn from a sequence, the id of the row an UPDATE took), put
 * where their tokens stand in the rows' JSON. `from` names the CTE(s) the values come from; tokens must be
 * ones nobody can type (see `statementToken`).
 */
export interface Substitution {
  from: Prisma.Sql;
  values: Record<string, Prisma.Sql>;
}

/** A placeholder for a value the statement computes: random, so no text a person typed can contain it. */
export const statementToken = (name: string) => `«${name} ${randomUUID()}»`;

/** `INSERT INTO table (columns) SELECT columns FROM jsonb_populate_recordset(…)` of `rows` (undefined fields are left to their defaults). */
export function insertRowsSql(table: string, rows: Record<string, unknown>[], substitution?: Substitution): Prisma.Sql {
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => r[k] !== undefined)))];
  const columns = Prisma.raw(fields.map((f) => `"${column(f)}"`).join(', '));
  const values = Prisma.raw(fields.map((f) => `r."${column(f)}"`).join(', '));
  const target = Prisma.raw(`"${table}"`);
  let json = Prisma.sql`${JSON.stringify(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [column(k), v]))))}::text`;
  for (const [token, value] of Object.entries(substitution?.values ?? {})) json = Prisma.sql`replace(${json}, ${token}, ${value})`;
  const from = substitution ? Prisma.sql`${substitution.from}, ` : Prisma.empty;
  return Prisma.sql`INSERT INTO ${target} (${columns}) SELECT ${values} FROM ${from}jsonb_populate_recordset(NULL::${target}, ${json}::jsonb) AS r`;
}
